/**
 * The static paths of `/embed/<id>/vN/` in an edition, each with its cache key for Astro's
 * incremental build (docs/BUILD-CACHE.md): a pinned embed depends on its locked data and on the
 * story it links to, whose title and URL come from the stories' text, which Astro's module graph
 * does not see, so they are part of the key.
 */
import { pinnedEmbedPaths } from '../../render/chart-routes.ts';
import { pinnedCacheKey } from '../../render/pinned-cache-key.ts';
import { getSiteData } from '../../stories/site-data.ts';
import type { Lang } from '../../text/lang.ts';
import { chartStoryLink } from '../Chart/story-link.ts';

export async function pinnedEmbedRoutes(lang: Lang) {
  return Promise.all(
    pinnedEmbedPaths(getSiteData().catalog, lang).map(async (path) => {
      const { view } = path.props;
      const story = await chartStoryLink(view.id, lang);
      const key = ['embed', lang, view.id, view.dataset, view.version.sha256, story.url, story.title];
      return { ...path, cacheKey: pinnedCacheKey(key) };
    }),
  );
}
