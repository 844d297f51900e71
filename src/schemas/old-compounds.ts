/**
 * `old-compounds`: renovation of old residential compounds (老旧小区).
 */
import { z } from 'zod';
import { envelopeShape } from './envelope.ts';
import { count, keyedRecords, text, textList } from './fields.ts';

/** A compound the article visits, keyed by a stable id. */
const compoundSchema = z.strictObject({
  /** Compound name as the article gives it. */
  name: text(),
  /** District and sub-district, as given. */
  place: text(),
  /** The works the article lists for this compound, without counts. */
  works: textList('改造内容', 'Works listed'),
});

export const oldCompoundsSchema = z.strictObject({
  ...envelopeShape,
  /**
   * Problems solved in old compounds city-wide (解决问题). At most 10,000,000: a large city has some
   * thousands of old compounds; even a thousand problems in each of ten thousand is ten million.
   */
  problems_solved: count('解决老旧小区问题', 'Problems solved in old compounds', '个', {
    max: 10_000_000,
    why: ['一座城市的老旧小区问题不会超过1000万个', 'a city’s old compounds have at most 10 million problems'],
  }),
  /** The kinds of problem the article names; it gives no count per kind. */
  problem_kinds_named: textList('文中列举的问题类型', 'Kinds of problem named (no counts given)'),
  /** Categories of rectification standards the city set (整改标准). At most 1,000: a list longer is no list of categories. */
  standard_categories: count('问题整改标准', 'Categories of rectification standards', '类', {
    max: 1_000,
    why: ['整改标准不会超过1000类', 'a city sets at most 1,000 categories of standards'],
  }),
  /** Compounds the article describes, keyed by id. */
  compounds: keyedRecords(compoundSchema),
});

export type OldCompounds = z.infer<typeof oldCompoundsSchema>;
