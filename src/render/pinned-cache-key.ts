/**
 * The cache key of an output under a pinned URL (a download of version N, `/embed/<id>/vN/`, a data
 * file of version N), for Astro's incremental build (`cacheKey` in `getStaticPaths`). Astro adds
 * what it can see itself: the route's whole module graph (chart code, renderer, page template,
 * client scripts, CSS), the output-affecting config (including `site`) and the lockfile (dependency
 * versions, fonts from npm). The key holds the rest: every runtime input the module graph cannot
 * show, above all the locked data file's sha256. Inputs are a list, so a new one (a `lang`) is
 * one more item, never a new scheme. See docs/BUILD-CACHE.md.
 */
import { createHash } from 'node:crypto';

/** Bumped when what the key lists changes meaning, so no old entry is reused. */
const KEY_SCHEME = 'pinned-1';

/** sha256 of the ordered inputs (hex). */
export function pinnedCacheKey(inputs: readonly (string | number)[]): string {
  return createHash('sha256')
    .update(JSON.stringify([KEY_SCHEME, ...inputs]))
    .digest('hex');
}
