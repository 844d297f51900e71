/**
 * The static paths of the chart routes that link to their story (`/charts/<id>/`, `/embed/<id>/`,
 * `/embed/<id>/vN/`), each with its cache key for Astro's incremental build (docs/BUILD-CACHE.md).
 * Such a page shows its data versions and the story it links to, whose title and URL come from the
 * stories' text, which Astro's module graph does not see: both are in the key, so a page is built
 * again exactly when its data or its story link changes.
 */
import type { ChartView } from '../../render/chart-view.ts';
import { chartPagePaths, latestEmbedPaths, pinnedEmbedPaths } from '../../render/chart-routes.ts';
import { routeCacheKey, versionInputs } from '../../render/route-cache-key.ts';
import { getSiteData } from '../../stories/site-data.ts';
import type { Lang } from '../../text/lang.ts';
import { chartStoryLink } from './story-link.ts';

/** `paths`, each keyed by `kind`, its views' versions (`viewsOf`) and its chart's story link. */
async function keyedByStory<P extends { props: object }>(
  kind: string,
  lang: Lang,
  paths: P[],
  viewsOf: (props: P['props']) => ChartView[],
): Promise<(P & { cacheKey: string })[]> {
  return Promise.all(
    paths.map(async (path) => {
      const views = viewsOf(path.props);
      const first = views[0];
      if (!first) throw new Error(`A ${kind} route without a chart view`);
      const story = await chartStoryLink(first.id, lang);
      const versions = views.flatMap((view) => versionInputs(view.version));
      return {
        ...path,
        cacheKey: routeCacheKey([kind, lang, first.id, first.dataset, ...versions, story.url, story.title]),
      };
    }),
  );
}

/** `/charts/<id>/`: the newest view and every version (their dates are in the page's structured data). */
export function chartPageRoutes(lang: Lang) {
  const paths = chartPagePaths(getSiteData().catalog, lang);
  return keyedByStory('chart-page', lang, paths, (props) => [props.latest, ...props.versions]);
}

/** `/embed/<id>/`: the newest view. */
export function latestEmbedRoutes(lang: Lang) {
  return keyedByStory('embed-latest', lang, latestEmbedPaths(getSiteData().catalog, lang), (props) => [props.view]);
}

/** `/embed/<id>/vN/`: one locked version. */
export function pinnedEmbedRoutes(lang: Lang) {
  return keyedByStory('embed', lang, pinnedEmbedPaths(getSiteData().catalog, lang), (props) => [props.view]);
}
