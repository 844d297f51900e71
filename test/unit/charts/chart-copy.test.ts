/**
 * Every chart speaks both editions' languages, for the test data and for the data we ship (every
 * version, since pinned embeds show old ones): a title, a reading and a text alternative in each;
 * a note in both or in neither; the Chinese copy in Chinese, and the English copy, its table and
 * the words drawn in its SVGs free of Chinese. A Chinese word in the English edition is a missing
 * translation (usually a new or changed place name in the data: add it to src/charts/data-text-en.ts).
 */
import { describe, expect, test } from 'vitest';
import type { BoundChart, Chart } from '../../../src/charts/chart-definition.ts';
import { CHARTS } from '../../../src/charts/index.ts';
import { hoardingUnits } from '../../../src/charts/hoarding-units.ts';
import { loadCatalog, type Catalog } from '../../../src/data/catalog.ts';
import { CHART_WIDTHS } from '../../../src/render/render-chart.ts';
import { viewChart, viewOf } from '../../../src/render/chart-view.ts';
import { fixtureCatalog } from '../../helpers/fixture-catalog.ts';
import { fixtureView } from '../../helpers/svg-snapshot.ts';
import { ROOT } from '../../helpers/temp-project.ts';
import { asData, fixtureJson, parseSvg, shownText } from './chart-test-kit.ts';

const HAN = /\p{Script=Han}/u;

/** Every text a bound chart shows: copy, table and the words in its SVGs, each with where it is. */
function textsOf(chart: BoundChart): { where: string; text: string }[] {
  const states = [undefined, ...chart.states];
  const view = viewOf(chart);
  const texts = [
    { where: 'title', text: chart.title },
    { where: 'reading', text: chart.reading },
    ...(chart.note === undefined ? [] : [{ where: 'note', text: chart.note }]),
    ...states.map((state) => ({ where: `describe(${state ?? ''})`, text: chart.describe(state) })),
    ...chart.table.columns.map((text) => ({ where: 'table column', text })),
    ...chart.table.rows.flat().map((cell) => ({ where: 'table cell', text: String(cell) })),
  ];
  for (const width of Object.values(CHART_WIDTHS)) {
    for (const state of states) {
      for (const text of shownText(parseSvg(view.svg(width, state))))
        texts.push({ where: `SVG at ${width} px${state ? `, state ${state}` : ''}`, text });
    }
  }
  return texts;
}

/**
 * What is wrong with a chart's copy across the two languages, as editor messages (Chinese first):
 * an empty title, reading or description, a note in one language only, Chinese in the English
 * edition, or no Chinese in the Chinese one.
 */
function copyProblems(zh: BoundChart, en: BoundChart): string[] {
  const problems: string[] = [];
  const id = zh.id;
  for (const [lang, chart] of [
    ['zh', zh],
    ['en', en],
  ] as const) {
    for (const [where, text] of [
      ['title', chart.title],
      ['reading', chart.reading],
      ['describe', chart.describe()],
    ] as const) {
      if (text.trim() === '')
        problems.push(
          `图表 ${id} 的 ${lang} ${where} 是空的，请补上 (chart ${id} has an empty ${lang} ${where}: write it)`,
        );
    }
  }
  if ((zh.note === undefined) !== (en.note === undefined)) {
    const has = zh.note === undefined ? 'en' : 'zh';
    problems.push(
      `图表 ${id} 只有 ${has} 的注释，另一种语言缺少 (chart ${id} has a note in ${has} only: write it in the other language)`,
    );
  }
  for (const { where, text } of textsOf(en)) {
    if (HAN.test(text)) {
      problems.push(
        `图表 ${id} 的英文版（${where}）里有中文「${text}」：请在 src/charts/data-text-en.ts 或图表文案里补上英文 ` +
          `(chart ${id}'s English ${where} has Chinese in "${text}": add its English to src/charts/data-text-en.ts or the chart's copy)`,
      );
    }
  }
  for (const [where, text] of [
    ['title', zh.title],
    ['reading', zh.reading],
    ['describe', zh.describe()],
  ] as const) {
    if (!HAN.test(text))
      problems.push(`图表 ${id} 的中文 ${where} 不是中文：「${text}」 (chart ${id}'s Chinese ${where} is not Chinese)`);
  }
  return problems;
}

const catalogs: [string, Catalog][] = [
  ['test data', fixtureCatalog()],
  ['shipped data', loadCatalog(ROOT, { includeDrafts: true })],
];
const charts: readonly Chart[] = CHARTS;

describe('chart copy in both languages', () => {
  for (const [name, catalog] of catalogs) {
    const cases = charts.flatMap((chart) => chart.versions(catalog).map((version) => ({ chart, version })));
    test.each(cases.map(({ chart, version }) => [chart.id, version, chart] as const))(
      `${name}: %s v%i has every copy in Chinese and in English`,
      (_id, version, chart) => {
        const zh = viewChart(chart, catalog, version, 'zh');
        const en = viewChart(chart, catalog, version, 'en');
        expect(en.lang).toBe('en');
        expect(en.title).not.toBe(zh.title);
        expect(copyProblems(zh, en)).toEqual([]);
      },
    );
  }

  test('a data text without English is reported, naming the chart, the place and the fix, in both languages', () => {
    const json = fixtureJson('enclosures');
    const sites = json['sites'] as Record<string, { name: string }>;
    const renamed = {
      ...json,
      sites: { ...sites, 'tiebei-2nd-road': { ...sites['tiebei-2nd-road'], name: '铁北新路口' } },
    };
    const data = asData('enclosures', renamed);
    const problems = copyProblems(fixtureView(hoardingUnits, data, 'zh'), fixtureView(hoardingUnits, data, 'en'));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toContain('图表 hoarding-units 的英文版');
    expect(problems[0]).toContain('铁北新路口');
    expect(problems[0]).toContain('src/charts/data-text-en.ts');
    expect(problems[0]).toContain("chart hoarding-units's English");
  });
});
