/**
 * `released-road-streets`: the road area released by removing hoardings, drawn as the article's
 * own comparison: so many identical standard streets, in rows of five cells of a band scale. The
 * article does not define a standard street, so the strips are pictograms, not to scale; the area
 * per street is our arithmetic. Past `MAX_STRIPS` streets a strip stands for 10, 100, … of them
 * (unit-scale.ts), and the key says so: the chart's cost never grows with the figure.
 */
import * as Plot from '@observablehq/plot';
import { color } from '../design/tokens.ts';
import { formatChineseDate, formatEnglishDate, formatEnglishNumber } from '../text/format-number.ts';
import type { Lang } from '../text/lang.ts';
import type { Enclosures } from '../schemas/enclosures.ts';
import { defineChart } from './chart-definition.ts';
import { captionedFrame } from './chart-captions.ts';
import { SPACE } from './chart-layout.ts';
import { figureField } from './figure-fields.ts';
import { unitFor } from './unit-scale.ts';

const COLUMNS = 5;
/** At most this many strips (20 rows): 10,000 streets (the schema's bound) draw 100 strips of 100. */
export const MAX_STRIPS = 100;
const RECTIFIED = figureField('enclosures', 'sites_rectified');
const ROAD = figureField('enclosures', 'road_area_released_m2');
const STREETS = figureField('enclosures', 'equivalent_standard_streets');

/** The area per street, by division; rounded to whole units, with 约 (about) when that rounds. */
function perStreet(data: Enclosures, lang: Lang): { value: number; text: string } | undefined {
  if (data.equivalent_standard_streets <= 0) return undefined;
  const exact = data.road_area_released_m2 / data.equivalent_standard_streets;
  const value = Math.round(exact);
  return { value, text: ROAD.format(value === exact ? value : { value, qualifier: 'about' }, lang) };
}

/** "25条标准街道", "25 standard streets". */
function streetsText(count: number, lang: Lang): string {
  return lang === 'en'
    ? `${formatEnglishNumber(count)} standard street${count === 1 ? '' : 's'}`
    : `${STREETS.format(count)}标准街道`;
}

function headline(data: Enclosures, lang: Lang): string {
  return `${ROAD.format(data.road_area_released_m2, lang)} ≈ ${streetsText(data.equivalent_standard_streets, lang)}`;
}

/** The sum as written: "17.3万平方米÷25", "173,000 m² ÷ 25". */
function division(data: Enclosures, lang: Lang): string {
  return lang === 'en'
    ? `${ROAD.format(data.road_area_released_m2, lang)} ÷ ${data.equivalent_standard_streets}`
    : `${ROAD.format(data.road_area_released_m2)}÷${data.equivalent_standard_streets}`;
}

/** Standard streets per strip: 1, unless that would take more than `MAX_STRIPS` strips. */
export function streetsPerStrip(data: Enclosures): number {
  return unitFor([data.equivalent_standard_streets], 1, MAX_STRIPS);
}

/** Band-scale options for `n` bands `gap` pixels apart, each `size` pixels. */
function bands(n: number, size: number, gap: number) {
  return {
    type: 'band' as const,
    domain: Array.from({ length: n }, (_, i) => i),
    paddingInner: gap / (size + gap),
    paddingOuter: 0,
    round: false,
    axis: null,
  };
}

