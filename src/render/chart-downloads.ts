/**
 * The download files of a chart at one data version: standalone SVG, the WeChat and social PNGs,
 * and the chart's data as CSV and JSON. Built once per chart and version at build time.
 */
import { excelCsv } from '../text/excel-csv.ts';
import type { DownloadUrls } from '../embed/urls.ts';
import type { ChartView } from './chart-view.ts';
import { socialCardPng, svgToPng, WECHAT_COLUMN } from './render-png.ts';

export type DownloadKind = keyof DownloadUrls;

export const DOWNLOAD_TYPES: Record<DownloadKind, string> = {
  svg: 'image/svg+xml; charset=utf-8',
  pngWechat: 'image/png',
  pngSocial: 'image/png',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

export const DOWNLOAD_KINDS = Object.keys(DOWNLOAD_TYPES) as DownloadKind[];

/** Layout width in CSS pixels of each image download (the PNGs scale it up). */
export const DOWNLOAD_WIDTHS = { svg: 640, pngWechat: WECHAT_COLUMN, pngSocial: 600 } as const;

/** The credit lines printed under a downloaded chart. */
export function downloadCredits(view: ChartView, origin: string): string[] {
  return [view.credits.source, `${view.credits.version} · ${new URL(view.urls.page, origin).href}`];
}

export async function chartDownload(view: ChartView, kind: DownloadKind, origin: string): Promise<string | Buffer> {
  const absolute = (path: string) => new URL(path, origin).href;
  const credits = downloadCredits(view, origin);
  switch (kind) {
    case 'svg':
      return view.standalone(DOWNLOAD_WIDTHS.svg, credits).svg;
    case 'pngWechat':
      return svgToPng(view.standalone(DOWNLOAD_WIDTHS.pngWechat, credits), WECHAT_COLUMN * 2);
    case 'pngSocial':
      return socialCardPng(view.standalone(DOWNLOAD_WIDTHS.pngSocial, credits));
    case 'csv':
      return excelCsv([view.table.columns, ...view.table.rows]);
    case 'json':
      return `${JSON.stringify(
        {
          chart: view.id,
          lang: view.lang,
          title: view.title,
          reading: view.reading,
          note: view.note ?? null,
          dataset: view.dataset,
          version: view.version.version,
          as_of: view.version.data.as_of,
          source: view.credits.source,
          data_json: absolute(view.urls.data.json),
          embed: absolute(view.urls.embedPinned),
          downloads: Object.fromEntries(Object.entries(view.urls.downloads).map(([k, v]) => [k, absolute(v)])),
          columns: view.table.columns,
          rows: view.table.rows,
        },
        null,
        2,
      )}\n`;
  }
}
