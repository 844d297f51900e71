/**
 * What a story's footer lists, and only that: the version of each dataset the story uses with its
 * files, the sources behind those datasets, and a sentence saying which of its pictures are our
 * illustrations when it shows any (a photo's credit is printed under the photo itself).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { latestVersion, type Catalog, type CatalogVersion } from '../data/catalog.ts';
import { versionUrls } from '../embed/urls.ts';
import type { Source } from '../schemas/envelope.ts';
import { datasetTitle, type DatasetId, type DatasetTitle } from '../schemas/index.ts';
import { storyFile } from './editions.ts';
import type { Lang } from '../text/lang.ts';
import type { PicturesFile } from '../schemas/pictures.ts';
import { readPictures } from './check-pictures.ts';
import { ILLUSTRATION_NOTICE, ILLUSTRATION_NOTICES } from './picture-options.ts';
import { registeredChartDataset, storyUses, type StoryUses } from './story-uses.ts';

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
  /** What the footer says about the pictures: which are illustrations; absent when none is. */
  picturesNote: string | undefined;
}

/** The footer's sentence when every picture the story shows is an illustration. */
export const ALL_ILLUSTRATIONS_NOTE = '文中配图为数据新闻组绘制的示意图，非实拍。';

/** The same sentence in the English edition. */
export const ALL_ILLUSTRATIONS_NOTE_EN =
  'The pictures in this story are illustrations drawn by the data desk, not photographs.';

/** How many of the pictures a story shows, alone or in a before/after pair, are of each kind. */
export function shownPictureKinds(uses: StoryUses, file: PicturesFile): { illustrations: number; photos: number } {
  const shown = new Set(uses.pictures);
  for (const pair of file.pairs) {
    if (uses.pairs.includes(pair.id)) shown.add(pair.before.picture).add(pair.after.picture);
  }
  const kinds = file.pictures.filter((picture) => shown.has(picture.id)).map((picture) => picture.kind);
  return {
    illustrations: kinds.filter((kind) => kind === 'illustration').length,
    photos: kinds.filter((kind) => kind === 'photo').length,
  };
}

/**
 * The footer's sentence about the pictures, true to what the story shows: all illustrations, say
 * so; only photos, say nothing (each photo carries its credit); both, say which are illustrations,
 * namely those marked with the notice printed on each, so no reader takes a drawing for a photo
 * or a photo for a drawing.
 */
export function picturesNote(kinds: { illustrations: number; photos: number }, lang: Lang = 'zh'): string | undefined {
  if (kinds.illustrations === 0) return undefined;
  if (lang === 'en') {
    if (kinds.photos === 0) return ALL_ILLUSTRATIONS_NOTE_EN;
    return `Of the pictures in this story, the ${kinds.illustrations} marked “${ILLUSTRATION_NOTICES.en}” are illustrations drawn by the data desk; the other ${kinds.photos} are photographs.`;
  }
  if (kinds.photos === 0) return ALL_ILLUSTRATIONS_NOTE;
  return `文中配图里，标有“${ILLUSTRATION_NOTICE}”的 ${kinds.illustrations} 张为数据新闻组绘制的示意图，其余 ${kinds.photos} 张为实拍照片。`;
}

/** The footer of the story in `content/stories/<slug>.mdx`, or of its edition in `lang`. */
export function storyFooter(root: string, catalog: Catalog, slug: string, lang: Lang = 'zh'): StoryFooter {
  const source = readFileSync(path.join(root, storyFile(lang, slug)), 'utf8');
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
    picturesNote: pictures.ok ? picturesNote(shownPictureKinds(uses, pictures.pictures), lang) : undefined,
  };
}
