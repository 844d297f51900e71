/**
 * `road-vs-green-area`: the road area released by removing hoardings against the green area
 * released on idle plots, two bars on one axis (the same unit, so one axis is honest). Labels and
 * the unit come from the dataset's schema.
 */
import { inSentence } from '../text/sentence-case.ts';
import * as Plot from '@observablehq/plot';
import { color } from '../design/tokens.ts';
import { formatFigure } from '../text/format-number.ts';
import type { Lang } from '../text/lang.ts';
import { textWidth } from '../text/measure-text.ts';
import type { Enclosures } from '../schemas/enclosures.ts';
import { defineChart } from './chart-definition.ts';
import { BASE_FONT_SIZE } from './chart-layout.ts';
import { figureField } from './figure-fields.ts';

const RECTIFIED = figureField('enclosures', 'sites_rectified');
const ROAD = figureField('enclosures', 'road_area_released_m2');
const IDLE = figureField('enclosures', 'idle_plots_greened');
const GREEN = figureField('enclosures', 'green_area_released_m2');
const XINMIN = figureField('enclosures', 'xinmin_pocket_parks_added');
const COMPACT_EN = new Intl.NumberFormat('en-GB', { notation: 'compact', maximumFractionDigits: 1 });
/** Plot's y-axis tick and the space between it and its label. */
const TICK_SPACE = 12;

interface Bar {
  label: string;
  value: number;
  detail: string;
  fill: string;
}

/** "15处闲置地块", "15 idle plots". */
function plotsText(data: Enclosures, lang: Lang): string {
  const n = data.idle_plots_greened;
  return lang === 'en' ? `${IDLE.format(n, lang)} idle plot${n === 1 ? '' : 's'}` : `${IDLE.format(n)}闲置地块`;
}

function bars(data: Enclosures, lang: Lang): Bar[] {
  const en = lang === 'en';
  return [
    {
      label: ROAD.labelIn(lang),
      value: data.road_area_released_m2,
      detail: en
        ? `from ${RECTIFIED.format(data.sites_rectified, lang)} hoardings`
        : `${RECTIFIED.label}${RECTIFIED.format(data.sites_rectified)}`,
      fill: color('road'),
    },
    {
      label: GREEN.labelIn(lang),
      value: data.green_area_released_m2,
      detail: en ? `on ${plotsText(data, lang)}` : plotsText(data, lang),
      fill: color('green'),
    },
  ];
}

