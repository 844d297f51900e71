/**
 * The editors' preview (`npm run dev`): saving a data file reloads the page; a bad edit shows the
 * same plain message in the terminal and in a banner above the last good page; fixing it clears it.
 * Every kind of editor mistake (data, MDX syntax, unknown component, bad prop, misspelt <Num>,
 * frontmatter, pictures.json) is explained by our banner and the terminal, never by Astro's overlay,
 * an "[ERROR]" line or a stack trace, and the page reloads by itself after the mistake and the fix.
 * The figure, the draft's version number and the misspelt reference are taken from whatever the
 * copy of the project holds.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CHARTS } from '../../src/charts/index.ts';
import { loadCatalog } from '../../src/data/catalog.ts';
import { launchChromium, PHONE } from '../helpers/browser.ts';
import { citedFigures, mentions, withNewFigure, type CitedFigure } from '../helpers/cited-figures.ts';
import { numReferences, readStories } from '../helpers/stories.ts';
import { BUILDABLE, tempProject } from '../helpers/temp-project.ts';

const PORT = 4391;
let project: ReturnType<typeof tempProject>;
let server: ChildProcess;
let output = '';
let browser: Browser;

/** The environment an editor starts the preview in: without what the test runner sets (NODE_ENV=test, VITEST…). */
const editorEnv = () =>
  Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(NODE_ENV|VITEST.*|TEST|MODE|BASE_URL|DEV|PROD|SSR)$/.test(name)),
  );

