/**
 * `/downloads/<chart-id>/v<N>/<file>`: a chart's SVG, PNGs (WeChat 2×, social 1200×675), CSV and
 * JSON at data version N. Generated at build time; never committed.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHARTS } from '../../../../charts/index.ts';
import { chartDownload, DOWNLOAD_TYPES, type DownloadKind } from '../../../../render/chart-downloads.ts';
import { downloadUrls } from '../../../../embed/urls.ts';
import { getSiteData } from '../../../../stories/site-data.ts';
import { siteOrigin } from '../../../../embed/site-origin.ts';

export const getStaticPaths = (() => {
  const { catalog } = getSiteData();
  return CHARTS.flatMap((chart) =>
    (catalog.versions.get(chart.dataset) ?? []).flatMap((version) =>
      (Object.entries(downloadUrls(chart.id, version.version)) as [DownloadKind, string][]).map(([kind, url]) => ({
        params: { chart: chart.id, version: `v${version.version}`, file: url.split('/').at(-1) ?? '' },
        props: { chart, version, kind },
      })),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { chart, version, kind } = props as ReturnType<typeof getStaticPaths>[number]['props'];
  const body = await chartDownload(chart, version, kind, siteOrigin(site));
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    headers: { 'Content-Type': DOWNLOAD_TYPES[kind] },
  });
};
