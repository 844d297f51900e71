/**
 * `hoarding-units`: every hoarding Changchun rectified, one small square each, as a Plot waffle
 * that fits the column. The `tiebei` state picks out one square for the Tiebei 2nd Road × Bei 7th
 * Tiao site; the article does not say which of the hoardings it is, so the position is illustrative.
 * Past `MAX_SQUARES` hoardings a square stands for 10, 100, … of them (unit-scale.ts), and every
 * text says so: the chart's cost never grows with the figure.
 */
import { inSentence } from '../text/sentence-case.ts';
import * as Plot from '@observablehq/plot';
import { color } from '../design/tokens.ts';
import { formatChineseDate, formatEnglishDate, formatEnglishNumber, formatFigure } from '../text/format-number.ts';
import type { Lang } from '../text/lang.ts';
import type { Enclosures } from '../schemas/enclosures.ts';
import { defineChart } from './chart-definition.ts';
import { blockHeight, captionedFrame, type CaptionBlock } from './chart-captions.ts';
import { unitCell } from './chart-layout.ts';
import { dataText } from './data-text-en.ts';
import { figureField } from './figure-fields.ts';
import { unitFor } from './unit-scale.ts';

/** At most this many squares: 100,000 hoardings (the schema's bound) draw 1,000 squares of 100. */
export const MAX_SQUARES = 1000;

const STATES = ['all', 'tiebei'] as const;
type State = (typeof STATES)[number];

const TIEBEI = 'tiebei-2nd-road';
const ILLUSTRATIVE = {
  zh: '示意：文章未说明是哪一处',
  en: 'Illustrative: the article does not say which hoarding it is',
} as const;
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

/** "1处围挡", or "1000处围挡" when a square stands for many; "1 hoarding", "1,000 hoardings". */
function perSquareText(data: Enclosures, lang: Lang): string {
  const per = hoardingsPerSquare(data);
  if (lang === 'en') return per === 1 ? '1 hoarding' : `${formatEnglishNumber(per)} hoardings`;
  return `${per}${RECTIFIED.unit}围挡`;
}