beforeAll(async () => {
  project = tempProject(BUILDABLE);
  server = spawn(process.execPath, ['scripts/dev.ts'], {
    cwd: project.root,
    env: { ...editorEnv(), PORT: String(PORT) },
  });
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const started = Date.now();
  while (!output.includes(`localhost:${PORT}`)) {
    if (Date.now() - started > 60_000) throw new Error(`dev server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  browser = await launchChromium();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
  project?.cleanup();
});

/** The first figure a story cites that a chart on the story page draws, and those charts. */
async function drawnFigure(page: Page): Promise<{ figure: CitedFigure; charts: string[] }> {
  for (const figure of citedFigures(project.root)) {
    await page.goto(`http://localhost:${PORT}${figure.story.urlPath}`, { timeout: 60_000 });
    await expect.poll(() => page.locator('data.num').first().textContent(), { timeout: 60_000 }).toBeTruthy();
    const shown = await page.$$eval('figure.chart[data-chart]', (figures) =>
      figures.map((f) => ({ id: f.getAttribute('data-chart') ?? '', text: f.textContent ?? '' })),
    );
    const ids = CHARTS.filter((c) => c.dataset === figure.dataset).map((c) => c.id);
    const charts = [
      ...new Set(shown.filter((s) => ids.includes(s.id) && mentions(s.text, figure.value)).map((s) => s.id)),
    ];
    if (charts.length > 0) return { figure, charts };
  }
  throw new Error('No story cites a figure that a chart on its page draws.');
}

/** The newest version of a dataset in the copy. */
const latestOf = (dataset: string) =>
  loadCatalog(project.root, { includeDrafts: false })
    .versions.get(dataset as never)
    ?.at(-1)?.version ?? 0;

test('a bad data edit shows the report in the terminal and above the last good page', async () => {
  const page = await browser.newPage(PHONE);
  const { figure } = await drawnFigure(page);
  expect(await page.locator('.editor-problems').count()).toBe(0);
  const heading = await page.locator('h1').textContent();

  const relative = `data/${figure.dataset}/v${latestOf(figure.dataset)}.json`;
  const file = path.join(project.root, relative);
  const good = readFileSync(file, 'utf8');
  const reloaded = page.waitForEvent('load', { timeout: 30_000 });
  // The figure typed with quotes: a number written as text.
  const quoted = good.replace(
    new RegExp(`("${figure.path.at(-1)}":\\s*)${figure.value}\\b`),
    (_match, key: string) => `${key}"${figure.value}"`,
  );
  expect(quoted).not.toBe(good);
  const since = output.length;
  writeFileSync(file, quoted);
  await reloaded;

  const banner = page.locator('.editor-problems');
  await expect.poll(() => banner.count(), { timeout: 15_000 }).toBe(1);
  const message = `${relative} › ${figure.field}：`;
  expect(await banner.textContent()).toContain(message);
  expect(await banner.textContent()).toContain(`实际为 "${figure.value}"`);
  await expect.poll(() => output, { timeout: 10_000 }).toContain(message);
  // The page below is the last good one, not a crash screen.
  expect(await page.locator('h1').textContent()).toBe(heading);
  expect(await page.locator(`data.num[value="${figure.value}"]`).count()).toBeGreaterThan(0);
  expect(await page.locator('vite-error-overlay').count()).toBe(0);
  for (const crash of CRASH_LINES) expect(output.slice(since)).not.toMatch(crash);

  const fixed = page.waitForEvent('load', { timeout: 30_000 });
  writeFileSync(file, good);
  await fixed;
  await expect.poll(() => page.locator('.editor-problems').count(), { timeout: 15_000 }).toBe(0);
  await page.close();
}, 180_000);

test('editing a draft updates the prose and the charts at once', async () => {
  const scout = await browser.newPage(PHONE);
  const { figure, charts } = await drawnFigure(scout);
  // A page that is open while the draft appears would reload under the test: start afresh.
  await scout.close();
  const page = await browser.newPage(PHONE);
  const latest = latestOf(figure.dataset);
  const file = path.join(project.root, `data/${figure.dataset}/v${latest + 1}.json`);
  const published = readFileSync(path.join(project.root, `data/${figure.dataset}/v${latest}.json`), 'utf8');
  const draft = (value: number): string => withNewFigure(published, figure, value, latest + 1, '测试草稿 (test draft)');
  const [first = 0, second = 0] = [figure.value + 64, figure.value + 164];
  try {
    writeFileSync(file, draft(first));
    await page.goto(`http://localhost:${PORT}${figure.story.urlPath}`, { timeout: 60_000 });
    const chart = page.locator(`figure.chart[data-chart="${charts[0]}"]`).first();
    await expect.poll(async () => mentions((await chart.textContent()) ?? '', first), { timeout: 30_000 }).toBe(true);
    const reloaded = page.waitForEvent('load', { timeout: 30_000 });
    writeFileSync(file, draft(second));
    await reloaded;
    await expect.poll(async () => mentions((await chart.textContent()) ?? '', second), { timeout: 30_000 }).toBe(true);
    expect(await page.locator(`data.num[value="${second}"]`).count()).toBeGreaterThan(0);
  } finally {
    rmSync(file, { force: true });
    await page.close();
  }
}, 180_000);

test('a broken reference in the text is explained above the page, not a half-rendered page', async () => {
  const page = await browser.newPage(PHONE);
  // The first component a story names by id, misspelt.
  const [story, tag = '', id = ''] = readStories(project.root).flatMap((s) => {
    const match = /<(Quote|Chart|Picture|BeforeAfter) id="([^"]+)"/.exec(s.mdx);
    return match ? [[s, match[0], match[2]] as const] : [];
  })[0] ?? [undefined];
  if (!story) throw new Error('No story names a component by id.');
  const file = path.join(project.root, story.file);
  const good = readFileSync(file, 'utf8');
  try {
    writeFileSync(file, good.replace(tag, tag.replace(`"${id}"`, `"${id}x"`)));
    await page.goto(`http://localhost:${PORT}${story.urlPath}`, { timeout: 60_000 });
    const banner = page.locator('.editor-problems');
    await expect.poll(() => banner.textContent(), { timeout: 30_000 }).toContain(story.file);
    expect(await banner.textContent()).toContain(`${id}x`);
    expect(await page.locator('.story-body .editor-miss').textContent()).toContain('见上方提示');
    // The page is whole: it ends with the data versions and the closing tags.
    expect(await page.locator('.data-versions').count()).toBe(1);
    await expect.poll(() => output, { timeout: 10_000 }).toContain(`${id}x`);
  } finally {
    writeFileSync(file, good);
    await page.close();
  }
}, 120_000);

