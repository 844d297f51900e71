/**
 * Story files hold text, not code (issue 9): the content check refuses `import`/`export`, any
 * `{…}` expression (JSX hidden inside one included), raw HTML and JSX tags, spreads and code in
 * attributes, links that run script, and images from other sites, each with file, line and a
 * plain fix (Chinese first). Markdown, ordinary links to other sites and the story components with
 * the literal props they document still pass, and so do the shipped stories.
 */
import { describe, expect, test } from 'vitest';
import { checkStories, checkStorySource } from '../../../src/stories/check-content.ts';
import { loadCatalog } from '../../../src/data/catalog.ts';
import { fixtureCatalog } from '../../helpers/fixture-catalog.ts';
import { ROOT } from '../../helpers/temp-project.ts';

const HEAD = '---\ntitle: t\ndek: d\ndescription: x\ncredit: c\n---\n\n';
/** The line of the first body line after HEAD. */
const FIRST_LINE = HEAD.split('\n').length;
const FILE = 'content/stories/x.mdx';

const check = (body: string) => checkStorySource(FILE, `${HEAD}${body}`, fixtureCatalog());
/** Problems that are about code, HTML or unsafe addresses (not about references). */
const refused = (body: string) =>
  check(body).filter((p) =>
    /may not|not allowed|not a web address|not from this site|raw HTML|import or export/.test(p.message),
  );

/** Every refusal names the file and line, and speaks Chinese first, then English in brackets. */
function expectPlain(problems: ReturnType<typeof check>, line: number): void {
  expect(problems.length).toBeGreaterThan(0);
  for (const problem of problems) {
    expect(problem).toMatchObject({ file: FILE, line });
    expect(problem.message).toMatch(/^\p{Script=Han}.*\(.+\)$/u);
    expect(problem.fix).toMatch(/^\p{Script=Han}.*\(.+\)/u);
  }
}

describe('code is refused', () => {
  test('import and export, which read files of the build machine into the page', () => {
    const problems = refused('import {readFileSync} from "node:fs"\nexport const leaked = 1\n\n正文 {leaked}\n');
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^故事文件里不能写 import 或 export .*\(a story file may not import or export code\)$/),
      expect.stringMatching(/^故事文件里不能写 \{ … \} 代码/),
    ]);
    expect(problems[0]).toMatchObject({ line: FIRST_LINE, path: expect.stringContaining('import {readFileSync}') });
    expect(problems[1]).toMatchObject({ line: FIRST_LINE + 3, path: '{leaked}' });
  });

  test.each([
    ['a redirect', '{<meta http-equiv="refresh" content="0;url=https://evil.example/" />}'],
    ['a script', '{<script>alert(1)</script>}'],
    ['an iframe', '{<iframe src="https://evil.example/" />}'],
    ['an image with onError', '{<img src="x" onError={() => alert(1)} />}'],
    ['an svg with onload', '{<svg onload="alert(1)" />}'],
    ['a base', '{<base href="https://evil.example/" />}'],
    ['a form', '{<form action="https://evil.example/"><input name="p" /></form>}'],
    ['a plain expression in a sentence', '共有 {1 + 1} 处'],
    ['a comment', '{/* 注释 */}'],
  ])('JSX or code inside { … }: %s', (_name, body) => {
    const problems = refused(`${body}\n`);
    expectPlain(problems, FIRST_LINE);
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/^故事文件里不能写 \{ … \} 代码/)]);
    expect(problems[0]?.fix).toContain('&#123;');
  });

  test.each(['div', 'script', 'meta', 'iframe', 'img', 'a', 'svg', 'base', 'form'])(
    'a raw <%s> element, and not also as an unknown component',
    (tag) => {
      const problems = check(`<${tag}>文字</${tag}>\n\n一句 <${tag} /> 话\n`);
      expect(problems.map((p) => [p.line, p.path, p.message])).toEqual([
        [FIRST_LINE, `<${tag}>`, expect.stringMatching(new RegExp(`^故事文件里不能写 HTML 或 JSX 标签 <${tag}>`))],
        [FIRST_LINE + 2, `<${tag}>`, expect.stringMatching(/\(a story file may not hold raw HTML or JSX/)],
      ]);
      for (const problem of problems) expectPlain([problem], problem.line ?? 0);
    },
  );

  test('a fragment and a namespaced or member tag', () => {
    const problems = refused('<>文字</>\n\n<svg:script />\n\n<Num.x />\n');
    expect(problems.map((p) => [p.line, p.path])).toEqual([
      [FIRST_LINE, '<>'],
      [FIRST_LINE + 2, '<svg:script>'],
      [FIRST_LINE + 4, '<Num.x>'],
    ]);
  });

  test('a story component taking code, a spread or a string in braces', () => {
    const problems = refused(
      '<Num of="x.y" year={fetch("https://evil.example")} />\n\n<Quote id={"q"} />\n\n<Picture {...props} id="p" />\n\n<Num of="x.y" unit={1} />\n',
    );
    expect(problems.map((p) => [p.line, p.path])).toEqual([
      [FIRST_LINE, '<Num year={fetch("https://evil.example")}>'],
      [FIRST_LINE + 2, '<Quote id={"q"}>'],
      [FIRST_LINE + 4, '<Picture {...props}>'],
      [FIRST_LINE + 6, '<Num unit={1}>'],
    ]);
    expect(problems[0]?.fix).toMatch(/year=\{true\} 或 year=\{false\}/);
    expect(problems[1]?.fix).toMatch(/id="文字 text"/);
    for (const problem of problems) expect(problem.message).toMatch(/^.+ \(.+may not .+\)$/);
  });

  test('a switch or a number in quotes, which a component would read as text', () => {
    const problems = refused('<Num of="x.y" year="false" />\n\n<Picture id="p" lead="true" />\n\n<Num of="x.y" />\n');
    expect(problems.map((p) => [p.line, p.path])).toEqual([
      [FIRST_LINE, '<Num year="false">'],
      [FIRST_LINE + 2, '<Picture lead="true">'],
    ]);
    expect(problems[0]?.fix).toMatch(/year=\{true\} 或 year=\{false\}/);
    expectPlain(problems.slice(0, 1), FIRST_LINE);
  });
});