/** "截至2025年7月11日" or "as of 11 July 2025". */
function asOf(data: Enclosures, lang: Lang): string {
  return lang === 'en' ? `as of ${formatEnglishDate(data.as_of)}` : `截至${formatChineseDate(data.as_of)}`;
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

function tiebeiLines(data: Enclosures, lang: Lang): string[] {
  const site = data.sites[TIEBEI];
  if (!site) return [];
  const lines: string[] = [];
  const area = site.hoarding_area_m2;
  const gain = site.morning_peak_throughput_gain_pct;
  if (lang === 'en') {
    lines.push(
      area !== undefined
        ? `A ${AREA.format(area, 'en')} hoarding once took up half the pavement`
        : 'A hoarding once took up half the pavement',
    );
    if (gain) lines.push(`after its removal, morning-peak throughput rose by ${GAIN.format(gain, 'en')}`);
    return lines;
  }
  lines.push(area !== undefined ? `${AREA.format(area)}的围挡曾占据半条人行道` : '围挡曾占据半条人行道');
  if (gain) lines.push(`拆除后早高峰通行效率提升${GAIN.format(gain)}`);
  return lines;
}

/** The captions under the grid: the key in `all`, the picked-out site in `tiebei`. */
function notes(data: Enclosures, state: State, lang: Lang): CaptionBlock {
  const site = data.sites[TIEBEI];
  if (state === 'tiebei' && site) {
    return {
      key: color('highlight'),
      captions: [
        { text: dataText(site.name, lang), role: 'heading', fill: color('highlight'), className: 'mark-annotation' },
        { text: tiebeiLines(data, lang).join(lang === 'en' ? '; ' : '，'), role: 'body', className: 'mark-annotation' },
        { text: ILLUSTRATIVE[lang], role: 'note', className: 'mark-annotation' },
      ],
    };
  }
  const key =
    lang === 'en'
      ? `Each square is ${perSquareText(data, lang)}\n${asOf(data, lang).replace(/^a/, 'A')}`
      : `每个方块代表${perSquareText(data, lang)}\n${asOf(data, lang)}`;
  return { key: color('hoarding'), captions: [{ text: key, role: 'note', className: 'mark-annotation' }] };
}

/** The headline over the grid: "636处围挡", "636 hoardings". */
function headline(data: Enclosures, lang: Lang): string {
  return lang === 'en'
    ? `${RECTIFIED.format(data.sites_rectified, 'en')} hoardings`
    : `${RECTIFIED.format(data.sites_rectified)}围挡`;
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
  title: (data, lang) => {
    const per = hoardingsPerSquare(data);
    if (lang === 'en') {
      return per === 1
        ? `${headline(data, lang)}, one square each`
        : `${headline(data, lang)}, one square per ${formatEnglishNumber(per)}`;
    }
    return `${RECTIFIED.format(data.sites_rectified)}围挡，一格${per === 1 ? '一' : per}处`;
  },
  reading: (data, lang) =>
    lang === 'en'
      ? `Each small square is ${perSquareText(data, lang)}: ${asOf(data, lang)}, Changchun had rectified ${headline(data, lang)}.`
      : `每个小方块代表${hoardingsPerSquare(data) === 1 ? '一处围挡' : perSquareText(data, lang)}：${asOf(data, lang)}，长春市${RECTIFIED.label}${RECTIFIED.format(data.sites_rectified)}。`,
  describe: (data, state, lang) => {
    const squares = Math.ceil(data.sites_rectified / hoardingsPerSquare(data));
    const en = lang === 'en';
    let text = en
      ? `Unit chart: ${formatEnglishNumber(squares)} small squares in a grid, each standing for ${perSquareText(data, lang)}. ` +
        `${asOf(data, lang).replace(/^a/, 'A')}, Changchun had rectified ${headline(data, lang)} (${inSentence(RECTIFIED.label_en)}).`
      : `单位图：${formatFigure(squares, '个')}小方块排成方阵，每个方块代表${perSquareText(data, lang)}。` +
        `${asOf(data, lang)}，长春市${RECTIFIED.label}${RECTIFIED.format(data.sites_rectified)}。`;
    const site = data.sites[TIEBEI];
    if (stateOf(state) === 'tiebei' && site && data.sites_rectified > 0) {
      const per = hoardingsPerSquare(data);
      const name = dataText(site.name, lang);
      text += en
        ? (per === 1
            ? ` One square is picked out for ${name}: `
            : ` One square is picked out; the ${perSquareText(data, lang)} it stands for include ${name}: `) +
          `${tiebeiLines(data, lang).join('; ')}. ${ILLUSTRATIVE[lang]}; the picked square's place is only an illustration.`
        : (per === 1
            ? `其中一个方块被单独标出，代表${site.name}：`
            : `其中一个方块被单独标出，它代表的${perSquareText(data, lang)}中包括${site.name}：`) +
          `${tiebeiLines(data, lang).join('；')}。` +
          `${ILLUSTRATIVE[lang]}，标出的方块位置仅为示意。`;
    }
    return text;
  },
  table: (data, lang) => {
    const en = lang === 'en';
    const rows: (string | number)[][] = [
      [
        en ? `${RECTIFIED.label_en} (city-wide)` : `${RECTIFIED.label}（全市）`,
        data.sites_rectified,
        RECTIFIED.unitIn(lang),
        '',
      ],
    ];
    const site = data.sites[TIEBEI];
    const name = site && dataText(site.name, lang);
    const sep = en ? ': ' : '：';
    if (site?.hoarding_area_m2 !== undefined)
      rows.push([`${name}${sep}${AREA.labelIn(lang)}`, site.hoarding_area_m2, AREA.unitIn(lang), '']);
    const gain = site?.morning_peak_throughput_gain_pct;
    if (site && gain)
      rows.push([`${name}${sep}${GAIN.labelIn(lang)}`, gain.value, GAIN.unitIn(lang), GAIN.format(gain, lang)]);
    return {
      columns: en
        ? ['Item', 'Value', 'Unit', 'As the article puts it']
        : ['项目 item', '数值 value', '单位 unit', '原文写法 as written'],
      rows,
    };
  },
  embedHeight: { zh: 640, en: 730 },
  plot: (data, { width, state, lang }) => {
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
    const reserveBelow = Math.max(...STATES.map((s) => blockHeight(notes(data, s, lang), width)));
    const frame = captionedFrame(width, rows * cell, {
      above: {
        captions: [
          {
            text: headline(data, lang),
            role: 'headline',
            fill: color('hoarding'),
            className: 'mark-headline',
          },
        ],
      },
      below: notes(data, stateOf(state), lang),
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
