/**
 * Embeds across origins, as a partner site would use them: the host page is served from
 * 127.0.0.1 and the charts from 127.0.0.2. Through pym.js 1.3.2's Parent and through our
 * /embed.js, the iframe's height follows its content at 375 and 1024 px and after a width change;
 * a forged height message is ignored; the embed works inside sandbox="allow-scripts". The English
 * edition's codes (as `embedCodes` hands them out) load the English embed the same way.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { StaticServer } from '../../scripts/lib/static-server.ts';
import { CHARTS } from '../../src/charts/index.ts';
import { embedCodes } from '../../src/embed/urls.ts';
import { LANGS } from '../../src/text/lang.ts';
import { launchChromium, serveDist } from '../helpers/browser.ts';
import { ROOT } from '../helpers/temp-project.ts';

/** Any chart does: the first in the registry, at version 1 (every published dataset has one). */
const CHART = CHARTS[0]?.id ?? '';
let browser: Browser;
let charts: StaticServer;
let host: { url: string; close: () => void };

/** A partner site on another origin: pages built from the chart server's URL. */
function startHost(chartOrigin: string): Promise<{ url: string; close: () => void }> {
  const pym = readFileSync(path.join(ROOT, 'node_modules/pym.js/dist/pym.v1.min.js'));
  const page = (body: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Partner</title><style>body{margin:0;font:16px sans-serif}main{padding:8px}</style></head><body><main><h1>Partner article</h1>${body}<p>After the chart.</p></main></body></html>`;
  const english = embedCodes(chartOrigin, { id: CHART, title: 'Chart', embedHeight: 600 }, 1, 'en');
  const pages: Record<string, string> = {
    '/pym-en.html': page(`<script src="/pym.v1.min.js"></script>${english.pym}`),
    '/loader-en.html': page(english.loader),
    '/pym.html': page(
      `<div id="chart"></div><script src="/pym.v1.min.js"></script><script>window.pymParent = new pym.Parent('chart', '${chartOrigin}/embed/${CHART}/v1/', { title: 'Chart' });</script>`,
    ),
    '/pym-sandbox.html': page(
      `<div id="chart"></div><script src="/pym.v1.min.js"></script><script>new pym.Parent('chart', '${chartOrigin}/embed/${CHART}/v1/', { title: 'Chart', sandbox: 'allow-scripts' });</script>`,
    ),
    '/loader.html': page(
      `<div data-chart-embed="${CHART}" data-version="1" data-title="Chart"></div><iframe id="evil" title="evil" src="/evil.html" width="10" height="10"></iframe><script async src="${chartOrigin}/embed.js"></script>`,
    ),
    '/evil.html':
      '<!doctype html><title>evil</title><script>window.addEventListener("message", (e) => { if (e.data && e.data.forge) parent.postMessage(e.data.forge, "*"); });</script>',
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x').pathname;
    if (url === '/pym.v1.min.js') return void res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(pym);
    const body = pages[url];
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() });
    });
  });
}

beforeAll(async () => {
  charts = await serveDist('127.0.0.2');
  host = await startHost(charts.url);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await charts?.close();
  host?.close();
});

async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe[src*="/embed/"]');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no embed frame');
  await frame.waitForSelector('figure[data-chart]');
  return frame;
}

/** Waits until the iframe's height equals the embed's content height (±4 px) and returns both. */
async function settledHeights(page: Page, frame: Frame): Promise<{ iframe: number; content: number }> {
  let last = { iframe: 0, content: -100 };
  for (let i = 0; i < 50; i++) {
    const content = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    const iframe = await page.evaluate(
      () => document.querySelector<HTMLIFrameElement>('iframe[src*="/embed/"]')?.getBoundingClientRect().height ?? 0,
    );
    last = { iframe, content };
    if (Math.abs(iframe - content) <= 4) return last;
    await page.waitForTimeout(100);
  }
  return last;
}

describe.each([
  ['pym.js Parent', '/pym.html'],
  ['/embed.js loader', '/loader.html'],
  ['pym.js Parent with sandbox="allow-scripts"', '/pym-sandbox.html'],
  ['English pym.js code', '/pym-en.html'],
  ['English /embed.js code', '/loader-en.html'],
])('%s', (_name, pagePath) => {
  test('the iframe height matches its content at 375 and 1024 px and follows a width change', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(host.url + pagePath);
    const frame = await embedFrame(page);
    const narrow = await settledHeights(page, frame);
    expect(Math.abs(narrow.iframe - narrow.content)).toBeLessThanOrEqual(4);
    expect(narrow.content).toBeGreaterThan(150);

    await page.setViewportSize({ width: 1024, height: 800 });
    const wide = await settledHeights(page, frame);
    expect(Math.abs(wide.iframe - wide.content)).toBeLessThanOrEqual(4);
    expect(wide.content).not.toBe(narrow.content);

    await page.setViewportSize({ width: 375, height: 800 });
    const back = await settledHeights(page, frame);
    expect(Math.abs(back.iframe - back.content)).toBeLessThanOrEqual(4);
    await context.close();
  });
});

test.each([['/pym-en.html'], ['/loader-en.html']])('%s loads the English pinned embed', async (pagePath) => {
  const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
  await page.goto(host.url + pagePath);
  const frame = await embedFrame(page);
  expect(new URL(frame.url()).pathname).toBe(`/en/embed/${CHART}/v1/`);
  expect(await frame.evaluate(() => document.documentElement.lang)).toBe('en');
  await page.close();
});

test('the sandboxed embed runs its script with an opaque origin and still renders the chart', async () => {
  const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
  await page.goto(`${host.url}/pym-sandbox.html`);
  const sandbox = await page.getAttribute('iframe', 'sandbox');
  expect(sandbox).toBe('allow-scripts');
  const frame = await embedFrame(page);
  expect(await frame.evaluate(() => window.origin)).toBe('null');
  expect(await frame.locator('svg[role="img"]').first().isVisible()).toBe(true);
  await page.close();
});

test('/embed.js ignores a forged height message from another frame and out-of-range heights', async () => {
  const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
  await page.goto(`${host.url}/loader.html`);
  const frame = await embedFrame(page);
  const before = await settledHeights(page, frame);
  const childId = new URL((await page.getAttribute('iframe[src*="/embed/"]', 'src')) ?? '').searchParams.get('childId');
  expect(childId).toBeTruthy();
  const forged = `pymxPYMx${childId}xPYMxheightxPYMx2000`;
  // From another frame on the host page, which knows the child id.
  await page.evaluate(
    (forge) => document.querySelector<HTMLIFrameElement>('#evil')?.contentWindow?.postMessage({ forge }, '*'),
    forged,
  );
  // From the host page itself.
  await page.evaluate((forge) => window.postMessage(forge, '*'), forged);
  await page.waitForTimeout(400);
  const after = await page.evaluate(() => document.querySelector<HTMLIFrameElement>('iframe[src*="/embed/"]')?.height);
  expect(Number(after)).toBe(before.iframe);
  // The embed's own frame cannot make it absurd either.
  await frame.evaluate((msg) => window.parent.postMessage(msg, '*'), `pymxPYMx${childId}xPYMxheightxPYMx999999`);
  await frame.evaluate((msg) => window.parent.postMessage(msg, '*'), `pymxPYMx${childId}xPYMxheightxPYMx-5`);
  await page.waitForTimeout(300);
  expect(
    Number(await page.evaluate(() => document.querySelector<HTMLIFrameElement>('iframe[src*="/embed/"]')?.height)),
  ).toBe(before.iframe);
  await page.close();
});

test('/embed.js makes a titled, lazy iframe and never navigates the host page', async () => {
  const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
  await page.goto(`${host.url}/loader.html`);
  const iframe = page.locator('iframe[src*="/embed/"]');
  await expect.poll(() => iframe.count()).toBe(1);
  expect(await iframe.getAttribute('title')).toBe('Chart');
  expect(await iframe.getAttribute('loading')).toBe('lazy');
  const frame = await embedFrame(page);
  await frame.evaluate(
    (msg) => window.parent.postMessage(msg, '*'),
    'pymxPYMxanyxPYMxnavigateToxPYMxhttps://example.com/',
  );
  await page.waitForTimeout(300);
  expect(page.url()).toBe(`${host.url}/loader.html`);
  await page.close();
});

test('the plain <iframe> code is tall enough for the whole embed from 320 to 800 px wide, in every edition', async () => {
  const overflow: string[] = [];
  const page = await browser.newPage();
  for (const chart of CHARTS) {
    for (const lang of LANGS) {
      // One load per embed; the layout follows each viewport width without a reload.
      const embedHeight = chart.embedHeight[lang];
      await page.setViewportSize({ width: 320, height: embedHeight });
      await page.goto(`${charts.url}${lang === 'en' ? '/en' : ''}/embed/${chart.id}/v1/`);
      for (const width of [320, 375, 600, 800]) {
        await page.setViewportSize({ width, height: embedHeight });
        const height = await page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
        if (height > embedHeight) overflow.push(`${chart.id} (${lang}) at ${width} px: ${height} > ${embedHeight}`);
      }
    }
  }
  await page.close();
  expect(overflow).toEqual([]);
}, 120_000);