/** Astro's and Vite's ways of saying something crashed, which an editor must never see. */
const CRASH_LINES = [/\[ERROR\]/, /unhandled error/i, /^\s+at .+[:(]\d+/m, /Stack trace/i];

/** Text with runs of white space made one space, to compare a banner's text with the terminal's. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Opens the story, saves `bad` into `relative`, and checks what the editor gets: the page reloads
 * by itself, shows our banner naming the file with `expected` (never Astro's overlay), keeps the
 * story's heading and whole frame, and the terminal prints the banner's words with no crash line.
 * `check` looks at the page body while the mistake is in place. Saving the good text back reloads
 * the page again and clears the banner.
 */
async function mistakeExplained(options: {
  story: { urlPath: string };
  relative: string;
  bad: (good: string) => string;
  expected: string;
  check: (page: Page) => Promise<void>;
}): Promise<void> {
  const page = await browser.newPage(PHONE);
  const file = path.join(project.root, options.relative);
  const good = readFileSync(file, 'utf8');
  const bad = options.bad(good);
  expect(bad).not.toBe(good);
  try {
    await page.goto(`http://localhost:${PORT}${options.story.urlPath}`, { timeout: 60_000 });
    expect(await page.locator('.editor-problems').count()).toBe(0);
    const heading = await page.locator('h1').textContent();
    const since = output.length;

    const reloaded = page.waitForEvent('load', { timeout: 30_000 });
    writeFileSync(file, bad);
    await reloaded;
    const banner = page.locator('.editor-problems');
    await expect
      .poll(async () => (await banner.count()) > 0 && squash((await banner.textContent()) ?? ''), {
        timeout: 30_000,
      })
      .toContain(options.expected);
    expect(await banner.textContent()).toContain(options.relative);
    expect(await page.locator('vite-error-overlay').count()).toBe(0);
    expect(await page.locator('h1').textContent()).toBe(heading);
    expect(await page.locator('.data-versions').count()).toBe(1);
    await options.check(page);

    // The terminal says the same, in the same words, and nothing that reads like a crash.
    const listed = squash((await banner.locator('li pre').first().textContent()) ?? '');
    await expect.poll(() => squash(output.slice(since)), { timeout: 10_000 }).toContain(listed);
    for (const crash of CRASH_LINES) expect(output.slice(since)).not.toMatch(crash);

    const fixed = page.waitForEvent('load', { timeout: 30_000 });
    writeFileSync(file, good);
    await fixed;
    await expect.poll(() => page.locator('.editor-problems').count(), { timeout: 30_000 }).toBe(0);
    expect(await page.locator('vite-error-overlay').count()).toBe(0);
    for (const crash of CRASH_LINES) expect(output.slice(since)).not.toMatch(crash);
  } finally {
    writeFileSync(file, good);
    await page.close();
  }
}

/** The plain notice the story page shows in place of text that cannot be rendered. */
async function textReplacedByNotice(page: Page): Promise<void> {
  expect(await page.locator('.story-body .editor-miss').textContent()).toContain('见上方提示');
  // Only data problems leave the page on "the last good" data; here the text itself is what is wrong.
  expect(await page.locator('.editor-problems').textContent()).not.toMatch(/last good|最后一次正确/);
}

/** `text` put on its own lines right after the story's frontmatter. */
const afterFrontmatter = (mdx: string, text: string) => mdx.replace(/^(---\n[\s\S]*?\n---\n)/, `$1\n${text}\n\n`);

const firstStory = () => {
  const story = readStories(project.root)[0];
  if (!story) throw new Error('The project has no story.');
  return story;
};

test('an MDX syntax error is explained in the banner and the terminal, not by Astro', async () => {
  const story = firstStory();
  await mistakeExplained({
    story,
    relative: story.file,
    // An expression opened and never closed, as when a brace is typed by mistake.
    bad: (good) => afterFrontmatter(good, '这句话里多了一个 { 括号'),
    expected: 'MDX 格式错误 (MDX syntax error)',
    check: textReplacedByNotice,
  });
}, 180_000);

test('an unknown component is explained in the banner and the terminal, not by Astro', async () => {
  const story = firstStory();
  await mistakeExplained({
    story,
    relative: story.file,
    bad: (good) => afterFrontmatter(good, '<Chartt id="x" />'),
    expected: '未知组件 Chartt (unknown component)',
    check: textReplacedByNotice,
  });
}, 180_000);

test('a misspelt <Num> is marked in place; the rest of the text stays on the page', async () => {
  const story = readStories(project.root).find((s) => numReferences(s.mdx).length > 1);
  if (!story) throw new Error('No story cites two facts with <Num>.');
  const reference = numReferences(story.mdx)[0] ?? '';
  await mistakeExplained({
    story,
    relative: story.file,
    bad: (good) => good.replace(`<Num of="${reference}"`, `<Num of="${reference}x"`),
    expected: `<Num of="${reference}x">`,
    check: async (page) => {
      expect(await page.locator('.story-body .editor-miss').first().textContent()).toContain('⚠');
      expect(await page.locator('.story-body').textContent()).not.toContain('见上方提示');
      expect(await page.locator('.story-body .num').count()).toBeGreaterThan(0);
      expect(await page.locator('.editor-problems').textContent()).not.toMatch(/last good|最后一次正确/);
    },
  });
}, 180_000);

test('a bad edit to content/pictures.json reloads the open page and is explained there', async () => {
  const story = firstStory();
  // A kind that does not exist, as when "illustration" is translated or misspelt.
  await mistakeExplained({
    story,
    relative: 'content/pictures.json',
    bad: (good) => good.replace(/("kind":\s*)"(photo|illustration)"/, '$1"drawing"'),
    expected: '应为 "photo"（照片）或 "illustration"（示意图）',
    check: textReplacedByNotice,
  });
  // A comma left out: the file is no longer JSON, so nothing but our check sees a change.
  await mistakeExplained({
    story,
    relative: 'content/pictures.json',
    bad: (good) => good.replace(/,(\s*"kind")/, '$1'),
    expected: '缺少英文逗号 , (expected a comma between items)',
    check: textReplacedByNotice,
  });
}, 240_000);

test('a bad prop (an id that does not exist) is explained in the banner and the terminal, not by Astro', async () => {
  // The first component a story names by id, misspelt.
  const [story, tag = '', id = ''] = readStories(project.root).flatMap((s) => {
    const match = /<(Quote|Chart|Picture|BeforeAfter) id="([^"]+)"/.exec(s.mdx);
    return match ? [[s, match[0], match[2]] as const] : [];
  })[0] ?? [undefined];
  if (!story) throw new Error('No story names a component by id.');
  await mistakeExplained({
    story,
    relative: story.file,
    bad: (good) => good.replace(tag, tag.replace(`"${id}"`, `"${id}x"`)),
    expected: `id="${id}x"`,
    check: textReplacedByNotice,
  });
}, 180_000);

