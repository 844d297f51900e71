/**
 * What a story's footer lists, and only that: the version of each dataset the story uses with its
 * files, the sources behind those datasets, and the illustrations notice when the story shows one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { latestVersion, type Catalog, type CatalogVersion } from '../data/catalog.ts';
import { versionUrls } from '../embed/urls.ts';
import type { Source } from '../schemas/envelope.ts';
import { datasetTitle, type DatasetId, type DatasetTitle } from '../schemas/index.ts';
import { STORIES_DIR } from './check-content.ts';
import { readPictures } from './check-pictures.ts';
import { registeredChartDataset, storyUses, usesIllustration } from './story-uses.ts';

/** One dataset the story uses, at the version the story shows. */
export interface FooterDataset {
  dataset: DatasetId;
  title: DatasetTitle;
  version: CatalogVersion;
  /** That version's JSON and CSV files. */
  urls: { json: string; csv: string };
}

export interface StoryFooter {
  datasets: FooterDataset[];
  /** The sources of those datasets, each once (by title). */
  sources: Source[];
  /** True when the story shows an illustration, which the footer must then say is not a photo. */
  illustrated: boolean;
}

/** The footer of the story in `content/stories/<slug>.mdx`. */
export function storyFooter(root: string, catalog: Catalog, slug: string): StoryFooter {
  const source = readFileSync(path.join(root, STORIES_DIR, `${slug}.mdx`), 'utf8');
  const uses = storyUses(source, registeredChartDataset);
  // A public build has checked that every dataset used is published; in the preview a dataset whose
  // files are broken is missing from the last good data, and the banner above already says why.
  const shown = uses.datasets.filter((dataset) => catalog.versions.get(dataset)?.length);
  const datasets = shown.map((dataset) => {
    const version = latestVersion(catalog, dataset);
    return { dataset, title: datasetTitle(dataset), version, urls: versionUrls(dataset, version.version) };
  });
  const sources = new Map(datasets.flatMap((row) => row.version.data.sources).map((s) => [s.title, s]));
  const pictures = readPictures(root);
  return {
    datasets,
    sources: [...sources.values()],
    illustrated: pictures.ok && usesIllustration(uses, pictures.pictures),
  };
}
