/**
 * `/charts.json`: every chart with its dataset and versions, its latest and pinned embed URLs,
 * download URLs and embed codes, for the newsroom's tools.
 */
import type { APIRoute } from 'astro';
import { CHARTS } from '../charts/index.ts';
import { chartVersion } from '../render/chart-data.ts';
import { chartPageUrl, downloadUrls, embedCodes, embedUrl } from '../embed/urls.ts';
import { getSiteData } from '../stories/site-data.ts';
import { siteOrigin } from '../embed/site-origin.ts';

export const GET: APIRoute = ({ site }) => {
  const origin = siteOrigin(site);
  const absolute = (path: string) => new URL(path, origin).href;
  const { catalog } = getSiteData();
  const charts = CHARTS.map((chart) => {
    const latest = chartVersion(catalog, chart);
    const title = chart.title(latest.data as never);
    const versions = (catalog.versions.get(chart.dataset) ?? []).map((v) => v.version);
    return {
      id: chart.id,
      title,
      dataset: chart.dataset,
      latest_version: latest.version,
      versions,
      page: absolute(chartPageUrl(chart.id)),
      embed: {
        latest: absolute(embedUrl(chart.id)),
        pinned: Object.fromEntries(versions.map((n) => [`v${n}`, absolute(embedUrl(chart.id, n))])),
      },
      downloads: Object.fromEntries(
        versions.map((n) => [
          `v${n}`,
          Object.fromEntries(Object.entries(downloadUrls(chart.id, n)).map(([k, v]) => [k, absolute(v)])),
        ]),
      ),
      embed_codes: {
        pinned: embedCodes(origin, chart, title, latest.version),
        latest: embedCodes(origin, chart, title),
      },
      embed_height: chart.embedHeight,
    };
  });
  return new Response(`${JSON.stringify({ charts }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
