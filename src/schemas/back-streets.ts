/**
 * `back-streets`: the back-street clean-up (背街小巷), led by the city management bureau.
 */
import { z } from 'zod';
import { envelopeShape } from './envelope.ts';
import { approx, count, keyedRecords, measure, text, textList } from './fields.ts';

/** A work site the article reports on, keyed by a stable id. Every figure is optional. */
const backStreetSiteSchema = z.strictObject({
  /** Place as the article gives it. */
  name: text(),
  /** District or development zone. */
  district: text(),
  /** Who reported the figures (name and role). */
  reported_by: text(),
  /** Paving bricks laid or repaired, square metres (方砖治理). */
  paving_m2: measure('方砖治理', 'Paving repaired', '平方米').optional(),
  /** Curb stones repaired, metres (界石治理). */
  curbs_m: measure('界石治理', 'Curbs repaired', '米').optional(),
  /** Manhole covers repaired (井盖治理). */
  manhole_covers: count('井盖治理', 'Manhole covers repaired', '座').optional(),
  /** Lilac hedge being replanted, square metres (小叶丁香绿篱). */
  lilac_hedge_m2: approx('补种小叶丁香绿篱', 'Lilac hedge replanted', '平方米').optional(),
});

export const backStreetsSchema = z.strictObject({
  ...envelopeShape,
  /** The bureau leading the clean-up. */
  lead_agency: text(),
  /** The target: problems effectively solved within this many months (力争在2个月时间内). */
  target_months: count('整治目标期限', 'Target period', '个月'),
  /** Problems the inspection exposed, as the article lists them (no counts given). */
  problems_found: textList('排查发现的问题', 'Problems found (no counts given)'),
  /** Work sites, keyed by id. */
  sites: keyedRecords(backStreetSiteSchema),
});

export type BackStreets = z.infer<typeof backStreetsSchema>;
