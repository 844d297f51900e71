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
  /**
   * Area of the hoarding at this site, in square metres, when the article gives it. At most
   * 1,000,000 m² (1 km²), more than the largest construction site one hoarding closes off.
   */
  hoarding_area_m2: measure('围挡面积', 'Hoarding area', '平方米', {
    max: 1_000_000,
    why: ['一处围挡不会超过100万平方米（1平方公里）', 'one hoarding covers at most 1 km²'],
  }).optional(),
  /**
   * Change in morning-peak throughput after removal, in percent, when given. A gain, not a share: it
   * may pass 100 % (twice the throughput), but 1,000 % (eleven times) is beyond any road widening.
   */
  morning_peak_throughput_gain_pct: approx('早高峰通行效率提升', 'Morning-peak throughput gain', '%', {
    max: 1_000,
    why: ['拆除围挡不会让通行效率提升超过1000%', 'removing a hoarding cannot raise throughput by more than 1,000 %'],
  }).optional(),
});

export const enclosuresSchema = z.strictObject({
  ...envelopeShape,
  /** Hoardings rectified (整治围挡), city-wide. At most 100,000: more than any city has standing at once. */
  sites_rectified: count('整治围挡', 'Hoardings rectified', '处', {
    max: 100_000,
    why: ['一座城市的围挡不会超过10万处', 'a city has at most 100,000 hoardings'],
  }),
  /**
   * Road area released by removing hoardings, in square metres (17.3万平方米). At most 100,000,000 m²
   * (100 km²): more than all the roads of a city of Changchun's size.
   */
  road_area_released_m2: measure('释放道路面积', 'Road area released', '平方米', {
    max: 100_000_000,
    why: ['一座城市的道路面积不会超过1亿平方米（100平方公里）', 'a city has at most 100 km² of roads'],
  }),
  /**
   * The article's comparison: the released road equals widening this many standard streets. At most
   * 10,000: a city of Changchun's size has a few thousand streets.
   */
  equivalent_standard_streets: count('相当于拓宽标准街道', 'Equivalent standard streets widened', '条', {
    max: 10_000,
    why: ['一座城市的街道不会超过1万条', 'a city has at most 10,000 streets'],
  }),
  /** Idle plots turned into green space or pocket parks. At most 100,000, like the hoardings that closed them off. */
  idle_plots_greened: count('闲置地块改造成绿地或口袋公园', 'Idle plots turned into green space', '处', {
    max: 100_000,
    why: ['一座城市的闲置地块不会超过10万处', 'a city has at most 100,000 idle plots'],
  }),
  /** Green area released on those plots, in square metres (11.8万平方米). At most 100 km², like the road area. */
  green_area_released_m2: measure('释放绿地面积', 'Green area released', '平方米', {
    max: 100_000_000,
    why: ['一座城市释放的绿地不会超过1亿平方米（100平方公里）', 'a city releases at most 100 km² of green space'],
  }),
  /** New pocket parks along Xinmin Avenue's historic district. At most 1,000: the district is one avenue. */
  xinmin_pocket_parks_added: count('新民大街新增口袋公园', 'New pocket parks on Xinmin Avenue', '处', {
    max: 1_000,
    why: [
      '一条街的历史文化街区不会新增超过1000处口袋公园',
      'one avenue’s historic district has at most 1,000 pocket parks',
    ],
  }),
  /** Places the article describes, keyed by id. */
  sites: keyedRecords(enclosureSiteSchema),
});

export type Enclosures = z.infer<typeof enclosuresSchema>;
