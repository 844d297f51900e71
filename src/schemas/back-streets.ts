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
  /**
   * Paving bricks laid or repaired, square metres (方砖治理). At most 100,000 m² (0.1 km²): a back
   * street 5 km long and 20 m wide, pavement and all, is that much.
   */
  paving_m2: measure('方砖治理', 'Paving repaired', '平方米', {
    max: 100_000,
    why: [
      '一处背街小巷的路面不会超过10万平方米（5公里长、20米宽）',
      'one back-street site has at most 100,000 m² of paving (5 km by 20 m)',
    ],
  }).optional(),
  /** Curb stones repaired, metres (界石治理). At most 50 km: both sides of a back street many kilometres long. */
  curbs_m: measure('界石治理', 'Curbs repaired', '米', {
    max: 50_000,
    why: ['一处背街小巷的界石不会超过5万米（50公里）', 'one back-street site has at most 50 km of curbs'],
  }).optional(),
  /** Manhole covers repaired (井盖治理). At most 10,000: one every half metre of a 5 km street. */
  manhole_covers: count('井盖治理', 'Manhole covers repaired', '座', {
    max: 10_000,
    why: ['一处背街小巷的井盖不会超过1万座', 'one back-street site has at most 10,000 manhole covers'],
  }).optional(),
  /** Lilac hedge being replanted, square metres (小叶丁香绿篱). At most 100,000 m², like paving: it lines one site. */
  lilac_hedge_m2: approx('补种小叶丁香绿篱', 'Lilac hedge replanted', '平方米', {
    max: 100_000,
    why: ['一处背街小巷的绿篱不会超过10万平方米', 'one back-street site has at most 100,000 m² of hedge'],
  }).optional(),
});

export const backStreetsSchema = z.strictObject({
  ...envelopeShape,
  /** The bureau leading the clean-up. */
  lead_agency: text(),
  /**
   * The target: problems effectively solved within this many months (力争在2个月时间内). 1 to 120:
   * a target is at least a month away, and one more than ten years away is no campaign target.
   */
  target_months: count('整治目标期限', 'Target period', '个月', {
    min: 1,
    max: 120,
    why: ['整治目标期限至少1个月、不会超过10年', 'a campaign target is 1 month to 10 years away'],
  }),
  /** Problems the inspection exposed, as the article lists them (no counts given). */
  problems_found: textList('排查发现的问题', 'Problems found (no counts given)'),
  /** Work sites, keyed by id. */
  sites: keyedRecords(backStreetSiteSchema),
});

export type BackStreets = z.infer<typeof backStreetsSchema>;
