/**
 * `/charts.json`: every chart with its dataset and versions, its latest and pinned embed URLs,
 * download URLs and embed codes, for the newsroom's tools. The top-level fields of each chart are the
 * original (Chinese) edition's, as they always were; `editions` holds the same for every language
 * (`zh`, `en`), each pointing into its own edition (`/en/charts/…`, `/en/embed/…`, `/en/downloads/…`).
 */
import type { APIRoute } from 'astro';
import { CHARTS } from '../charts/index.ts';
import type { Chart } from '../charts/chart-definition.ts';
import type { Catalog } from '../data/catalog.ts';
import { embedCodes } from '../embed/urls.ts';
import { siteOrigin } from '../embed/site-origin.ts';
import { viewChart, viewVersions } from '../render/chart-view.ts';
import { getSiteData } from '../stories/site-data.ts';
import { LANG_TAG, LANGS, type Lang } from '../text/lang.ts';

/** One chart in one edition: its title, page, embeds, downloads and embed codes. */
function edition(chart: Chart, catalog: Catalog, lang: Lang, origin: string) {
  const absolute = (path: string) => new URL(path, origin).href;
  const latest = viewChart(chart, catalog, undefined, lang);
  const versions = viewVersions(chart, catalog, lang);
  const byVersion = <T>(pick: (view: (typeof versions)[number]) => T) =>
    Object.fromEntries(versions.map((view) => [`v${view.version.version}`, pick(view)]));
  return {
    lang: LANG_TAG[lang],
    title: latest.title,
    page: absolute(latest.urls.page),
    embed: {
      latest: absolute(latest.urls.embedLatest),
      pinned: byVersion((view) => absolute(view.urls.embedPinned)),
    },
    downloads: byVersion((view) =>
      Object.fromEntries(Object.entries(view.urls.downloads).map(([k, v]) => [k, absolute(v)])),
    ),
    embed_codes: {
      pinned: embedCodes(origin, latest, latest.version.version, lang),
      latest: embedCodes(origin, latest, undefined, lang),
    },
  };
}

export const GET: APIRoute = ({ site }) => {
  const origin = siteOrigin(site);
  const { catalog } = getSiteData();
  const charts = CHARTS.map((chart) => {
    const latest = viewChart(chart, catalog);
    const editions = Object.fromEntries(LANGS.map((lang) => [lang, edition(chart, catalog, lang, origin)]));
    const { title, page, embed, downloads, embed_codes } = edition(chart, catalog, 'zh', origin);
    return {
      id: latest.id,
      title,
      dataset: latest.dataset,
      latest_version: latest.version.version,
      versions: viewVersions(chart, catalog).map((view) => view.version.version),
      page,
      embed,
      downloads,
      embed_codes,
      embed_height: latest.embedHeight,
      editions,
    };
  });
  return new Response(`${JSON.stringify({ languages: LANGS, charts }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