test('a frontmatter mistake is explained in the banner and the terminal, with no loader error', async () => {
  const story = firstStory();
  await mistakeExplained({
    story,
    relative: story.file,
    // A misspelt setting name, as when "title" is typed by hand.
    bad: (good) => good.replace(/^(---\n(?:[\s\S]*?\n)?)title:/, '$1titel:'),
    expected: '未知字段，可能是拼写错误 (unknown field, perhaps a typo)',
    check: textReplacedByNotice,
  });
}, 180_000);

test('a preview that cannot start (a story setting breaks its schema) says why, in the editors words', async () => {
  const broken = tempProject(BUILDABLE);
  let child: ChildProcess | undefined;
  try {
    const story = readStories(broken.root)[0];
    if (!story) throw new Error('The project has no story.');
    const file = path.join(broken.root, story.file);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^(---\n(?:[\s\S]*?\n)?)title:/, '$1titel:'));
    child = spawn(process.execPath, ['scripts/dev.ts'], {
      cwd: broken.root,
      env: { ...editorEnv(), PORT: String(PORT + 1) },
    });
    let said = '';
    child.stdout?.on('data', (chunk: Buffer) => (said += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (said += chunk.toString()));
    // It must end by itself (a half-started server that keeps running looks to an editor like a hang).
    const running = child;
    const code = await new Promise<number | string | null>((resolve) => {
      running.on('exit', resolve);
      setTimeout(() => resolve('still running after 60 s'), 60_000);
    });
    expect(code).toBe(1);
    expect(said).toContain(`${story.file} › titel：未知字段，可能是拼写错误`);
    expect(said).toContain('预览没有启动');
    expect(said).not.toContain('内部错误');
    for (const crash of CRASH_LINES) expect(said).not.toMatch(crash);
  } finally {
    child?.kill();
    broken.cleanup();
  }
}, 120_000);