export const roadVsGreenArea = defineChart({
  id: 'road-vs-green-area',
  dataset: 'enclosures',
  title: (_data, lang) =>
    lang === 'en' ? 'After the hoardings: road and green space released' : '拆围之后：腾出的道路与绿地',
  reading: (data, lang) =>
    lang === 'en'
      ? `${ROAD.label_en}: ${ROAD.format(data.road_area_released_m2, lang)}; another ${GREEN.format(data.green_area_released_m2, lang)} of green space came from ${plotsText(data, lang)}.`
      : `${ROAD.label}${ROAD.format(data.road_area_released_m2)}，另有${GREEN.format(data.green_area_released_m2)}绿地来自${IDLE.format(data.idle_plots_greened)}闲置地块。`,
  describe: (data, _state, lang) => {
    const ratio = (data.road_area_released_m2 / data.green_area_released_m2).toFixed(1);
    if (lang === 'en') {
      return (
        `Bar chart, in ${ROAD.unit_en}. ${RECTIFIED.label_en}: ${RECTIFIED.format(data.sites_rectified, lang)}; ${inSentence(ROAD.label_en)}: ${ROAD.format(data.road_area_released_m2, lang)}. ` +
        `${IDLE.label_en}: ${IDLE.format(data.idle_plots_greened, lang)}; ${inSentence(GREEN.label_en)}: ${GREEN.format(data.green_area_released_m2, lang)}. ` +
        `By the article's figures, the road area is about ${ratio} times the green area. ` +
        `Also, ${inSentence(XINMIN.label_en)}: ${XINMIN.format(data.xinmin_pocket_parks_added, lang)}; the article gives no area for them and does not say whether they are among the idle plots above.`
      );
    }
    return (
      `条形图，单位${ROAD.unit}。${RECTIFIED.label}${RECTIFIED.format(data.sites_rectified)}，${ROAD.label}${ROAD.format(data.road_area_released_m2)}；` +
      `${IDLE.format(data.idle_plots_greened)}${IDLE.label}，${GREEN.label}${GREEN.format(data.green_area_released_m2)}。` +
      `按文中数字计算，道路面积约为绿地面积的${ratio}倍。` +
      `另有${XINMIN.label}${XINMIN.format(data.xinmin_pocket_parks_added)}，文章没有给出面积，也未说明是否计入上述闲置地块。`
    );
  },
  table: (data, lang) =>
    lang === 'en'
      ? {
          columns: ['Item', `Area (${ROAD.unit_en})`, 'Note'],
          rows: [
            ...bars(data, lang).map((bar) => [bar.label, bar.value, bar.detail]),
            [
              XINMIN.label_en,
              '(not given in the article)',
              `${XINMIN.format(data.xinmin_pocket_parks_added, lang)}; not said whether among the ${plotsText(data, lang)}`,
            ],
          ],
        }
      : {
          columns: ['项目 item', `面积（${ROAD.unit}）area m²`, '说明 note'],
          rows: [
            ...bars(data, lang).map((bar) => [bar.label, bar.value, bar.detail]),
            [
              XINMIN.label,
              '（文章未给出）',
              `${XINMIN.format(data.xinmin_pocket_parks_added)}；未说明是否计入${IDLE.format(data.idle_plots_greened)}闲置地块`,
            ],
          ],
        },
  note: (data, lang) =>
    lang === 'en'
      ? `Also: ${inSentence(XINMIN.label_en)}, ${XINMIN.format(data.xinmin_pocket_parks_added, lang)}; the article does not say whether they are among the ${plotsText(data, lang)} above, so they are not in the chart.`
      : `另：${XINMIN.label}${XINMIN.format(data.xinmin_pocket_parks_added)}；文章未说明它们是否计入上述${IDLE.format(data.idle_plots_greened)}闲置地块，故未并入图中。`,
  embedHeight: { zh: 490, en: 630 },
  plot: (data, { width, lang }) => {
    const rows = bars(data, lang);
    return {
      width,
      height: 170,
      // Room for the longest bar label, measured.
      marginLeft: Math.ceil(Math.max(...rows.map((r) => textWidth(r.label, BASE_FONT_SIZE)))) + TICK_SPACE,
      marginRight: 16,
      marginTop: 8,
      marginBottom: 28,
      x: {
        label: null,
        grid: true,
        nice: true,
        // Ticks as short as the Chinese 5万: "50K" (Intl's compact English), so three fit a phone.
        tickFormat: (d: number) => (d === 0 ? '0' : lang === 'en' ? COMPACT_EN.format(d) : formatFigure(d, '')),
        ticks: width < 400 ? 3 : 5,
      },
      y: { label: null, domain: rows.map((r) => r.label), padding: 0.25 },
      marks: [
        Plot.barX(rows, { x: 'value', y: 'label', fill: 'fill' }),
        Plot.text(rows, {
          x: 'value',
          y: 'label',
          text: (d: Bar) => ROAD.format(d.value, lang),
          dy: -2,
          dx: -6,
          textAnchor: 'end',
          fill: color('paper'),
          fontWeight: 700,
          lineAnchor: 'bottom',
        }),
        Plot.text(rows, {
          x: 'value',
          y: 'label',
          text: 'detail',
          dy: 4,
          dx: -6,
          textAnchor: 'end',
          fill: color('paper'),
          lineAnchor: 'top',
        }),
        Plot.ruleX([0]),
      ],
    };
  },
});
