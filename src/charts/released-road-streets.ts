/**
 * `released-road-streets`: the road area released by removing hoardings, drawn as the article's
 * own comparison: so many identical standard streets. The article does not define a standard
 * street, so the strips are pictograms, not to scale; the area per street is our arithmetic.
 */
import * as Plot from '@observablehq/plot';
import { color } from '../design/tokens.ts';
import { formatChineseDate, formatFigure } from '../text/format-number.ts';
import type { Enclosures } from '../schemas/enclosures.ts';
import { defineChart } from './chart-definition.ts';
import { gridRows, lineHeight, pixelFrame, textBlock, wrapLines } from './chart-layout.ts';

const COLUMNS = 5;
const HEADLINE_SIZE = 16;

/** The area per street, by division; rounded to whole square metres, with 约 when that rounds. */
function perStreet(data: Enclosures): { value: number; text: string } | undefined {
  if (data.equivalent_standard_streets <= 0) return undefined;
  const exact = data.road_area_released_m2 / data.equivalent_standard_streets;
  const value = Math.round(exact);
  return { value, text: formatFigure(value, '平方米', value === exact ? undefined : 'about') };
}

function headline(data: Enclosures): string {
  return `${formatFigure(data.road_area_released_m2, '平方米')} ≈ ${formatFigure(data.equivalent_standard_streets, '条')}标准街道`;
}

interface Street {
  index: number;
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  /** Centre line height. */
  y: number;
}

export const releasedRoadStreets = defineChart({
  id: 'released-road-streets',
  dataset: 'enclosures',
  title: (data) => `释放的道路，相当于拓宽${formatFigure(data.equivalent_standard_streets, '条')}标准街道`,
  reading: (data) =>
    `拆除围挡释放道路面积${formatFigure(data.road_area_released_m2, '平方米')}，文章把它比作拓宽了${formatFigure(data.equivalent_standard_streets, '条')}标准街道；每条街道图形只是示意。`,
  describe: (data) => {
    const per = perStreet(data);
    return (
      `示意图：${formatFigure(data.equivalent_standard_streets, '条')}相同的街道图形，每条代表一条“标准街道”。` +
      `截至${formatChineseDate(data.as_of)}，长春市整治围挡${formatFigure(data.sites_rectified, '处')}，释放道路面积${formatFigure(data.road_area_released_m2, '平方米')}，` +
      `文章称相当于拓宽了${formatFigure(data.equivalent_standard_streets, '条')}标准街道。` +
      (per
        ? `按文章数字折算，每条折合${per.text}（${formatFigure(data.road_area_released_m2, '平方米')}÷${data.equivalent_standard_streets}，即${data.road_area_released_m2}÷${data.equivalent_standard_streets}），这是我们的计算，不是文章给出的数字。`
        : '') +
      '文章没有说明“标准街道”有多宽多长。'
    );
  },
  table: (data) => {
    const per = perStreet(data);
    const rows: (string | number)[][] = [
      ['释放道路面积', data.road_area_released_m2, '平方米', '文章'],
      ['相当于拓宽标准街道', data.equivalent_standard_streets, '条', '文章'],
    ];
    if (per) rows.push(['每条街道折合面积', per.value, '平方米', '按文章数字折算（非文章数字）']);
    return { columns: ['项目 item', '数值 value', '单位 unit', '来源 source'], rows };
  },
  note: (data) =>
    `文章没有定义“标准街道”的宽度或长度，图中街道只是示意，不按比例。` +
    (perStreet(data)
      ? `每条面积为按文章数字折算（${formatFigure(data.road_area_released_m2, '平方米')}÷${data.equivalent_standard_streets}），并非文章给出。`
      : ''),
  embedHeight: 600,
  plot: (data, { width }) => {
    const count = data.equivalent_standard_streets;
    const rows = gridRows(count, COLUMNS);
    const narrow = width < 500;
    const gapX = narrow ? 12 : 20;
    const gapY = narrow ? 14 : 18;
    const stripHeight = narrow ? 16 : 20;
    const stripWidth = (width - gapX * (COLUMNS - 1)) / COLUMNS;
    const line = lineHeight();
    const headLines = wrapLines(headline(data), width, HEADLINE_SIZE);
    const top = headLines.length * lineHeight(HEADLINE_SIZE) + 14;
    const streets: Street[] = Array.from({ length: count }, (_, index) => {
      const x1 = (index % COLUMNS) * (stripWidth + gapX);
      const y1 = top + Math.floor(index / COLUMNS) * (stripHeight + gapY);
      return { index, x1, x2: x1 + stripWidth, y1, y2: y1 + stripHeight, y: y1 + stripHeight / 2 };
    });
    const gridBottom = top + rows * stripHeight + (rows - 1) * gapY;
    const per = perStreet(data);
    const footText =
      `每个图形 = 1条“标准街道”，示意，不按比例` + (per ? `\n每条折合${per.text}（按文章数字折算）` : '');
    const footLines = wrapLines(footText, width);
    const footTop = gridBottom + 12;
    const height = Math.ceil(footTop + footLines.length * line + 6);

    return {
      ...pixelFrame(width, height),
      marks: [
        textBlock(headLines, {
          x: 0,
          y: 4,
          fill: color('road'),
          fontSize: HEADLINE_SIZE,
          fontWeight: 700,
          className: 'mark-headline',
        }),
        Plot.rect(streets, { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', fill: color('road'), className: 'mark-streets' }),
        Plot.ruleY(streets, {
          y: 'y',
          x1: (d: Street) => d.x1 + 4,
          x2: (d: Street) => d.x2 - 4,
          stroke: color('paper'),
          strokeWidth: 1.5,
          strokeDasharray: '5 4',
          className: 'mark-centre-lines',
        }),
        textBlock(footLines, { x: 0, y: footTop, fill: color('muted'), className: 'mark-key' }),
      ],
    };
  },
});