describe('addresses', () => {
  test.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(1)'],
    ['java\tscript:alert(1)'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['vbscript:msgbox(1)'],
    ['file:///etc/passwd'],
  ])('a link to %j is refused', (url) => {
    const inline = refused(`[点这里](<${url}>)\n`);
    expectPlain(inline, FIRST_LINE);
    expect(inline[0]?.message).toMatch(/\(the link target .* is not a web address/);
    // The same target through a reference definition.
    const byReference = refused(`[点这里][x]\n\n[x]: <${url}>\n`);
    expect(byReference.map((p) => p.line)).toEqual([FIRST_LINE + 2]);
  });

  test.each([
    ['https://evil.example/a.png'],
    ['//evil.example/a.png'],
    ['/\\evil.example/a.png'],
    ['data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+'],
    ['javascript:alert(1)'],
  ])('an image from %j is refused, inline and by reference', (url) => {
    const inline = refused(`![图](<${url}>)\n`);
    expectPlain(inline, FIRST_LINE);
    expect(inline.map((p) => p.message)).toEqual([expect.stringMatching(/\(the image .* is not from this site/)]);
    expect(inline[0]?.fix).toContain('content/pictures.json');
    const byReference = refused(`![图][p]\n\n[p]: <${url}>\n`);
    expect(byReference.map((p) => [p.line, p.message])).toEqual([
      [FIRST_LINE + 2, expect.stringMatching(/is not from this site/)],
    ]);
  });
});

describe('text still passes', () => {
  test('Markdown, links to other sites, and the components with their documented literal props', () => {
    const body = [
      '## 小标题',
      '',
      '**粗体**、*斜体*、`代码`、> 引文，还有[新华社](https://www.xinhuanet.com/)、[邮件](mailto:a@example.com)、[本站](/charts/)和[另一站](//example.com/)。',
      '',
      '- 列表',
      '- ![本站图片](/images/a.png)',
      '',
      '截至<Num of="x.y" year={false} unit={true} />，<Num of="x.y" unit />。',
      '',
      '<Picture id="p" lead />',
      '',
      '<Picture id="p" lead={false} />',
      '',
      '<Scrolly label="图解" offset={0.5}>',
      '  <Step chart="c">一</Step>',
      '</Scrolly>',
      '',
      '花括号写成 &#123;这样&#125;。',
      '',
    ].join('\n');
    expect(refused(body)).toEqual([]);
  });

  test('the shipped stories hold nothing the sandbox refuses', () => {
    const catalog = loadCatalog(ROOT, { includeDrafts: false });
    expect(checkStories(ROOT, catalog)).toEqual([]);
  });

  test('without a catalog (the data has problems) code is still refused, references are not looked up', () => {
    const problems = checkStorySource(FILE, `${HEAD}<Num of="no.such" />\n\n{leaked}\n`, undefined);
    expect(problems.map((p) => p.path)).toEqual(['{leaked}']);
  });
});
