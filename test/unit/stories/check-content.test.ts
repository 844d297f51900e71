/**
 * The content check on story components: the names come from the registry, a scrollytelling
 * section takes any number of steps and nothing but steps, and a component that renders a block
 * stands on its own lines. Every problem names the file, the line and a fix, Chinese first.
 */
import { describe, expect, test } from 'vitest';
import { CHARTS } from '../../../src/charts/index.ts';
import { checkStorySource } from '../../../src/stories/check-content.ts';
import { MDX_COMPONENTS, STORY_COMPONENT_NAMES } from '../../../src/stories/mdx-components.ts';
import { fixtureCatalog } from '../../helpers/fixture-catalog.ts';
import { manyStepsMdx } from '../../helpers/many-steps-story.ts';

const HEAD = '---\ntitle: t\ndek: d\ndescription: x\ncredit: c\n---\n\n';
/** The line of the first body line after HEAD. */
const FIRST_LINE = HEAD.split('\n').length;

const check = (body: string) => checkStorySource('content/stories/x.mdx', `${HEAD}${body}`, fixtureCatalog());
const messages = (body: string) => check(body).map((problem) => problem.message);

describe('the names', () => {
  test('every registered component is known to the check; another name is refused with the list', () => {
    for (const name of STORY_COMPONENT_NAMES) {
      expect(messages(`<${name} />\n`).filter((m) => m.includes('unknown component'))).toEqual([]);
    }
    const [unknown] = check('<Graph id="x" />\n');
    expect(unknown).toMatchObject({ file: 'content/stories/x.mdx', line: FIRST_LINE, path: '<Graph id="x">' });
    expect(unknown?.message).toMatch(/^未知组件 Graph .*\(unknown component\)$/);
    expect(unknown?.fix).toContain(STORY_COMPONENT_NAMES.join(', '));
  });
});

describe('a scrollytelling section', () => {
  test.each([1, 11, 14, 30])('takes %i steps', (count) => {
    expect(check(`<Scrolly label="图解">\n${manyStepsMdx(count)}\n</Scrolly>\n`)).toEqual([]);
  });

  test('needs at least one step', () => {
    const [problem, ...rest] = check('<Scrolly label="图解">\n</Scrolly>\n');
    expect(rest).toEqual([]);
    expect(problem?.message).toMatch(/^Scrolly 里至少要有一个 Step.*found 0\)$/);
    expect(problem?.fix).toBe(MDX_COMPONENTS.Scrolly.usage);
  });

  test('holds steps only: text between steps is named, with its line', () => {
    const problems = check(`<Scrolly label="图解">\n${manyStepsMdx(2)}\n  散落的文字\n</Scrolly>\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: FIRST_LINE, path: '<Scrolly label="图解">' });
    expect(problems[0]?.message).toMatch(/^Scrolly 里只能放 Step.*\(only Step elements go inside a Scrolly/);
  });

  test('a step sits directly inside it', () => {
    const outside = check('<Step chart="x">文字</Step>\n');
    expect(outside.map((p) => p.message)).toContainEqual(expect.stringMatching(/^Step 只能直接放在 Scrolly 里面/));
    const nested = messages(
      `<Scrolly label="图解">\n  > <Step chart="${CHARTS[0].id}">引文里的一步</Step>\n</Scrolly>\n`,
    );
    expect(nested).toContainEqual(expect.stringContaining('must be inside Scrolly, directly'));
  });

  test('written inside a sentence, it is told to stand on its own lines', () => {
    const problems = check(`见下图 <Scrolly label="图解"><Step chart="${CHARTS[0].id}">一</Step></Scrolly> 为止\n`);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^Scrolly 要单独占一段.*\(Scrolly must stand/),
    ]);
    expect(problems[0]?.fix).toMatch(/^前后各空一行/);
  });
});

describe('block components stand on their own lines', () => {
  const blocks = STORY_COMPONENT_NAMES.filter((name) => 'block' in MDX_COMPONENTS[name]);

  test('the registry marks the figures and sections as blocks', () => {
    expect(blocks.length).toBeGreaterThan(0);
    expect(blocks).not.toContain('Num');
  });

  test.each(blocks)('%s inside a sentence', (name) => {
    const problems = check(`前文 <${name} id="x" label="x" /> 后文\n`);
    const block = problems.find((p) => p.message.includes('must stand on its own lines'));
    expect(block).toMatchObject({ line: FIRST_LINE, column: 4 });
    expect(block?.message).toMatch(new RegExp(`^${name} 要单独占一段`));
  });

  test('a figure inside a sentence is fine', () => {
    expect(messages('共有 <Num of="x.y" /> 处。\n').filter((m) => m.includes('own lines'))).toEqual([]);
  });
});

describe('the frontmatter', () => {
  test.each([
    ['an empty file', ''],
    ['text without settings', '长春拆除围挡。\n'],
  ])('is required: %s is refused on line 1, with the fix', (_, source) => {
    const [problem, ...rest] = checkStorySource('content/stories/x.mdx', source, fixtureCatalog());
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/stories/x.mdx', line: 1 });
    expect(problem?.message).toMatch(/^故事开头缺少 .*\(the story has no frontmatter/);
    expect(problem?.fix).toContain('story:new');
  });

  test('a story with settings is not told it has none', () => {
    expect(messages('正文。\n').filter((m) => m.includes('no frontmatter'))).toEqual([]);
  });
});
