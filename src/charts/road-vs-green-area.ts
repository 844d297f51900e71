/**
 * `road-vs-green-area`: the road area released by removing hoardings against the green area
 * released on idle plots, two bars on one square-metre axis (the same unit, so one axis is honest).
 */
import * as Plot from '@observablehq/plot';
import { color } from '../design/tokens.ts';
import { formatFigure } from '../text/format-number.ts';
import type { Enclosures } from '../schemas/enclosures.ts';
import { defineChart } from './chart-definition.ts';

interface Bar {
  label: string;
  value: number;
  detail: string;
  fill: string;
}

function bars(data: Enclosures): Bar[] {
  return [
    {
      label: '释放道路',
      value: data.road_area_released_m2,
      detail: `整治围挡${formatFigure(data.sites_rectified, '处')}`,
      fill: color('road'),
    },
    {
      label: '释放绿地',
      value: data.green_area_released_m2,
      detail: `${formatFigure(data.idle_plots_greened, '处')}闲置地块`,
      fill: color('green'),
    },
  ];
}

export const roadVsGreenArea = defineChart({
  id: 'road-vs-green-area',
  dataset: 'enclosures',
  title: () => '拆围之后：腾出的道路与绿地',
  reading: (data) =>
    `释放道路面积${formatFigure(data.road_area_released_m2, '平方米')}，另有${formatFigure(data.green_area_released_m2, '平方米')}绿地来自${data.idle_plots_greened}处闲置地块。`,
  describe: (data) =>
    `条形图，单位平方米。整治围挡${data.sites_rectified}处，释放道路面积${formatFigure(data.road_area_released_m2, '平方米')}；` +
    `${data.idle_plots_greened}处闲置地块改造成绿地或口袋公园，释放绿地面积${formatFigure(data.green_area_released_m2, '平方米')}。` +
    `按文中数字计算，道路面积约为绿地面积的${(data.road_area_released_m2 / data.green_area_released_m2).toFixed(1)}倍。` +
    `另有新民大街新增口袋公园${data.xinmin_pocket_parks_added}处，文章没有给出面积，也未说明是否计入上述闲置地块。`,
  table: (data) => ({
    columns: ['项目 item', '面积（平方米）area m²', '说明 note'],
    rows: [
      ...bars(data).map((bar) => [bar.label, bar.value, bar.detail]),
      [
        '新民大街新增口袋公园',
        '（文章未给出）',
        `${formatFigure(data.xinmin_pocket_parks_added, '处')}；未说明是否计入${formatFigure(data.idle_plots_greened, '处')}闲置地块`,
      ],
    ],
  }),
  note: (data) =>
    `另：新民大街新增口袋公园${data.xinmin_pocket_parks_added}处；文章未说明它们是否计入上述${data.idle_plots_greened}处闲置地块，故未并入图中。`,
  embedHeight: 490,
  plot: (data, { width }) => {
    const rows = bars(data);
    return {
      width,
      height: 170,
      marginLeft: 70,
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
          text: (d: Bar) => formatFigure(d.value, '平方米'),
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
