/**
 * `back-street-works`'s words: title, reading, text alternative, table and note, in either edition's
 * language. Every figure is named with its measure's label and unit from the schema, and with what
 * one mark stands for.
 */
import { inSentence } from '../../text/sentence-case.ts';
import type { BackStreets } from '../../schemas/back-streets.ts';
import type { Lang } from '../../text/lang.ts';
import type { ChartTable } from '../chart-definition.ts';
import { markCountText, panels, perMarkText, type Panel } from './panels.ts';

export function title(_data: BackStreets, lang: Lang): string {
  return lang === 'en' ? 'Back streets: what two work sites finished' : '背街小巷：两处工地完成了什么';
}

export function reading(_data: BackStreets, lang: Lang): string {
  return lang === 'en'
    ? 'Each kind of work is a group of its own, counted in its own unit: squares, ticks and dots cannot be compared with each other.'
    : '每项工作单独成组，按各自的单位计数：方格、短线和圆点不能互相比较大小。';
}

export function describe(data: BackStreets, _state: string | undefined, lang: Lang): string {
  const en = lang === 'en';
  const bySite = new Map<string, Panel[]>();
  for (const panel of panels(data, lang)) bySite.set(panel.siteId, [...(bySite.get(panel.siteId) ?? []), panel]);
  const parts = [...bySite.values()].map((list) => {
    const first = list[0]!;
    if (en) {
      const items = list
        .map(
          (p) =>
            `${inSentence(p.measure.field.label_en)}: ${p.text} (${perMarkText(p.measure, p.perMark, lang)}, drawn as ${markCountText(p, lang)})`,
        )
        .join('; ');
      return `${first.siteName} (${first.district}): ${items}.`;
    }
    const items = list
      .map((p) => `${p.measure.field.label}${p.text}（${perMarkText(p.measure, p.perMark)}，画成${markCountText(p)}）`)
      .join('；');
    return `${first.district}${first.siteName}：${items}。`;
  });
  if (en) {
    return (
      'Unit chart grouped by site; each kind of work is a group of its own, in its own unit, with no shared axis. ' +
      (parts.length > 0 ? parts.join(' ') : 'There are no figures to draw.')
    );
  }
  return (
    `单位图，按工地分组，每项工作单独一组、各用自己的单位，不共用坐标轴。` +
    (parts.length > 0 ? parts.join('') : '没有可画的数字。')
  );
}

export function table(data: BackStreets, lang: Lang): ChartTable {
  return {
    columns:
      lang === 'en'
        ? ['Site', 'District', 'Item', 'Value', 'Unit', 'As the article puts it', 'Per mark']
        : [
            '地点 site',
            '区 district',
            '项目 item',
            '数值 value',
            '单位 unit',
            '原文写法 as written',
            '每个图形 per mark',
          ],
    rows: panels(data, lang).map((p) => [
      p.siteName,
      p.district,
      p.measure.field.labelIn(lang),
      p.value,
      p.measure.field.unitIn(lang),
      p.text,
      perMarkText(p.measure, p.perMark, lang),
    ]),
  };
}

export function note(data: BackStreets, lang: Lang): string | undefined {
  const approximate = panels(data, lang).find((p) => p.qualifier === 'more_than');
  if (!approximate) return undefined;
  return lang === 'en'
    ? `"More than" means the article gives only a round figure such as "${approximate.text}", not an exact one; the dashed empty square only says "and some more", not any particular area.`
    : `“余”表示文章只说“${approximate.text}”这类约数，没有给出确切数字；虚线空格只表示“还有一些”，不代表具体面积。`;
}
