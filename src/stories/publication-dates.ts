/**
 * When a story or a chart was first published and last changed, read from the data versions it
 * uses (their `published_on` days in the lock), never from the clock: a rebuild changes neither.
 * Share tags (`article:published_time`), structured data (`datePublished`) and a story's footer
 * (through `storyDates`) all read these.
 */
import type { Catalog } from '../data/catalog.ts';
import type { DatasetId } from '../schemas/index.ts';

export interface PublicationDates {
  /** Day (YYYY-MM-DD) all the datasets were out: the latest of their first publication days. */
  published: string;
  /** Day the newest of the versions was published. */
  modified: string;
}

/**
 * The dates of something made from `datasets`: published when the last of them first came out (it
 * could not appear before its data did, and a dataset reused from an older story does not date it),
 * modified when the newest published version of any of them was. Undefined when none is published
 * (a draft in the editors' preview), so no date is invented.
 */
export function publicationDates(catalog: Catalog, datasets: readonly DatasetId[]): PublicationDates | undefined {
  const daysOf = (dataset: DatasetId) =>
    (catalog.versions.get(dataset) ?? [])
      .flatMap((version) => (version.published_on ? [version.published_on] : []))
      .sort();
  const firsts = datasets.flatMap((dataset) => daysOf(dataset).slice(0, 1)).sort();
  const all = datasets.flatMap(daysOf).sort();
  const published = firsts.at(-1);
  const modified = all.at(-1);
  return published && modified ? { published, modified } : undefined;
}
