/**
 * The editors' preview (`npm run dev`): saving a data file reloads the page; a bad edit shows the
 * same plain message in the terminal and in a banner above the last good page; fixing it clears it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
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
