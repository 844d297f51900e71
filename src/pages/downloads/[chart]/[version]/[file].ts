/**
 * `/downloads/<chart-id>/v<N>/<file>`: a chart's SVG, PNGs (WeChat 2×, social 1200×675), CSV and
 * JSON at data version N. Generated at build time; never committed.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHARTS } from '../../../../charts/index.ts';
import { chartDownload, DOWNLOAD_KINDS, DOWNLOAD_TYPES } from '../../../../render/chart-downloads.ts';
import { siteOrigin } from '../../../../embed/site-origin.ts';
import { viewVersions } from '../../../../render/chart-view.ts';
import { pinnedCacheKey } from '../../../../render/pinned-cache-key.ts';
import { getSiteData } from '../../../../stories/site-data.ts';

export const getStaticPaths = (() => {
  const { catalog } = getSiteData();
  return CHARTS.flatMap((chart) =>
    viewVersions(chart, catalog).flatMap((view) =>
      DOWNLOAD_KINDS.map((kind) => ({
        params: {
          chart: view.id,
          version: `v${view.version.version}`,
          file: view.urls.downloads[kind].split('/').at(-1) ?? '',
        },
        props: { view, kind },
        // Depends only on the locked data and the code Astro hashes: rendered once (docs/BUILD-CACHE.md).
        cacheKey: pinnedCacheKey(['download', kind, view.id, view.dataset, view.version.sha256]),
      })),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { view, kind } = props as ReturnType<typeof getStaticPaths>[number]['props'];
  const body = await chartDownload(view, kind, siteOrigin(site));
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    headers: { 'Content-Type': DOWNLOAD_TYPES[kind] },
  });
};
