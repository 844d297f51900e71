/**
 * What the browser actually does on every page, with JavaScript on and off: no request leaves the
 * site's own origin, nothing fails to load, no console error and no Content-Security-Policy
 * violation. The story is scrolled to the end (lazy pictures, every scrollytelling state), its
 * data tables opened and a before/after slider moved by keyboard and by a tap.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DIST, PHONE, useServedSite } from '../helpers/browser.ts';
import { scrollToEnd } from '../helpers/reader-scroll.ts';
import { sitePages, STORIES, STORY } from '../helpers/site-pages.ts';

const PAGES = sitePages(DIST);

const site = useServedSite();

interface Watch {
  /** Requests to any origin but the site's. */
  foreign: string[];
  /** Failed loads, HTTP errors, console errors, uncaught exceptions. */
  errors: string[];
  /** CSP violations, from the page's own event (JS on) and from the browser's log (JS on and off). */
  csp: string[];
}

/** Opens a page in a new context and records everything the gate looks at from the first request. */
async function watchedPage(javaScriptEnabled: boolean): Promise<{ page: Page; watch: Watch }> {
  const context = await site.browser.newContext({ ...PHONE, javaScriptEnabled });
  const page = await context.newPage();
  const origin = new URL(site.url).origin;
  const watch: Watch = { foreign: [], errors: [], csp: [] };
  page.on('request', (request) => {
    const url = new URL(request.url());
    // data: and blob: URLs are read from the page itself, not fetched from anywhere.
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin)
      watch.foreign.push(request.url());
  });
  page.on('requestfailed', (request) => watch.errors.push(`failed ${request.url()}: ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) watch.errors.push(`HTTP ${response.status()} ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => watch.errors.push(`uncaught: ${error.message}`));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Log.enable');
  cdp.on('Log.entryAdded', ({ entry }) => {
    if (/Content.Security.Policy/i.test(entry.text)) watch.csp.push(`log: ${entry.text}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const list = ((window as unknown as { __csp?: string[] }).__csp ??= []);
      list.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return { page, watch };
}

async function pageViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []).catch(() => []);
}

/** Everything a reader does on the story: scroll to the end, open tables, move a slider. */
async function readStory(page: Page, javaScriptEnabled: boolean): Promise<void> {
  await scrollToEnd(page, { screens: 0.7, pauseMs: javaScriptEnabled ? 80 : 20 });
  await page.$$eval('details', (all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  // A story with a before/after slider: move it, by keys and by a tap.
  if (!javaScriptEnabled || (await page.locator('before-after').count()) === 0) return;
  await page.waitForSelector('before-after[data-ready]');
  const slider = page.locator('before-after input[type="range"]').first();
  await slider.focus();
  for (const key of ['ArrowRight', 'ArrowRight', 'End', 'Home', 'ArrowLeft']) await page.keyboard.press(key);
  const stage = page.locator('before-after .ba-stage').first();
  await stage.scrollIntoViewIfNeeded();
  const box = await stage.boundingBox();
  if (box) await page.touchscreen.tap(box.x + box.width * 0.3, box.y + box.height / 2);
  await page.waitForTimeout(200);
}

function report(urlPath: string, watch: Watch, violations: string[]): string {
  return [
    `${urlPath}:`,
    ...watch.foreign.map((url) => `  request to another origin: ${url}`),
    ...watch.errors.map((error) => `  ${error}`),
    ...[...watch.csp, ...violations].map((csp) => `  CSP: ${csp}`),
  ].join('\n');
}

describe.each([
  ['JavaScript on', true],
  ['JavaScript off', false],
])('%s', (_name, javaScriptEnabled) => {
  test.each(PAGES.map((p) => [p]))('%s: only its own origin, no errors, no CSP violations', async (urlPath) => {
    const { page, watch } = await watchedPage(javaScriptEnabled);
    await page.goto(site.url + urlPath, { waitUntil: 'load' });
    if (STORIES.includes(urlPath)) await readStory(page, javaScriptEnabled);
    await page.waitForLoadState('networkidle');
    const violations = await pageViolations(page);
    const requests = watch.foreign.length + watch.errors.length + watch.csp.length + violations.length;
    expect(requests, report(urlPath, watch, violations)).toBe(0);
    await page.context().close();
  });
});

describe('the watch itself', () => {
  /** The story with a picture from another origin and an inline style the CSP does not allow. */
  async function tampered(page: Page): Promise<void> {
    await page.route(`${site.url}${STORY}`, async (route) => {
      const response = await route.fetch();
      const extra = '<img alt="" src="http://127.0.0.9:9/pixel.png"><p style="color:red">x</p>';
      await route.fulfill({ response, body: (await response.text()).replace('</body>', `${extra}</body>`) });
    });
    await page.goto(site.url + STORY, { waitUntil: 'load' });
    await page.waitForTimeout(300);
  }

  test.each([
    ['JavaScript on', true],
    ['JavaScript off', false],
  ])('%s: sees a foreign request and a CSP violation when there are some', async (_name, javaScriptEnabled) => {
    const { page, watch } = await watchedPage(javaScriptEnabled);
    await tampered(page);
    expect(watch.foreign).toContain('http://127.0.0.9:9/pixel.png');
    const violations = await pageViolations(page);
    if (javaScriptEnabled) expect(violations.some((v) => v.startsWith('style-src'))).toBe(true);
    expect(watch.csp.length, 'the browser log reports the blocked inline style').toBeGreaterThan(0);
    await page.context().close();
  });
});
