/**
 * `/charts.json`: every chart with its dataset and versions, its latest and pinned embed URLs,
 * download URLs and embed codes, for the newsroom's tools.
 */
import type { APIRoute } from 'astro';
import { CHARTS } from '../charts/index.ts';
import { embedCodes } from '../embed/urls.ts';
import { siteOrigin } from '../embed/site-origin.ts';
import { viewChart, viewVersions } from '../render/chart-view.ts';
import { getSiteData } from '../stories/site-data.ts';

export const GET: APIRoute = ({ site }) => {
  const origin = siteOrigin(site);
  const absolute = (path: string) => new URL(path, origin).href;
  const { catalog } = getSiteData();
  const charts = CHARTS.map((chart) => {
    const latest = viewChart(chart, catalog);
    const versions = viewVersions(chart, catalog);
    const byVersion = <T>(pick: (view: (typeof versions)[number]) => T) =>
      Object.fromEntries(versions.map((view) => [`v${view.version.version}`, pick(view)]));
    return {
      id: latest.id,
      title: latest.title,
      dataset: latest.dataset,
      latest_version: latest.version.version,
      versions: versions.map((view) => view.version.version),
      page: absolute(latest.urls.page),
      embed: {
        latest: absolute(latest.urls.embedLatest),
        pinned: byVersion((view) => absolute(view.urls.embedPinned)),
      },
      downloads: byVersion((view) =>
        Object.fromEntries(Object.entries(view.urls.downloads).map(([k, v]) => [k, absolute(v)])),
      ),
      embed_codes: {
        pinned: embedCodes(origin, latest, latest.version.version),
        latest: embedCodes(origin, latest),
      },
      embed_height: latest.embedHeight,
    };
  });
  return new Response(`${JSON.stringify({ charts }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
