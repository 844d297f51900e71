/**
 * The cache key of a route's output for Astro's incremental build (`cacheKey` in
 * `getStaticPaths`): a download of version N, `/embed/<id>/vN/`, a data file, and the per-chart
 * pages that follow the newest data (chart page, latest embed, oEmbed). Astro adds what it can see
 * itself: the route's whole module graph (chart code, renderer, page template, client scripts, CSS),
 * the output-affecting config (including `site`) and the lockfile (dependency versions, fonts from
 * npm). The key holds the rest: every runtime input the module graph cannot show, above all the
 * data versions the output shows. Inputs are a list, so a new one (a `lang`) is one more item, never
 * a new scheme. See docs/BUILD-CACHE.md.
 */
import { createHash } from 'node:crypto';
import type { BoundVersion } from '../charts/chart-definition.ts';

/** Bumped when what the key lists changes meaning, so no old entry is reused. */
const KEY_SCHEME = 'pinned-1';

/** sha256 of the ordered inputs (hex). */
export function routeCacheKey(inputs: readonly (string | number)[]): string {
  return createHash('sha256')
    .update(JSON.stringify([KEY_SCHEME, ...inputs]))
    .digest('hex');
}

/**
 * What an output can show of one data version: its number, its bytes (by hash) and its publication
 * (the lock's date, and whether it is a draft, which only the preview shows).
 */
export function versionInputs(
  version: Pick<BoundVersion, 'version' | 'sha256' | 'published' | 'published_on'>,
): string[] {
  return [`v${version.version}`, version.sha256, version.published ? 'published' : 'draft', version.published_on ?? ''];
}
