/**
 * `timeline`: when the action started, the data cut-off, the target, and how the work is organised.
 */
import { z } from 'zod';
import { envelopeShape } from './envelope.ts';
import { count, id, isoDate, keyedRecords, text, uniqueIds } from './fields.ts';

/** A dated event, keyed by a stable id such as "launch". */
const eventSchema = z.strictObject({
  /** The day it happened. */
  date: isoDate(),
  /** Short Chinese label for charts. */
  label: text(),
  /** One sentence on what happened. */
  description: text(),
});

/** One stage of the closed loop, in order. */
const stageSchema = z.strictObject({
  /** Stable id, e.g. "solve". */
  id: id(),
  /** The stage as the article names it. */
  label: text(),
  /** English gloss for the data download. */
  label_en: text(),
});

/** An existing mechanism the action reuses. */
const mechanismSchema = z.strictObject({
  /** Stable id. */
  id: id(),
  /** Name as the article gives it. */
  label: text(),
  /** English gloss. */
  label_en: text(),
});

export const timelineSchema = z.strictObject({
  ...envelopeShape,
  /** Dated events keyed by id (e.g. `events.launch.date`), in the order they happened. */
  events: keyedRecords(eventSchema),
  /**
   * The target period for effective solutions, in months; the article does not say from which day.
   * 1 to 120: at least a month, and more than ten years is no campaign target.
   */
  target_months: count('目标期限', 'Target period', '个月', {
    min: 1,
    max: 120,
    why: ['目标期限至少1个月、不会超过10年', 'a campaign target is 1 month to 10 years away'],
  }),
  /** The four-stage closed loop (完整闭环), in order. */
  closed_loop: uniqueIds(z.array(stageSchema).min(2)),
  /** Existing mechanisms the action reuses. */
  mechanisms: uniqueIds(z.array(mechanismSchema).min(1)),
});

export type Timeline = z.infer<typeof timelineSchema>;
