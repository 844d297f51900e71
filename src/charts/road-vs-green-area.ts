/**
 * `road-vs-green-area`: the road area released by removing hoardings against the green area
 * released on idle plots, two bars on one axis (the same unit, so one axis is honest). Labels and
 * the unit come from the dataset's schema.
 */
import * as Plot from '@observablehq/plot';
import { color } from '../design/tokens.ts';
import { formatFigure } from '../text/format-number.ts';
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
/** Plot's y-axis tick and the space between it and its label. */
const TICK_SPACE = 12;

interface Bar {
  label: string;
  value: number;
  detail: string;
  fill: string;
}

function bars(data: Enclosures): Bar[] {
  return [
    {
      label: ROAD.label,
      value: data.road_area_released_m2,
      detail: `${RECTIFIED.label}${RECTIFIED.format(data.sites_rectified)}`,
      fill: color('road'),
    },
    {
      label: GREEN.label,
      value: data.green_area_released_m2,
      detail: `${IDLE.format(data.idle_plots_greened)}闲置地块`,
      fill: color('green'),
    },
  ];
}

export const roadVsGreenArea = defineChart({
  id: 'road-vs-green-area',
  dataset: 'enclosures',
  title: () => '拆围之后：腾出的道路与绿地',
  reading: (data) =>
    `${ROAD.label}${ROAD.format(data.road_area_released_m2)}，另有${GREEN.format(data.green_area_released_m2)}绿地来自${IDLE.format(data.idle_plots_greened)}闲置地块。`,
  describe: (data) =>
    `条形图，单位${ROAD.unit}。${RECTIFIED.label}${RECTIFIED.format(data.sites_rectified)}，${ROAD.label}${ROAD.format(data.road_area_released_m2)}；` +
    `${IDLE.format(data.idle_plots_greened)}${IDLE.label}，${GREEN.label}${GREEN.format(data.green_area_released_m2)}。` +
    `按文中数字计算，道路面积约为绿地面积的${(data.road_area_released_m2 / data.green_area_released_m2).toFixed(1)}倍。` +
    `另有${XINMIN.label}${XINMIN.format(data.xinmin_pocket_parks_added)}，文章没有给出面积，也未说明是否计入上述闲置地块。`,
  table: (data) => ({
    columns: ['项目 item', `面积（${ROAD.unit}）area m²`, '说明 note'],
    rows: [
      ...bars(data).map((bar) => [bar.label, bar.value, bar.detail]),
      [
        XINMIN.label,
        '（文章未给出）',
        `${XINMIN.format(data.xinmin_pocket_parks_added)}；未说明是否计入${IDLE.format(data.idle_plots_greened)}闲置地块`,
      ],
    ],
  }),
  note: (data) =>
    `另：${XINMIN.label}${XINMIN.format(data.xinmin_pocket_parks_added)}；文章未说明它们是否计入上述${IDLE.format(data.idle_plots_greened)}闲置地块，故未并入图中。`,
  embedHeight: 490,
  plot: (data, { width }) => {
    const rows = bars(data);
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
        tickFormat: (d: number) => (d === 0 ? '0' : formatFigure(d, '')),
        ticks: width < 400 ? 3 : 5,
      },
      y: { label: null, domain: rows.map((r) => r.label), padding: 0.25 },
      marks: [
        Plot.barX(rows, { x: 'value', y: 'label', fill: 'fill' }),
        Plot.text(rows, {
          x: 'value',
          y: 'label',
          text: (d: Bar) => ROAD.format(d.value),
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
