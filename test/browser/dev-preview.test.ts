/**
 * The editors' preview (`npm run dev`): saving a data file reloads the page; a bad edit shows the
 * same plain message in the terminal and in a banner above the last good page; fixing it clears it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium, PHONE } from '../helpers/browser.ts';
import { BUILDABLE, tempProject } from '../helpers/temp-project.ts';

const PORT = 4391;
let project: ReturnType<typeof tempProject>;
let server: ChildProcess;
let output = '';
let browser: Browser;

beforeAll(async () => {
  project = tempProject(BUILDABLE);
  // Start it as an editor would: without the variables the test runner sets (NODE_ENV=test, VITEST…).
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(NODE_ENV|VITEST.*|TEST|MODE|BASE_URL|DEV|PROD|SSR)$/.test(name)),
  );
  server = spawn(process.execPath, ['scripts/dev.ts'], { cwd: project.root, env: { ...env, PORT: String(PORT) } });
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

test('a bad data edit shows the report in the terminal and above the last good page', async () => {
  const page = await browser.newPage(PHONE);
  await page.goto(`http://localhost:${PORT}/changchun/`, { timeout: 60_000 });
  await expect.poll(() => page.locator('data.num').first().textContent(), { timeout: 60_000 }).toBeTruthy();
  expect(await page.locator('.editor-problems').count()).toBe(0);

  const file = path.join(project.root, 'data/enclosures/v1.json');
  const good = readFileSync(file, 'utf8');
  const reloaded = page.waitForEvent('load', { timeout: 30_000 });
  writeFileSync(file, good.replace('"sites_rectified": 636', '"sites_rectified": "636"'));
  await reloaded;

  const banner = page.locator('.editor-problems');
  await expect.poll(() => banner.count(), { timeout: 15_000 }).toBe(1);
  const message =
    'data/enclosures/v1.json › sites_rectified：应为非负整数 (expected a non-negative integer)，实际为 "636"';
  expect(await banner.textContent()).toContain(message);
  await expect.poll(() => output, { timeout: 10_000 }).toContain(message);
  // The page below is the last good one, not a crash screen.
  expect(await page.locator('h1').textContent()).toBe('拆掉围挡之后：长春把路和绿还给市民');
  expect(await page.locator('data.num[value="636"]').count()).toBeGreaterThan(0);

  const fixed = page.waitForEvent('load', { timeout: 30_000 });
  writeFileSync(file, good);
  await fixed;
  await expect.poll(() => page.locator('.editor-problems').count(), { timeout: 15_000 }).toBe(0);
  await page.close();
}, 120_000);

test('editing a draft updates the prose and the charts at once', async () => {
  const page = await browser.newPage(PHONE);
  const file = path.join(project.root, 'data/enclosures/v2.json');
  const draft = (sites: number): string => {
    const v1 = JSON.parse(readFileSync(path.join(project.root, 'data/enclosures/v1.json'), 'utf8')) as Record<
      string,
      unknown
    > & {
      sources: { sentences: Record<string, string> }[];
    };
    v1['version'] = 2;
    v1['note'] = '测试草稿 (test draft)';
    v1['sites_rectified'] = sites;
    const [source] = v1.sources;
    if (source) source.sentences['sites_rectified'] = `（测试用句子）截至7月11日，长春市整治围挡${sites}处。`;
    return `${JSON.stringify(v1, null, 2)}\n`;
  };
  try {
    writeFileSync(file, draft(700));
    await page.goto(`http://localhost:${PORT}/changchun/`, { timeout: 60_000 });
    const hoardingTitle = page.locator('[data-chart="hoarding-units"] svg title').first();
    await expect.poll(() => hoardingTitle.textContent(), { timeout: 30_000 }).toContain('700');
    const reloaded = page.waitForEvent('load', { timeout: 30_000 });
    writeFileSync(file, draft(800));
    await reloaded;
    await expect.poll(() => hoardingTitle.textContent(), { timeout: 30_000 }).toContain('800');
    expect(await page.locator('data.num[value="800"]').count()).toBeGreaterThan(0);
  } finally {
    rmSync(file, { force: true });
    await page.close();
  }
}, 120_000);

test('a broken reference in the text is explained above the page, not a half-rendered page', async () => {
  const page = await browser.newPage(PHONE);
  const file = path.join(project.root, 'content/stories/changchun.mdx');
  const good = readFileSync(file, 'utf8');
  try {
    writeFileSync(file, good.replace('<Quote id="wang-lei-traffic" />', '<Quote id="wang-lei-trafic" />'));
    await page.goto(`http://localhost:${PORT}/changchun/`, { timeout: 60_000 });
    const banner = page.locator('.editor-problems');
    await expect.poll(() => banner.textContent(), { timeout: 30_000 }).toContain('content/stories/changchun.mdx');
    expect(await banner.textContent()).toContain('wang-lei-trafic');
    expect(await page.locator('.story-body .editor-miss').textContent()).toContain('见上方提示');
    // The page is whole: it ends with the data versions and the closing tags.
    expect(await page.locator('.data-versions').count()).toBe(1);
    await expect.poll(() => output, { timeout: 10_000 }).toContain('wang-lei-trafic');
  } finally {
    writeFileSync(file, good);
    await page.close();
  }
}, 120_000);
