/**
 * The stories' MDX plugin, run as the site runs it (compiled by Sätteri with the plugin) and
 * evaluated with a runtime that records the props each component receives: a <Scrolly> gets its
 * steps as data and each <Step> its own slot, for any number of steps; a <Chart> gets a heading
 * level one below the nearest heading before it.
 */
import { pathToFileURL } from 'node:url';
import { evaluate } from 'satteri';
import { describe, expect, test } from 'vitest';
import { STORY_COMPONENT_NAMES } from '../../../src/stories/mdx-components.ts';
import { stepSlot } from '../../../src/stories/story-tree.ts';
import { storyMdxPlugin } from '../../../src/stories/story-mdx-plugin.ts';

interface Rendered {
  type: unknown;
  props: Record<string, unknown> & { children?: unknown };
}

const FRAGMENT = Symbol('Fragment');

/** Every element the compiled story renders, in document order, each with the props it was given. */
function render(source: string, file?: string): Rendered[] {
  const element = (type: unknown, props: unknown): Rendered => ({ type, props: props as Rendered['props'] });
  const result = evaluate(source, {
    Fragment: FRAGMENT,
    jsx: element,
    jsxs: element,
    mdastPlugins: [storyMdxPlugin],
    ...(file ? { fileURL: pathToFileURL(file) } : {}),
  });
  if (result instanceof Promise) throw new Error('the plugin is synchronous');
  const Content = result['default'] as (props: { components: Record<string, string> }) => Rendered;
  // Each story component renders as its name, so the tree shows who gets which props.
  const components = Object.fromEntries(STORY_COMPONENT_NAMES.map((name) => [name, name]));
  const all: Rendered[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null && 'props' in node) {
      all.push(node as Rendered);
      walk((node as Rendered).props.children);
    }
  };
  walk(Content({ components }));
  return all;
}

const named = (elements: Rendered[], name: string) => elements.filter((element) => element.type === name);

describe('chart heading levels follow the story’s headings', () => {
  test('h2 before any heading, then one below the nearest heading before the chart', () => {
    const source = [
      '<Chart id="a" />',
      '## 一',
      '<Chart id="b" />',
      '### 二',
      '<Chart id="c" />',
      '#### 三',
      '<Chart id="d" />',
      '##### 四',
      '<Chart id="e" />',
      '###### 五',
      '<Chart id="f" />',
      '## 六',
      '<Chart id="g" />',
    ].join('\n\n');
    const levels = named(render(source), 'Chart').map((chart) => [chart.props['id'], chart.props['headingLevel']]);
    expect(levels).toEqual([
      ['a', 2],
      ['b', 3],
      ['c', 4],
      ['d', 5],
      ['e', 6],
      ['f', 6],
      ['g', 3],
    ]);
  });

  test('a level typed by an editor gives way to the structure', () => {
    const [chart] = named(render('## 一\n\n<Chart id="a" headingLevel={5} />\n'), 'Chart');
    expect(chart?.props).toEqual({ id: 'a', headingLevel: 3, lang: 'zh' });
  });
});

describe('a Scrolly gets its steps as data and each Step its own slot', () => {
  test.each([1, 4, 14, 40])('%i steps, in order, with their text', (count) => {
    const steps = Array.from({ length: count }, (_, i) =>
      i % 3 === 0 ? { chart: `chart-${i}`, state: `state-${i}` } : { chart: `chart-${i}` },
    );
    const source = `<Scrolly label="图解">\n${steps
      .map((s) => `  <Step chart="${s.chart}"${s.state ? ` state="${s.state}"` : ''}>\n    第${s.chart}步\n  </Step>`)
      .join('\n')}\n</Scrolly>\n`;
    const rendered = render(source);
    const [scrolly] = named(rendered, 'Scrolly');
    expect(scrolly?.props['label']).toBe('图解');
    expect(scrolly?.props['steps']).toEqual(steps);
    const stepElements = named(rendered, 'Step');
    expect(stepElements.map((step) => step.props['slot'])).toEqual(steps.map((_, i) => stepSlot(i)));
    expect(stepElements.map((step) => step.props['chart'])).toEqual(steps.map((s) => s.chart));
    // The text stays in its step.
    const texts = stepElements.map((step) => JSON.stringify(step.props.children));
    texts.forEach((text, i) => expect(text).toContain(`第${steps[i]?.chart}步`));
  });

  test('written on one line, the section is read the same way', () => {
    const rendered = render(
      '<Scrolly label="x"><Step chart="a" state="s">一</Step><Step chart="b">二</Step></Scrolly>\n',
    );
    expect(named(rendered, 'Scrolly')[0]?.props['steps']).toEqual([{ chart: 'a', state: 's' }, { chart: 'b' }]);
    expect(named(rendered, 'Step').map((step) => step.props['slot'])).toEqual([stepSlot(0), stepSlot(1)]);
  });

  test('each section counts its own steps', () => {
    const section = (charts: string[]) =>
      `<Scrolly label="x">\n${charts.map((c) => `  <Step chart="${c}">t</Step>`).join('\n')}\n</Scrolly>`;
    const rendered = render(`${section(['a', 'b'])}\n\n## 中\n\n${section(['c', 'd', 'e'])}\n`);
    expect(named(rendered, 'Scrolly').map((s) => s.props['steps'])).toEqual([
      [{ chart: 'a' }, { chart: 'b' }],
      [{ chart: 'c' }, { chart: 'd' }, { chart: 'e' }],
    ]);
    expect(named(rendered, 'Step').map((step) => step.props['slot'])).toEqual([0, 1, 0, 1, 2].map((i) => stepSlot(i)));
  });
});

describe('components that print words are told the edition of their file', () => {
  const source = [
    '<Picture id="p" />',
    '文字<Num of="a.b" />。',
    '<Chart id="c" />',
    '<Quote id="q" />',
    '<BeforeAfter id="ba" />',
    '<Scrolly label="x">\n  <Step chart="a">一<Num of="a.c" /></Step>\n</Scrolly>',
    '',
  ].join('\n\n');
  const speaking = ['Picture', 'Num', 'Chart', 'Quote', 'BeforeAfter', 'Scrolly'];

  test.each([
    ['/site/content/stories/en/story.mdx', 'en'],
    ['/site/content/stories/story.mdx', 'zh'],
  ])('%s → %s, on every such component (a <Num> inside a <Step> too)', (file, lang) => {
    const rendered = render(source, file);
    const langs = rendered.filter((e) => speaking.includes(String(e.type))).map((e) => [e.type, e.props['lang']]);
    expect(langs).toEqual([
      ['Picture', lang],
      ['Num', lang],
      ['Chart', lang],
      ['Quote', lang],
      ['BeforeAfter', lang],
      ['Scrolly', lang],
      ['Num', lang],
    ]);
    expect(named(rendered, 'Step')[0]?.props['lang']).toBeUndefined();
  });
});
