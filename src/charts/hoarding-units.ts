/**
 * `hoarding-units`: every hoarding Changchun rectified, one small square each, in a grid that fits
 * the column. The `tiebei` state picks out one square for the Tiebei 2nd Road × Bei 7th Tiao site;
 * the article does not say which of the hoardings it is, so the position is illustrative.
 */
import * as Plot from '@observablehq/plot';
import { color } from '../design/tokens.ts';
import { formatChineseDate, formatFigure } from '../text/format-number.ts';
import type { Enclosures } from '../schemas/enclosures.ts';
import { defineChart } from './chart-definition.ts';
import { gridRows, lineHeight, pixelFrame, textBlock, unitGrid, wrapLines } from './chart-layout.ts';

const STATES = ['all', 'tiebei'] as const;
type State = (typeof STATES)[number];

const TIEBEI = 'tiebei-2nd-road';
const ILLUSTRATIVE = '示意：文章未说明是哪一处';

/** Grid height the column count aims for, so the whole graphic fits a phone's sticky area. */
function targetGridHeight(width: number): number {
  return width < 500 ? 260 : 200;
}
const HEADLINE_SIZE = 16;
const HEADLINE_HEIGHT = 30;

function stateOf(state: string | undefined): State {
  return state === 'tiebei' ? 'tiebei' : 'all';
}

/** Columns: a multiple of ten (easy to count by rows), enough that the grid stays short. */
function columnsFor(count: number, width: number): number {
  const ideal = Math.sqrt((Math.max(count, 1) * width) / targetGridHeight(width));
  return Math.max(10, Math.ceil(ideal / 10) * 10);
}

/** The square picked out in the `tiebei` state: a fixed, illustrative position in the grid. */
function highlightIndex(count: number, columns: number): number {
  const rows = gridRows(count, columns);
  const row = Math.max(0, Math.floor(rows * 0.6));
  return Math.min(count - 1, row * columns + Math.floor(columns * 0.35));
}

function tiebeiLines(data: Enclosures): string[] {
  const site = data.sites[TIEBEI];
  if (!site) return [];
  const lines: string[] = [];
  const area = site.hoarding_area_m2;
  lines.push(area !== undefined ? `${formatFigure(area, '平方米')}的围挡曾占据半条人行道` : '围挡曾占据半条人行道');
  const gain = site.morning_peak_throughput_gain_pct;
  if (gain) lines.push(`拆除后早高峰通行效率提升${formatFigure(gain.value, '%', gain.qualifier)}`);
  return lines;
}

