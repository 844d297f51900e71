/**
 * `enclosures`: the hoarding removal drive (拆除围挡), as of the article's 11 July cut-off.
 */
import { z } from 'zod';
import { envelopeShape } from './envelope.ts';
import { approx, count, keyedRecords, measure, text } from './fields.ts';

/** One place the article describes, keyed by a stable id. */
const enclosureSiteSchema = z.strictObject({
  /** Place name as the article gives it. */
  name: text(),
  /** What was there and what it became, in one or two sentences. */
  description: text(),
  /** Area of the hoarding at this site, in square metres, when the article gives it. */
  hoarding_area_m2: measure('围挡面积', 'Hoarding area', '平方米').optional(),
  /** Change in morning-peak throughput after removal, in percent, when given. */
  morning_peak_throughput_gain_pct: approx('早高峰通行效率提升', 'Morning-peak throughput gain', '%').optional(),
});

export const enclosuresSchema = z.strictObject({
  ...envelopeShape,
  /** Hoardings rectified (整治围挡), city-wide. */
  sites_rectified: count('整治围挡', 'Hoardings rectified', '处'),
  /** Road area released by removing hoardings, in square metres (17.3万平方米). */
  road_area_released_m2: measure('释放道路面积', 'Road area released', '平方米'),
  /** The article's comparison: the released road equals widening this many standard streets. */
  equivalent_standard_streets: count('相当于拓宽标准街道', 'Equivalent standard streets widened', '条'),
  /** Idle plots turned into green space or pocket parks. */
  idle_plots_greened: count('闲置地块改造成绿地或口袋公园', 'Idle plots turned into green space', '处'),
  /** Green area released on those plots, in square metres (11.8万平方米). */
  green_area_released_m2: measure('释放绿地面积', 'Green area released', '平方米'),
  /** New pocket parks along Xinmin Avenue's historic district. */
  xinmin_pocket_parks_added: count('新民大街新增口袋公园', 'New pocket parks on Xinmin Avenue', '处'),
  /** Places the article describes, keyed by id. */
  sites: keyedRecords(enclosureSiteSchema),
});

export type Enclosures = z.infer<typeof enclosuresSchema>;
