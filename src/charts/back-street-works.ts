/**
 * `back-street-works`: the works reported at two back-street sites. Each measure has its own unit
 * (square metres, metres, covers), so each gets its own panel of unit marks — never one shared
 * axis: squares of 10 m² for paving and hedge (the same size in both panels), ticks of 1 m for
 * curbs, circles for manhole covers. Panels are grouped by site; a missing figure drops its panel.
 */
import * as Plot from '@observablehq/plot';
import { type ColorName, color } from '../design/tokens.ts';
import { formatFigure } from '../text/format-number.ts';
import type { BackStreets } from '../schemas/back-streets.ts';
import type { Qualifier } from '../schemas/fields.ts';
import { defineChart } from './chart-definition.ts';
import { gridRows, lineHeight, pixelFrame, textWidth, wrapLines } from './chart-layout.ts';

type Shape = 'square' | 'tick' | 'circle';

interface MeasureSpec {
  key: 'paving_m2' | 'curbs_m' | 'manhole_covers' | 'lilac_hedge_m2';
  label: string;
  unit: string;
  /** How much one mark stands for, and its unit ("每格10平方米"). */
  perMark: number;
  perMarkText: string;
  shape: Shape;
  color: ColorName;
}

/** The measures, in the order the article gives them. */
const MEASURES: readonly MeasureSpec[] = [
  {
    key: 'paving_m2',
    label: '方砖治理',
    unit: '平方米',
    perMark: 10,
    perMarkText: '每格10平方米',
    shape: 'square',
    color: 'road',
  },
  {
    key: 'curbs_m',
    label: '界石治理',
    unit: '米',
    perMark: 1,
    perMarkText: '每条竖线1米',
    shape: 'tick',
    color: 'road',
  },
  {
    key: 'manhole_covers',
    label: '井盖治理',
    unit: '座',
    perMark: 1,
    perMarkText: '每个圆点1座',
    shape: 'circle',
    color: 'road',
  },
  {
    key: 'lilac_hedge_m2',
    label: '补种小叶丁香绿篱',
    unit: '平方米',
    perMark: 10,
    perMarkText: '每格10平方米',
    shape: 'square',
    color: 'green',
  },
];

/** One measure at one site, as reported. */
interface Panel {
  siteId: string;
  siteName: string;
  district: string;
  spec: MeasureSpec;
  value: number;
  qualifier?: Qualifier;
  /** The value as the article writes it, e.g. "1300余平方米". */
  text: string;
  /** Marks drawn: value ÷ per-mark, possibly fractional (the last mark is then partial). */
  marks: number;
}

function panels(data: BackStreets): Panel[] {
  const out: Panel[] = [];
  for (const [siteId, site] of Object.entries(data.sites)) {
    for (const spec of MEASURES) {
      const field = site[spec.key];
      if (field === undefined) continue;
      const value = typeof field === 'number' ? field : field.value;
      const qualifier = typeof field === 'number' ? undefined : field.qualifier;
      out.push({
        siteId,
        siteName: site.name,
        district: site.district,
        spec,
        value,
        ...(qualifier ? { qualifier } : {}),
        text: formatFigure(value, spec.unit, qualifier),
        marks: value / spec.perMark,
      });
    }
  }
  return out;
}

/** The mark's name with its measure word: "个小方格", "条短竖线", "个圆点". */
function markNoun(spec: MeasureSpec): { word: string; noun: string } {
  if (spec.shape === 'square') return { word: '个', noun: '小方格' };
  if (spec.shape === 'tick') return { word: '条', noun: '短竖线' };
  return { word: '个', noun: '圆点' };
}

/** "55个小方格", with a partial last mark and the "余" outline when there are any. */
function markCountText(panel: Panel): string {
  const whole = Math.floor(panel.marks);
  const { word, noun } = markNoun(panel.spec);
  const partial = panel.marks > whole ? `，外加一${word}按比例缩短的${noun}` : '';
  const extra = panel.qualifier === 'more_than' ? '，后接一个虚线空格表示“余”，即文章未给出的零头' : '';
  return `${formatFigure(whole, word)}${noun}${partial}${extra}`;
}

interface Mark {
  panel: string;
  shape: Shape;
  color: ColorName;
  index: number;
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  cx: number;
  cy: number;
}

interface Label {
  x: number;
  y: number;
  text: string;
}

