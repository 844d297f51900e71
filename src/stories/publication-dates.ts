/**
 * When a story or a chart was first published and last changed, read from the data versions it
 * uses (their `published_on` days in the lock), never from the clock: a rebuild changes neither.
 * Share tags (`article:published_time`) and structured data (`datePublished`) both read these.
 * (The corrections work exports a `storyDates` of its own from src/stories; this one can give way.)
 */
import type { Catalog } from '../data/catalog.ts';
import type { DatasetId } from '../schemas/index.ts';

export interface PublicationDates {
  /** Day (YYYY-MM-DD) the first of the versions was published. */
  published: string;
  /** Day the newest of the versions was published. */
  modified: string;
}

/**
 * The dates of something made from `datasets`: published when the earliest of their published
 * versions was, modified when the latest was. Undefined when none is published (a draft in the
 * editors' preview), so no date is invented.
 */
export function publicationDates(catalog: Catalog, datasets: readonly DatasetId[]): PublicationDates | undefined {
  const days = datasets
    .flatMap((dataset) => catalog.versions.get(dataset) ?? [])
    .flatMap((version) => (version.published_on ? [version.published_on] : []))
    .sort();
  const published = days[0];
  const modified = days.at(-1);
  return published && modified ? { published, modified } : undefined;
}
