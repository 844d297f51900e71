/**
 * A story whose one scrollytelling section has many steps, built from the chart registry (every
 * chart state in turn, again from the start when there are fewer states than steps), so it holds
 * for whatever charts the project has.
 */
import { CHARTS } from '../../src/charts/index.ts';

/** How many steps the story has: more than any layout written for a fixed number would hold. */
export const MANY_STEPS = 14;

/** The chart and state of each of `count` steps. */
export function manySteps(count = MANY_STEPS): { chart: string; state?: string }[] {
  const all = CHARTS.flatMap((chart) =>
    chart.states?.length ? chart.states.map((state) => ({ chart: chart.id, state })) : [{ chart: chart.id }],
  );
  return Array.from({ length: count }, (_, i) => all[i % all.length] ?? { chart: CHARTS[0].id });
}

/** The `<Step>` elements of `count` steps, each with a sentence of its own, in Chinese or English. */
export function manyStepsMdx(count = MANY_STEPS, lang: 'zh' | 'en' = 'zh'): string {
  const sentence = (i: number, chart: string, state?: string) =>
    lang === 'en'
      ? `This is step ${i + 1}: chart ${chart}${state ? `, state ${state}` : ''}.`
      : `这是第${i + 1}步，图表 ${chart}${state ? ` 的 ${state} 状态` : ''}。`;
  return manySteps(count)
    .map(
      ({ chart, state }, i) =>
        `  <Step chart="${chart}"${state ? ` state="${state}"` : ''}>\n    ${sentence(i, chart, state)}\n  </Step>`,
    )
    .join('\n');
}

/** The whole MDX file: frontmatter, a sentence, the section, a closing sentence; `en` for its English edition. */
export function manyStepsStory(count = MANY_STEPS, lang: 'zh' | 'en' = 'zh'): string {
  if (lang === 'en')
    return `---
title: Scrollytelling test
dek: A scrollytelling section of ${count} steps.
description: A story for tests.
credit: Test desk
order: 99
---

A paragraph before the section.

<Scrolly label="Graphic: ${count} steps">
${manyStepsMdx(count, 'en')}
</Scrolly>

A paragraph after the section.
`;
  return `---
title: 滚动叙事测试
dek: 一个有${count}步的滚动叙事。
description: 测试用的故事。
credit: 测试
order: 99
---

滚动叙事之前的一段文字。

<Scrolly label="图解：${count}步">
${manyStepsMdx(count)}
</Scrolly>

滚动叙事之后的一段文字。
`;
}
