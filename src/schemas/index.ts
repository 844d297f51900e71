/**
 * The datasets the site knows: one registry entry per dataset, its schema together with its names.
 * A folder under `data/` that is not listed here is an error, so a misspelt folder name cannot
 * silently drop a dataset. `npm run dataset:new -- <name>` adds the import and the entry line.
 */
import { z } from 'zod';
import { backStreetsSchema } from './back-streets.ts';
import { enclosuresSchema } from './enclosures.ts';
import { oldCompoundsSchema } from './old-compounds.ts';
import { quotesSchema } from './quotes.ts';
import { timelineSchema } from './timeline.ts';

/** A dataset's names, for the data index, story footers and downloads. */
export interface DatasetTitle {
  /** Chinese name, e.g. "围挡整治". */
  zh: string;
  /** English name, e.g. "Hoarding removal". */
  en: string;
}

/** The names of every registered dataset schema, kept beside the schema by zod (a typed registry). */
const titles = z.registry<DatasetTitle>();

/** One registry entry: the dataset's schema, registered with its Chinese and English names. */
function dataset<S extends z.ZodType>(schema: S, zh: string, en: string): S {
  titles.add(schema, { zh, en });
  return schema;
}

export const DATASET_SCHEMAS = {
  enclosures: dataset(enclosuresSchema, '围挡整治', 'Hoarding removal'),
  'old-compounds': dataset(oldCompoundsSchema, '老旧小区改造', 'Old residential compounds'),
  'back-streets': dataset(backStreetsSchema, '背街小巷整治', 'Back streets'),
  timeline: dataset(timelineSchema, '行动时间线与工作机制', 'Timeline and working mechanisms'),
  quotes: dataset(quotesSchema, '受访者原话', 'Quotes'),
};

export type DatasetId = keyof typeof DATASET_SCHEMAS;
export type DatasetData<D extends DatasetId> = z.infer<(typeof DATASET_SCHEMAS)[D]>;

export function isDatasetId(value: string): value is DatasetId {
  return Object.hasOwn(DATASET_SCHEMAS, value);
}

/** Every dataset id, in registry order. */
export const DATASET_IDS: readonly DatasetId[] = Object.keys(DATASET_SCHEMAS).filter(isDatasetId);

/** The names a dataset was registered with. */
export function datasetTitle(id: DatasetId): DatasetTitle {
  const title = titles.get(DATASET_SCHEMAS[id]);
  // Only reachable if an entry above bypasses `dataset(…)`; the registry test guards it.
  if (!title) throw new Error(`Dataset "${id}" is registered without its names: use dataset(schema, zh, en).`);
  return title;
}
