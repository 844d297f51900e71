/**
 * The datasets the site knows, each with its one schema. A folder under `data/` that is not listed
 * here is an error, so a misspelt folder name cannot silently drop a dataset.
 */
import type { z } from 'zod';
import { backStreetsSchema } from './back-streets.ts';
import { enclosuresSchema } from './enclosures.ts';
import { oldCompoundsSchema } from './old-compounds.ts';
import { quotesSchema } from './quotes.ts';
import { timelineSchema } from './timeline.ts';

export const DATASET_SCHEMAS = {
  enclosures: enclosuresSchema,
  'old-compounds': oldCompoundsSchema,
  'back-streets': backStreetsSchema,
  timeline: timelineSchema,
  quotes: quotesSchema,
} as const;

export type DatasetId = keyof typeof DATASET_SCHEMAS;
export type DatasetData<D extends DatasetId> = z.infer<(typeof DATASET_SCHEMAS)[D]>;

/** Chinese and English names of each dataset, for the data index and downloads. */
export const DATASET_TITLES: Record<DatasetId, { zh: string; en: string }> = {
  enclosures: { zh: '围挡整治', en: 'Hoarding removal' },
  'old-compounds': { zh: '老旧小区改造', en: 'Old residential compounds' },
  'back-streets': { zh: '背街小巷整治', en: 'Back streets' },
  timeline: { zh: '行动时间线与工作机制', en: 'Timeline and working mechanisms' },
  quotes: { zh: '受访者原话', en: 'Quotes' },
};

export function isDatasetId(value: string): value is DatasetId {
  return Object.hasOwn(DATASET_SCHEMAS, value);
}
