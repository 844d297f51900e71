/**
 * The download files of a chart at one data version: standalone SVG, the WeChat and social PNGs,
 * and the chart's data as CSV and JSON. Built once per chart and version at build time.
 */
import type { ChartDefinition } from '../charts/chart-definition.ts';
import { excelCsv } from '../text/excel-csv.ts';
import type { DatasetId } from '../schemas/index.ts';
import type { CatalogVersion } from '../data/catalog.ts';
import { chartPageUrl, downloadUrls, embedUrl } from '../embed/urls.ts';
import { chartCredits } from './chart-data.ts';
import { socialCardPng, svgToPng, WECHAT_COLUMN } from './render-png.ts';
import { standaloneSvg } from './standalone-svg.ts';

export type DownloadKind = 'svg' | 'pngWechat' | 'pngSocial' | 'csv' | 'json';

export const DOWNLOAD_TYPES: Record<DownloadKind, string> = {
  svg: 'image/svg+xml; charset=utf-8',
  pngWechat: 'image/png',
  pngSocial: 'image/png',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

function credits(chart: ChartDefinition, version: CatalogVersion<DatasetId>, origin: string): string[] {
  const c = chartCredits(chart, version);
  return [`${c.source}`, `${c.version} · ${new URL(chartPageUrl(chart.id), origin).href}`];
}

export async function chartDownload(
  chart: ChartDefinition,
  version: CatalogVersion<DatasetId>,
  kind: DownloadKind,
  origin: string,
): Promise<string | Buffer> {
  const data = version.data as never;
  switch (kind) {
    case 'svg':
      return standaloneSvg(chart, version, { width: 640, credits: credits(chart, version, origin) }).svg;
    case 'pngWechat':
      return svgToPng(
        standaloneSvg(chart, version, { width: WECHAT_COLUMN, credits: credits(chart, version, origin) }),
        WECHAT_COLUMN * 2,
      );
    case 'pngSocial':
      return socialCardPng(standaloneSvg(chart, version, { width: 600, credits: credits(chart, version, origin) }));
    case 'csv': {
      const table = chart.table(data);
      return excelCsv([table.columns, ...table.rows]);
    }
    case 'json': {
      const table = chart.table(data);
      const c = chartCredits(chart, version);
      return `${JSON.stringify(
        {
          chart: chart.id,
          title: chart.title(data),
          reading: chart.reading(data),
          note: chart.note?.(data) ?? null,
          dataset: chart.dataset,
          version: version.version,
          as_of: version.data.as_of,
          source: c.source,
          data_json: new URL(c.json, origin).href,
          embed: new URL(embedUrl(chart.id, version.version), origin).href,
          downloads: Object.fromEntries(
            Object.entries(downloadUrls(chart.id, version.version)).map(([k, v]) => [k, new URL(v, origin).href]),
          ),
          columns: table.columns,
          rows: table.rows,
        },
        null,
        2,
      )}\n`;
    }
  }
}