export const backStreetWorks = defineChart({
  id: 'back-street-works',
  dataset: 'back-streets',
  title: () => '背街小巷：两处工地完成了什么',
  reading: () => '每项工作单独成组，按各自的单位计数：方格、短线和圆点不能互相比较大小。',
  describe: (data) => {
    const bySite = new Map<string, Panel[]>();
    for (const panel of panels(data)) bySite.set(panel.siteId, [...(bySite.get(panel.siteId) ?? []), panel]);
    const parts = [...bySite.values()].map((list) => {
      const first = list[0]!;
      const items = list
        .map((p) => `${p.spec.label}${p.text}（${p.spec.perMarkText}，画成${markCountText(p)}）`)
        .join('；');
      return `${first.district}${first.siteName}：${items}。`;
    });
    return (
      `单位图，按工地分组，每项工作单独一组、各用自己的单位，不共用坐标轴。` +
      (parts.length > 0 ? parts.join('') : '没有可画的数字。')
    );
  },
  table: (data) => ({
    columns: [
      '地点 site',
      '区 district',
      '项目 item',
      '数值 value',
      '单位 unit',
      '原文写法 as written',
      '每个图形 per mark',
    ],
    rows: panels(data).map((p) => [
      p.siteName,
      p.district,
      p.spec.label,
      p.value,
      p.spec.unit,
      p.text,
      p.spec.perMarkText,
    ]),
  }),
  note: (data) =>
    panels(data).some((p) => p.qualifier === 'more_than')
      ? '“余”表示文章只说“1300余平方米”这类约数，没有给出确切数字；虚线空格只表示“还有一些”，不代表具体面积。'
      : undefined,
  embedHeight: 610,
  plot: (data, { width }) => {
    const narrow = width < 500;
    const columns = narrow ? 30 : 50;
    const cell = width / columns;
    const gap = Math.max(1.5, Math.round(cell * 0.2 * 10) / 10);
    const line = lineHeight();
    const all = panels(data);

    const marks: Mark[] = [];
    const outlines: Mark[] = [];
    const siteLabels: Label[] = [];
    const panelLabels: Label[] = [];
    const perMarkLabels: Label[] = [];
    const qualifierLabels: Label[] = [];
    const separators: number[] = [];
    let y = 4;
    let currentSite: string | undefined;
    for (const panel of all) {
      if (panel.siteId !== currentSite) {
        if (currentSite !== undefined) {
          separators.push(y + 4);
          y += 14;
        }
        currentSite = panel.siteId;
        const lines = wrapLines(`${panel.siteName}（${panel.district}）`, width);
        siteLabels.push({ x: 0, y, text: lines.join('\n') });
        y += lines.length * line + 6;
      }
      // Panel label: value in ink, the per-mark unit in muted after it (or on the next line).
      const label = `${panel.spec.label} ${panel.text}`;
      const labelWidth = textWidth(label) + 10;
      panelLabels.push({ x: 0, y, text: label });
      if (labelWidth + textWidth(panel.spec.perMarkText) <= width) {
        perMarkLabels.push({ x: labelWidth, y, text: panel.spec.perMarkText });
        y += line + 4;
      } else {
        perMarkLabels.push({ x: 0, y: y + line, text: panel.spec.perMarkText });
        y += 2 * line + 4;
      }
      const whole = Math.floor(panel.marks);
      const count = panel.marks > whole ? whole + 1 : whole;
      const extra = panel.qualifier === 'more_than' ? 1 : 0;
      for (let index = 0; index < count + extra; index++) {
        const x1 = (index % columns) * cell;
        const y1 = y + Math.floor(index / columns) * cell;
        const fraction = index < whole || index >= count ? 1 : panel.marks - whole;
        const size = cell - gap;
        const mark: Mark = {
          panel: `${panel.siteId}:${panel.spec.key}`,
          shape: panel.spec.shape,
          color: panel.spec.color,
          index,
          x1,
          x2: x1 + size * (panel.spec.shape === 'square' ? fraction : 1),
          y1: panel.spec.shape === 'tick' ? y1 + size * (1 - fraction) : y1,
          y2: y1 + size,
          cx: x1 + size / 2,
          cy: y1 + size / 2,
        };
        if (index < count) marks.push(mark);
        else {
          outlines.push(mark);
          qualifierLabels.push({ x: mark.x2 + 4, y: mark.cy, text: '余' });
        }
      }
      y += gridRows(count + extra, columns) * cell + 8;
    }
    const height = Math.ceil(y);

    const ofShape = (shape: Shape, markColor: ColorName): Mark[] =>
      marks.filter((m) => m.shape === shape && m.color === markColor);
    const colors = [...new Set(MEASURES.map((m) => m.color))];
    const textMark = (labels: Label[], options: Plot.TextOptions) =>
      Plot.text(labels, {
        x: 'x',
        y: 'y',
        text: 'text',
        textAnchor: 'start',
        lineAnchor: 'top',
        lineHeight: line / 13,
        ...options,
      });

    return {
      ...pixelFrame(width, height),
      marks: [
        Plot.ruleY(separators, {
          y: (d: number) => d,
          x1: 0,
          x2: width,
          stroke: color('rule'),
          className: 'mark-site-separators',
        }),
        textMark(siteLabels, { fontWeight: 700, fill: color('ink'), className: 'mark-sites' }),
        textMark(panelLabels, { fill: color('ink'), className: 'mark-panel-labels' }),
        textMark(perMarkLabels, { fill: color('muted'), className: 'mark-per-mark-units' }),
        ...colors.flatMap((c) => [
          Plot.rect(ofShape('square', c), {
            x1: 'x1',
            x2: 'x2',
            y1: 'y1',
            y2: 'y2',
            fill: color(c),
            className: `mark-squares-${c}`,
          }),
          Plot.ruleX(ofShape('tick', c), {
            x: 'cx',
            y1: 'y1',
            y2: 'y2',
            stroke: color(c),
            strokeWidth: 2,
            className: `mark-ticks-${c}`,
          }),
          Plot.dot(ofShape('circle', c), {
            x: 'cx',
            y: 'cy',
            r: (cell - gap) / 2,
            fill: color(c),
            className: `mark-circles-${c}`,
          }),
        ]),
        Plot.rect(outlines, {
          x1: 'x1',
          x2: 'x2',
          y1: 'y1',
          y2: 'y2',
          fill: 'none',
          stroke: color('muted'),
          strokeDasharray: '2 2',
          className: 'mark-more-than',
        }),
        Plot.text(qualifierLabels, {
          x: 'x',
          y: 'y',
          text: 'text',
          textAnchor: 'start',
          fill: color('muted'),
          className: 'mark-more-than-label',
        }),
      ],
    };
  },
});
