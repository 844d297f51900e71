/**
 * `hoarding-units`: every hoarding Changchun rectified, one small square each, as a Plot waffle
 * that fits the column. The `tiebei` state picks out one square for the Tiebei 2nd Road × Bei 7th
 * Tiao site; the article does not say which of the hoardings it is, so the position is illustrative.
 * Past `MAX_SQUARES` hoardings a square stands for 10, 100, … of them (unit-scale.ts), and every
 * text says so: the chart's cost never grows with the figure.
 */
import * as Plot from '@observablehq/plot';
import { color } from '../design/tokens.ts';
import { formatChineseDate, formatFigure } from '../text/format-number.ts';
import type { Enclosures } from '../schemas/enclosures.ts';
import { defineChart } from './chart-definition.ts';
import { blockHeight, captionedFrame, type CaptionBlock } from './chart-captions.ts';
import { unitCell } from './chart-layout.ts';
import { figureField } from './figure-fields.ts';
import { unitFor } from './unit-scale.ts';

/** At most this many squares: 100,000 hoardings (the schema's bound) draw 1,000 squares of 100. */
export const MAX_SQUARES = 1000;

const STATES = ['all', 'tiebei'] as const;
type State = (typeof STATES)[number];

const TIEBEI = 'tiebei-2nd-road';
const ILLUSTRATIVE = '示意：文章未说明是哪一处';
const RECTIFIED = figureField('enclosures', 'sites_rectified');
const AREA = figureField('enclosures', 'sites.*.hoarding_area_m2');
const GAIN = figureField('enclosures', 'sites.*.morning_peak_throughput_gain_pct');

/** Grid height the column count aims for, so the whole graphic fits a phone's sticky area. */
function targetGridHeight(width: number): number {
  return width < 500 ? 260 : 200;
}

/** Hoardings per square: 1, unless that would take more than `MAX_SQUARES` squares. */
export function hoardingsPerSquare(data: Enclosures): number {
  return unitFor([data.sites_rectified], 1, MAX_SQUARES);
}

/** "1处围挡", or "1000处围挡" when a square stands for many. */
function perSquareText(data: Enclosures): string {
  return `${hoardingsPerSquare(data)}${RECTIFIED.unit}围挡`;
}

function stateOf(state: string | undefined): State {
  return state === 'tiebei' ? 'tiebei' : 'all';
}

/** Columns: a multiple of ten (easy to count by rows), enough that the grid stays short. */
function columnsFor(count: number, width: number): number {
  const ideal = Math.sqrt((Math.max(count, 1) * width) / targetGridHeight(width));
  return Math.max(10, Math.ceil(ideal / 10) * 10);
}

/** The square picked out in the `tiebei` state: a fixed, illustrative place, 60% of the way down. */
function highlightIndex(count: number, columns: number): number {
  const rows = Math.ceil(count / columns);
  // The waffle fills from the bottom row up: count rows from the bottom.
  const row = Math.max(0, rows - 1 - Math.floor(rows * 0.6));
  return Math.min(count - 1, row * columns + Math.floor(columns * 0.35));
}

function tiebeiLines(data: Enclosures): string[] {
  const site = data.sites[TIEBEI];
  if (!site) return [];
  const lines: string[] = [];
  const area = site.hoarding_area_m2;
  lines.push(area !== undefined ? `${AREA.format(area)}的围挡曾占据半条人行道` : '围挡曾占据半条人行道');
  const gain = site.morning_peak_throughput_gain_pct;
  if (gain) lines.push(`拆除后早高峰通行效率提升${GAIN.format(gain)}`);
  return lines;
}

/** The captions under the grid: the key in `all`, the picked-out site in `tiebei`. */
function notes(data: Enclosures, state: State): CaptionBlock {
  const site = data.sites[TIEBEI];
  if (state === 'tiebei' && site) {
    return {
      key: color('highlight'),
      captions: [
        { text: site.name, role: 'heading', fill: color('highlight'), className: 'mark-annotation' },
        { text: tiebeiLines(data).join('，'), role: 'body', className: 'mark-annotation' },
        { text: ILLUSTRATIVE, role: 'note', className: 'mark-annotation' },
      ],
    };
  }
  return {
    key: color('hoarding'),
    captions: [
      {
        text: `每个方块代表${perSquareText(data)}\n截至${formatChineseDate(data.as_of)}`,
        role: 'note',
        className: 'mark-annotation',
      },
    ],
  };
}

/** A run of the waffle: squares `from` to `to`, drawn the same way. */
interface Run {
  from: number;
  to: number;
  fill: string;
  opacity: number;
}

