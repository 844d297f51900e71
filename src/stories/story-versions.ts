/**
 * The data versions a story shows: for each dataset its MDX uses (read from its syntax tree), the
 * newest version in the catalog, with the dataset's whole history. Corrections and the story's dates
 * are worked out from these.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { latestVersion, type Catalog, type CatalogVersion } from '../data/catalog.ts';
import type { DatasetId } from '../schemas/index.ts';
import { STORIES_DIR } from './check-content.ts';
import { registeredChartDataset, storyUses, type StoryUses } from './story-uses.ts';

/** One dataset a story uses: the version it shows and every version the catalog holds. */
export interface StoryVersion {
  dataset: DatasetId;
  /** The version the story shows: the newest. */
  shown: CatalogVersion;
  /** Every version in the catalog, oldest first. */
  history: CatalogVersion[];
}

/** What `content/stories/<slug>.mdx` uses, and the versions of its datasets. */
export function storyVersions(
  root: string,
  catalog: Catalog,
  slug: string,
): { uses: StoryUses; versions: StoryVersion[] } {
  const source = readFileSync(path.join(root, STORIES_DIR, `${slug}.mdx`), 'utf8');
  const uses = storyUses(source, registeredChartDataset);
  // In the preview a dataset whose files are broken is missing from the last good data; the banner says why.
  const versions = uses.datasets
    .filter((dataset) => catalog.versions.get(dataset)?.length)
    .map((dataset) => ({
      dataset,
      shown: latestVersion(catalog, dataset),
      history: catalog.versions.get(dataset) ?? [],
    }));
  return { uses, versions };
}