export const hoardingUnits = defineChart({
  id: 'hoarding-units',
  dataset: 'enclosures',
  states: STATES,
  title: (data) => `${formatFigure(data.sites_rectified, '处')}围挡，一格一处`,
  reading: (data) =>
    `每个小方块代表一处围挡：截至${formatChineseDate(data.as_of)}，长春市整治围挡${formatFigure(data.sites_rectified, '处')}。`,
  describe: (data, state) => {
    const count = formatFigure(data.sites_rectified, '处');
    let text =
      `单位图：${formatFigure(data.sites_rectified, '个')}小方块排成方阵，每个方块代表1处围挡。` +
      `截至${formatChineseDate(data.as_of)}，长春市整治围挡${count}。`;
    const site = data.sites[TIEBEI];
    if (stateOf(state) === 'tiebei' && site && data.sites_rectified > 0) {
      text +=
        `其中一个方块被单独标出，代表${site.name}：` +
        `${tiebeiLines(data).join('；')}。` +
        `${ILLUSTRATIVE}，标出的方块位置仅为示意。`;
    }
    return text;
  },
  table: (data) => {
    const rows: (string | number)[][] = [['整治围挡（全市）', data.sites_rectified, '处', '']];
    const site = data.sites[TIEBEI];
    if (site?.hoarding_area_m2 !== undefined)
      rows.push([`${site.name}：围挡面积`, site.hoarding_area_m2, '平方米', '']);
    const gain = site?.morning_peak_throughput_gain_pct;
    if (site && gain)
      rows.push([`${site.name}：早高峰通行效率提升`, gain.value, '%', formatFigure(gain.value, '%', gain.qualifier)]);
    return { columns: ['项目 item', '数值 value', '单位 unit', '原文写法 as written'], rows };
  },
  embedHeight: 640,
  plot: (data, { width, state }) => {
    const count = data.sites_rectified;
    const columns = columnsFor(count, width);
    const cell = width / columns;
    const gap = Math.max(1, Math.round(cell * 0.16 * 10) / 10);
    const rows = gridRows(count, columns);
    const gridTop = HEADLINE_HEIGHT;
    const gridBottom = gridTop + rows * cell;
    const site = data.sites[TIEBEI];
    const tiebei = stateOf(state) === 'tiebei' && site !== undefined && count > 0;
    const picked = tiebei ? highlightIndex(count, columns) : -1;
    const cells = unitGrid(count, columns, cell, gap, 0, gridTop);

    // Space under the grid: the same in both states, so the sticky graphic does not jump.
    const line = lineHeight();
    const notesTop = gridBottom + 10;
    const swatch = 12;
    /** The key's square, level with the first line of the notes beside it. */
    const keySwatch = (fill: string) =>
      Plot.rect([0], { x1: 0, x2: swatch, y1: notesTop + 2, y2: notesTop + 2 + swatch, fill, className: 'mark-key' });
    const textLeft = swatch + 6;
    const siteLines = site ? wrapLines(site.name, width - textLeft, 13) : [];
    const detailLines = wrapLines(tiebeiLines(data).join('，'), width - textLeft);
    const noteLines = wrapLines(ILLUSTRATIVE, width - textLeft);
    const tiebeiHeight = (siteLines.length + detailLines.length + noteLines.length) * line;
    const height = Math.ceil(notesTop + Math.max(2 * line, tiebeiHeight) + 6);

    const marks: Plot.Markish[] = [
      textBlock([formatFigure(count, '处围挡')], {
        x: 0,
        y: 4,
        fill: color('hoarding'),
        fontSize: HEADLINE_SIZE,
        fontWeight: 700,
        className: 'mark-headline',
      }),
      Plot.rect(cells, {
        x1: 'x1',
        x2: 'x2',
        y1: 'y1',
        y2: 'y2',
        fill: (d: (typeof cells)[number]) => (d.index === picked ? color('highlight') : color('hoarding')),
        fillOpacity: tiebei ? (d: (typeof cells)[number]) => (d.index === picked ? 1 : 0.4) : 1,
        className: 'mark-hoarding-units',
      }),
    ];

    if (tiebei && site) {
      const target = cells[picked];
      if (target) {
        marks.push(
          Plot.rect([target], {
            x1: (d: (typeof cells)[number]) => d.x1 - 2.5,
            x2: (d: (typeof cells)[number]) => d.x2 + 2.5,
            y1: (d: (typeof cells)[number]) => d.y1 - 2.5,
            y2: (d: (typeof cells)[number]) => d.y2 + 2.5,
            fill: 'none',
            stroke: color('highlight'),
            strokeWidth: 2,
            className: 'mark-highlight-ring',
          }),
        );
      }
      const blocks = [
        { text: siteLines.join('\n'), y: notesTop, weight: 700, fill: color('highlight') },
        { text: detailLines.join('\n'), y: notesTop + siteLines.length * line, weight: 400, fill: color('ink') },
        {
          text: noteLines.join('\n'),
          y: notesTop + (siteLines.length + detailLines.length) * line,
          weight: 400,
          fill: color('muted'),
        },
      ].filter((block) => block.text !== '');
      marks.push(
        keySwatch(color('highlight')),
        ...blocks.map((block) =>
          textBlock([block.text], {
            x: textLeft,
            y: block.y,
            fill: block.fill,
            fontWeight: block.weight,
            className: 'mark-annotation',
          }),
        ),
      );
    } else {
      marks.push(
        keySwatch(color('hoarding')),
        textBlock([`每个方块代表1处围挡\n截至${formatChineseDate(data.as_of)}`], {
          x: textLeft,
          y: notesTop,
          fill: color('muted'),
          className: 'mark-annotation',
        }),
      );
    }

    return {
      ...pixelFrame(width, height),
      marks,
    };
  },
});