export const hoardingUnits = defineChart({
  id: 'hoarding-units',
  dataset: 'enclosures',
  states: STATES,
  title: (data) => {
    const per = hoardingsPerSquare(data);
    return `${RECTIFIED.format(data.sites_rectified)}围挡，一格${per === 1 ? '一' : per}处`;
  },
  reading: (data) =>
    `每个小方块代表${hoardingsPerSquare(data) === 1 ? '一处围挡' : perSquareText(data)}：截至${formatChineseDate(data.as_of)}，长春市${RECTIFIED.label}${RECTIFIED.format(data.sites_rectified)}。`,
  describe: (data, state) => {
    let text =
      `单位图：${formatFigure(Math.ceil(data.sites_rectified / hoardingsPerSquare(data)), '个')}小方块排成方阵，每个方块代表${perSquareText(data)}。` +
      `截至${formatChineseDate(data.as_of)}，长春市${RECTIFIED.label}${RECTIFIED.format(data.sites_rectified)}。`;
    const site = data.sites[TIEBEI];
    if (stateOf(state) === 'tiebei' && site && data.sites_rectified > 0) {
      const per = hoardingsPerSquare(data);
      text +=
        (per === 1
          ? `其中一个方块被单独标出，代表${site.name}：`
          : `其中一个方块被单独标出，它代表的${perSquareText(data)}中包括${site.name}：`) +
        `${tiebeiLines(data).join('；')}。` +
        `${ILLUSTRATIVE}，标出的方块位置仅为示意。`;
    }
    return text;
  },
  table: (data) => {
    const rows: (string | number)[][] = [[`${RECTIFIED.label}（全市）`, data.sites_rectified, RECTIFIED.unit, '']];
    const site = data.sites[TIEBEI];
    if (site?.hoarding_area_m2 !== undefined)
      rows.push([`${site.name}：${AREA.label}`, site.hoarding_area_m2, AREA.unit, '']);
    const gain = site?.morning_peak_throughput_gain_pct;
    if (site && gain) rows.push([`${site.name}：${GAIN.label}`, gain.value, GAIN.unit, GAIN.format(gain)]);
    return { columns: ['项目 item', '数值 value', '单位 unit', '原文写法 as written'], rows };
  },
  embedHeight: 640,
  plot: (data, { width, state }) => {
    const count = data.sites_rectified;
    // Hoardings per square; the layout is in squares, the waffle's values in hoardings.
    const per = hoardingsPerSquare(data);
    const squares = Math.ceil(count / per);
    const columns = columnsFor(squares, width);
    const rows = Math.max(1, Math.ceil(squares / columns));
    const { cell, gap } = unitCell(width, columns);
    const tiebei = stateOf(state) === 'tiebei' && data.sites[TIEBEI] !== undefined && count > 0;
    const picked = tiebei ? highlightIndex(squares, columns) : -1;

    const runs: Run[] = tiebei
      ? [
          { from: 0, to: picked * per, fill: color('hoarding'), opacity: 0.4 },
          { from: picked * per, to: Math.min(count, (picked + 1) * per), fill: color('highlight'), opacity: 1 },
          { from: Math.min(count, (picked + 1) * per), to: count, fill: color('hoarding'), opacity: 0.4 },
        ]
      : [{ from: 0, to: count, fill: color('hoarding'), opacity: 1 }];

    // The space under the grid is the same in both states, so the sticky graphic does not jump.
    const reserveBelow = Math.max(...STATES.map((s) => blockHeight(notes(data, s), width)));
    const frame = captionedFrame(width, rows * cell, {
      above: {
        captions: [
          {
            text: `${RECTIFIED.format(count)}围挡`,
            role: 'headline',
            fill: color('hoarding'),
            className: 'mark-headline',
          },
        ],
      },
      below: notes(data, stateOf(state)),
      reserveBelow,
    });

    const marks: Plot.Markish[] = [
      Plot.waffleY(
        runs.filter((run) => run.to > run.from),
        {
          y1: 'from',
          y2: 'to',
          multiple: columns,
          unit: per,
          gap,
          fill: 'fill',
          fillOpacity: 'opacity',
          className: 'mark-hoarding-units',
        },
      ),
    ];
    if (tiebei) {
      // A ring around the picked square (its column on x, its row in squares on y), on whole pixels.
      marks.push(
        Plot.rect([picked], {
          x1: (i: number) => i % columns,
          x2: (i: number) => (i % columns) + 1,
          y1: (i: number) => Math.floor(i / columns) * columns * per,
          y2: (i: number) => (Math.floor(i / columns) + 1) * columns * per,
          inset: -1,
          fill: 'none',
          stroke: color('highlight'),
          strokeWidth: 2,
          className: 'mark-highlight-ring',
        }),
      );
    }

    return {
      ...frame.size,
      // The grid is whole cells wide, left-aligned under the headline.
      marginRight: width - columns * cell,
      x: { domain: [0, columns], axis: null },
      y: { domain: [0, rows * columns * per], axis: null },
      color: { type: 'identity' },
      opacity: { type: 'identity' },
      marks: [...marks, ...frame.marks],
    };
  },
});
