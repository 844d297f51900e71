/**
 * The static paths of the chart routes, one list per edition: chart pages, latest and pinned embeds,
 * and downloads. The Chinese routes (src/pages/charts/, embed/, downloads/) and the English ones
 * (src/pages/en/…) build their `getStaticPaths` here, so both editions always publish the same
 * charts, versions and files.
 */
import { CHARTS } from '../charts/index.ts';
import type { Catalog } from '../data/catalog.ts';
import type { Lang } from '../text/lang.ts';
import { DOWNLOAD_KINDS } from './chart-downloads.ts';
import { viewChart, viewVersions } from './chart-view.ts';
import { routeCacheKey } from './route-cache-key.ts';

/** `/charts/<id>/`: the newest view and every version, newest first. */
export function chartPagePaths(catalog: Catalog, lang: Lang) {
  return CHARTS.map((chart) => ({
    params: { chart: chart.id },
    props: {
      latest: viewChart(chart, catalog, undefined, lang),
      versions: viewVersions(chart, catalog, lang).reverse(),
    },
  }));
}

/** `/embed/<id>/`: the newest view. */
export function latestEmbedPaths(catalog: Catalog, lang: Lang) {
  return CHARTS.map((chart) => ({
    params: { chart: chart.id },
    props: { view: viewChart(chart, catalog, undefined, lang) },
  }));
}

/** `/embed/<id>/v<N>/`: every version. */
export function pinnedEmbedPaths(catalog: Catalog, lang: Lang) {
  return CHARTS.flatMap((chart) =>
    viewVersions(chart, catalog, lang).map((view) => ({
      params: { chart: view.id, version: `v${view.version.version}` },
      props: { view },
    })),
  );
}

/** `/downloads/<id>/v<N>/<file>`: every file of every version. */
export function downloadPaths(catalog: Catalog, lang: Lang) {
  return CHARTS.flatMap((chart) =>
    viewVersions(chart, catalog, lang).flatMap((view) =>
      DOWNLOAD_KINDS.map((kind) => ({
        params: {
          chart: view.id,
          version: `v${view.version.version}`,
          file: view.urls.downloads[kind].split('/').at(-1) ?? '',
        },
        props: { view, kind },
        // Depends only on the locked data and the code Astro hashes: rendered once (docs/BUILD-CACHE.md).
        cacheKey: routeCacheKey(['download', lang, kind, view.id, view.dataset, view.version.sha256]),
      })),
    ),
  );
}
