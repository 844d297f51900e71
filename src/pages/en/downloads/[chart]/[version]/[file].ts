/**
 * `/en/downloads/<chart-id>/v<N>/<file>`: the English edition's downloads of a chart at data version
 * N (English text in the images, English CSV headers), from the same data as /downloads/.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartDownload, DOWNLOAD_TYPES } from '../../../../../render/chart-downloads.ts';
import { downloadPaths } from '../../../../../render/chart-routes.ts';
import { siteOrigin } from '../../../../../embed/site-origin.ts';
import { getSiteData } from '../../../../../stories/site-data.ts';

export const getStaticPaths = (() => downloadPaths(getSiteData().catalog, 'en')) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { view, kind } = props as ReturnType<typeof getStaticPaths>[number]['props'];
  const body = await chartDownload(view, kind, siteOrigin(site));
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    headers: { 'Content-Type': DOWNLOAD_TYPES[kind] },
  });
};
