/**
 * `/downloads/<chart-id>/v<N>/<file>`: a chart's SVG, PNGs (WeChat 2×, social 1200×675), CSV and
 * JSON at data version N. Generated at build time; never committed.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartDownload, DOWNLOAD_TYPES } from '../../../../render/chart-downloads.ts';
import { downloadPaths } from '../../../../render/chart-routes.ts';
import { siteOrigin } from '../../../../embed/site-origin.ts';
import { getSiteData } from '../../../../stories/site-data.ts';

export const getStaticPaths = (() => downloadPaths(getSiteData().catalog, 'zh')) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { view, kind } = props as ReturnType<typeof getStaticPaths>[number]['props'];
  const body = await chartDownload(view, kind, siteOrigin(site));
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    headers: { 'Content-Type': DOWNLOAD_TYPES[kind] },
  });
};