export const releasedRoadStreets = defineChart({
  id: 'released-road-streets',
  dataset: 'enclosures',
  title: (data, lang) =>
    lang === 'en'
      ? `The road released equals widening ${streetsText(data.equivalent_standard_streets, lang)}`
      : `释放的道路，相当于拓宽${STREETS.format(data.equivalent_standard_streets)}标准街道`,
  reading: (data, lang) =>
    lang === 'en'
      ? `Removing hoardings released ${ROAD.format(data.road_area_released_m2, lang)} of road, which the article likens to widening ${streetsText(data.equivalent_standard_streets, lang)}; each street shape is only illustrative.`
      : `拆除围挡${ROAD.label}${ROAD.format(data.road_area_released_m2)}，文章把它比作拓宽了${STREETS.format(data.equivalent_standard_streets)}标准街道；每条街道图形只是示意。`,
  describe: (data, _state, lang) => {
    const per = perStreet(data, lang);
    const perStrip = streetsPerStrip(data);
    const shapes = Math.ceil(data.equivalent_standard_streets / perStrip);
    if (lang === 'en') {
      return (
        (perStrip === 1
          ? `Illustrative chart: ${formatEnglishNumber(shapes)} identical street shapes, each standing for one "standard street". `
          : `Illustrative chart: ${formatEnglishNumber(shapes)} identical street shapes, each standing for ${formatEnglishNumber(perStrip)} "standard streets". `) +
        `As of ${formatEnglishDate(data.as_of)}, Changchun had rectified ${RECTIFIED.format(data.sites_rectified, lang)} hoardings and released ${ROAD.format(data.road_area_released_m2, lang)} of road, ` +
        `which the article says equals widening ${streetsText(data.equivalent_standard_streets, lang)}. ` +
        (per
          ? `Divided out, that is ${per.text} per street (${division(data, lang)}, i.e. ${data.road_area_released_m2} ÷ ${data.equivalent_standard_streets}): our arithmetic, not a figure from the article. `
          : '') +
        'The article does not say how wide or long a "standard street" is.'
      );
    }
    return (
      (perStrip === 1
        ? `示意图：${STREETS.format(data.equivalent_standard_streets)}相同的街道图形，每条代表一条“标准街道”。`
        : `示意图：${shapes}个相同的街道图形，每个代表${perStrip}${STREETS.unit}“标准街道”。`) +
      `截至${formatChineseDate(data.as_of)}，长春市${RECTIFIED.label}${RECTIFIED.format(data.sites_rectified)}，${ROAD.label}${ROAD.format(data.road_area_released_m2)}，` +
      `文章称相当于拓宽了${STREETS.format(data.equivalent_standard_streets)}标准街道。` +
      (per
        ? `按文章数字折算，每条折合${per.text}（${division(data, lang)}，即${data.road_area_released_m2}÷${data.equivalent_standard_streets}），这是我们的计算，不是文章给出的数字。`
        : '') +
      '文章没有说明“标准街道”有多宽多长。'
    );
  },
  table: (data, lang) => {
    const per = perStreet(data, lang);
    const en = lang === 'en';
    const article = en ? 'The article' : '文章';
    const rows: (string | number)[][] = [
      [ROAD.labelIn(lang), data.road_area_released_m2, ROAD.unitIn(lang), article],
      [STREETS.labelIn(lang), data.equivalent_standard_streets, STREETS.unitIn(lang), article],
    ];
    if (per)
      rows.push(
        en
          ? ['Area per street', per.value, ROAD.unit_en, "Our division of the article's figures (not in the article)"]
          : ['每条街道折合面积', per.value, ROAD.unit, '按文章数字折算（非文章数字）'],
      );
    return {
      columns: en ? ['Item', 'Value', 'Unit', 'Source'] : ['项目 item', '数值 value', '单位 unit', '来源 source'],
      rows,
    };
  },
  note: (data, lang) =>
    lang === 'en'
      ? "The article does not define a standard street's width or length: the streets drawn are illustrative, not to scale." +
        (perStreet(data, lang)
          ? ` The area per street is our division of the article's figures (${division(data, lang)}), not given in the article.`
          : '')
      : `文章没有定义“标准街道”的宽度或长度，图中街道只是示意，不按比例。` +
        (perStreet(data, lang) ? `每条面积为按文章数字折算（${division(data, lang)}），并非文章给出。` : ''),
  embedHeight: 600,
  plot: (data, { width, lang }) => {
    const perStrip = streetsPerStrip(data);
    const count = Math.ceil(data.equivalent_standard_streets / perStrip);
    const rows = Math.max(1, Math.ceil(count / COLUMNS));
    const narrow = width < 500;
    const gapX = narrow ? SPACE.gap : SPACE.section;
    const gapY = SPACE.section;
    const strip = narrow ? 16 : 20;
    const streets = Array.from({ length: count }, (_, i) => ({ column: i % COLUMNS, row: Math.floor(i / COLUMNS) }));
    const per = perStreet(data, lang);
    const key =
      lang === 'en'
        ? `Each shape = ${perStrip === 1 ? 'one "standard street"' : `${formatEnglishNumber(perStrip)} "standard streets"`}, illustrative, not to scale` +
          (per ? `\nEach is ${per.text} (our division of the article's figures)` : '')
        : `每个图形 = ${perStrip}${STREETS.unit}“标准街道”，示意，不按比例` +
          (per ? `\n每条折合${per.text}（按文章数字折算）` : '');
    const frame = captionedFrame(width, rows * strip + (rows - 1) * gapY, {
      above: {
        captions: [{ text: headline(data, lang), role: 'headline', fill: color('road'), className: 'mark-headline' }],
      },
      below: {
        captions: [
          {
            text: key,
            role: 'note',
            className: 'mark-key',
          },
        ],
      },
    });

    return {
      ...frame.size,
      x: bands(COLUMNS, (width - gapX * (COLUMNS - 1)) / COLUMNS, gapX),
      y: bands(rows, strip, gapY),
      marks: [
        Plot.cell(streets, { x: 'column', y: 'row', fill: color('road'), className: 'mark-streets' }),
        // The centre line of each street, dashed, inside its ends.
        Plot.ruleY(streets, {
          y: 'row',
          x1: 'column',
          x2: 'column',
          inset: 4,
          stroke: color('paper'),
          strokeWidth: 1.5,
          strokeDasharray: '5 4',
          className: 'mark-centre-lines',
        }),
        ...frame.marks,
      ],
    };
  },
});
