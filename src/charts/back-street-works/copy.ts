/**
 * `back-street-works`'s words: title, reading, text alternative, table and note. Every figure is
 * named with its measure's label and unit from the schema, and with what one mark stands for.
 */
import type { BackStreets } from '../../schemas/back-streets.ts';
import type { ChartTable } from '../chart-definition.ts';
import { markCountText, panels, perMarkText, type Panel } from './panels.ts';

export function title(): string {
  return '背街小巷：两处工地完成了什么';
}

export function reading(): string {
  return '每项工作单独成组，按各自的单位计数：方格、短线和圆点不能互相比较大小。';
}

export function describe(data: BackStreets): string {
  const bySite = new Map<string, Panel[]>();
  for (const panel of panels(data)) bySite.set(panel.siteId, [...(bySite.get(panel.siteId) ?? []), panel]);
  const parts = [...bySite.values()].map((list) => {
    const first = list[0]!;
    const items = list
      .map((p) => `${p.measure.field.label}${p.text}（${perMarkText(p.measure, p.perMark)}，画成${markCountText(p)}）`)
      .join('；');
    return `${first.district}${first.siteName}：${items}。`;
  });
  return (
    `单位图，按工地分组，每项工作单独一组、各用自己的单位，不共用坐标轴。` +
    (parts.length > 0 ? parts.join('') : '没有可画的数字。')
  );
}

export function table(data: BackStreets): ChartTable {
  return {
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
      p.measure.field.label,
      p.value,
      p.measure.field.unit,
      p.text,
      perMarkText(p.measure, p.perMark),
    ]),
  };
}

export function note(data: BackStreets): string | undefined {
  const approximate = panels(data).find((p) => p.qualifier === 'more_than');
  return approximate
    ? `“余”表示文章只说“${approximate.text}”这类约数，没有给出确切数字；虚线空格只表示“还有一些”，不代表具体面积。`
    : undefined;
}
