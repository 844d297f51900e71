/**
 * Our embed codes on a hostile partner page, with three truly separate origins on loopback:
 *
 * - the partner page on 127.0.0.1, which loads pym.js 1.3.2 from its own origin (never a CDN);
 * - ours, the built dist/, on 127.0.0.2;
 * - an attacker frame on 127.0.0.3, embedded in the partner page (an ad, a widget).
 *
 * The partner pastes the codes `embedCodes` hands out, made for the origin dist/ is served from.
 * The attacker knows everything public (the element id in the code, even the loader's child id)
 * and posts pym.js messages to the partner window: a 250,000 px height, a scroll far down the
 * page, and a navigation of the partner's top window to its own site. None may take effect,
 * through the pym.js code or through /embed.js, while our real embed still resizes its iframe.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';
import { embedCodes, type EmbedCodes } from '../../src/embed/urls.ts';
import { DIST, launchChromium, serveDist } from '../helpers/browser.ts';
import { ROOT } from '../helpers/temp-project.ts';

/** A chart as the built site lists it in /charts.json, with the codes it hands out for it. */
interface ListedChart {
  id: string;
  title: string;
  page: string;
  latest_version: number;
  embed_height: number;
  embed_codes: { pinned: EmbedCodes };
}
/** Any chart does: the first the built site lists, pinned at its latest version. */
const CHART = (JSON.parse(readFileSync(path.join(DIST, 'charts.json'), 'utf8')) as { charts: ListedChart[] })
  .charts[0] as ListedChart;
const VERSION = CHART.latest_version;
const EMBED = 'iframe[src*="/embed/"]';
/** Taller than any real embed; the attack asks for far more. */
const MAX_SANE_HEIGHT = 5000;

let browser: Browser;
let ours: StaticServer;
let partner: StaticServer;
let attacker: StaticServer;
let partnerDir: string;
let attackerDir: string;

/** A partner article: the embed code, a long text after it (so a scroll shows), and the attacker's frame. */
function partnerPage(embedCode: string, attackerOrigin: string, withPym: boolean): string {
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width,initial-scale=1"><title>Partner</title>',
    '<style>body{margin:0;font:16px sans-serif}main{padding:8px}.long{height:6000px}</style>',
    withPym ? '<script src="/pym.v1.min.js"></script>' : '',
    '</head><body><main><h1>Partner article</h1>',
    `<iframe id="ad" title="ad" src="${attackerOrigin}/ad.html" width="300" height="50"></iframe>`,
    embedCode,
    '<div class="long">After the chart.</div></main></body></html>',
  ].join('\n');
}

beforeAll(async () => {
  ours = await serveDist('127.0.0.2');
  attackerDir = mkdtempSync(path.join(tmpdir(), 'embed-attacker-'));
  writeFileSync(path.join(attackerDir, 'ad.html'), '<!doctype html><title>ad</title><p>ad</p>');
  writeFileSync(path.join(attackerDir, 'pwned.html'), '<!doctype html><title>pwned</title><p>pwned</p>');
  attacker = await startStaticServer({ root: attackerDir, host: '127.0.0.3' });

  const codes = embedCodes(ours.url, { id: CHART.id, title: CHART.title, embedHeight: CHART.embed_height }, VERSION);
  partnerDir = mkdtempSync(path.join(tmpdir(), 'embed-partner-'));
  copyFileSync(path.join(ROOT, 'node_modules/pym.js/dist/pym.v1.min.js'), path.join(partnerDir, 'pym.v1.min.js'));
  writeFileSync(path.join(partnerDir, 'pym.html'), partnerPage(codes.pym, attacker.url, true));
  writeFileSync(path.join(partnerDir, 'loader.html'), partnerPage(codes.loader, attacker.url, false));
  partner = await startStaticServer({ root: partnerDir, host: '127.0.0.1' });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([ours?.close(), partner?.close(), attacker?.close()]);
  for (const dir of [partnerDir, attackerDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

async function embedFrame(page: Page): Promise<Frame> {
  const frame = await (await page.waitForSelector(EMBED)).contentFrame();
  if (!frame) throw new Error('no embed frame');
  await frame.waitForSelector('figure[data-chart]');
  return frame;
}

function iframeHeight(page: Page): Promise<number> {
  return page.evaluate((selector) => document.querySelector(selector)?.getBoundingClientRect().height ?? 0, EMBED);
}

/** Waits until the iframe is as tall as the embed's content (±4 px) and returns both heights. */
async function settledHeights(page: Page, frame: Frame): Promise<{ iframe: number; content: number }> {
  let last = { iframe: 0, content: -100 };
  for (let i = 0; i < 50; i++) {
    const content = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    last = { iframe: await iframeHeight(page), content };
    if (Math.abs(last.iframe - content) <= 4) return last;
    await page.waitForTimeout(100);
  }
  return last;
}

/** The pym.js id the attacker targets: the Parent's element id, or the loader's child id in the iframe URL. */
async function pymId(page: Page, pagePath: string): Promise<string> {
  if (pagePath === '/pym.html') return `chart-${CHART.id}-v${VERSION}`;
  const src = (await page.getAttribute(EMBED, 'src')) ?? '';
  return new URL(src).searchParams.get('childId') ?? '';
}

test('the codes tested here are the ones the built site hands out, made for the origin it is served from', () => {
  const builtOrigin = new URL(CHART.page).origin;
  const chart = { id: CHART.id, title: CHART.title, embedHeight: CHART.embed_height };
  expect(CHART.embed_codes.pinned).toEqual(embedCodes(builtOrigin, chart, VERSION));
});

describe.each([
  ['the pym.js embed code', '/pym.html'],
  ['the /embed.js loader code', '/loader.html'],
])('%s on a partner page with a hostile frame', (_name, pagePath) => {
  test('our own embed still sizes its iframe to its content, at 375 and 1024 px', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(partner.url + pagePath);
    const frame = await embedFrame(page);
    const narrow = await settledHeights(page, frame);
    expect(Math.abs(narrow.iframe - narrow.content)).toBeLessThanOrEqual(4);
    expect(narrow.content).toBeGreaterThan(150);
    await page.setViewportSize({ width: 1024, height: 800 });
    // The embed reflows at the new width before the iframe can follow it.
    await expect
      .poll(() => frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height)))
      .not.toBe(narrow.content);
    const wide = await settledHeights(page, frame);
    expect(Math.abs(wide.iframe - wide.content)).toBeLessThanOrEqual(4);
    expect(wide.content).not.toBe(narrow.content);
    await context.close();
  });

  test('the attacker frame can neither resize our iframe, scroll nor navigate the partner page', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(partner.url + pagePath);
    const before = await settledHeights(page, await embedFrame(page));
    const id = await pymId(page, pagePath);
    expect(id).toBeTruthy();
    const ad = page.frames().find((frame) => frame.url().startsWith(attacker.url));
    if (!ad) throw new Error('the attacker frame did not load');
    expect(await ad.evaluate(() => window.origin)).toBe(attacker.url);

    const forge = (type: string, message: string) =>
      ad.evaluate((data) => window.parent.postMessage(data, '*'), `pymxPYMx${id}xPYMx${type}xPYMx${message}`);
    await forge('height', '250000');
    await forge('scrollToChildPos', '4000');
    await page.waitForTimeout(500);
    // Soft, so that a failure reports every attack that got through.
    const height = await iframeHeight(page);
    expect.soft(height, 'iframe height after the forged 250000').toBeLessThanOrEqual(MAX_SANE_HEIGHT);
    expect.soft(Math.abs(height - before.iframe)).toBeLessThanOrEqual(4);
    expect.soft(await page.evaluate(() => window.scrollY), 'partner scroll after the forged scroll').toBe(0);

    const pwned = `${attacker.url}/pwned.html`;
    await forge('navigateTo', pwned);
    const navigated = await page.waitForURL(pwned, { timeout: 1500 }).then(
      () => true,
      () => false,
    );
    expect(navigated, 'the partner page was navigated to the attacker').toBe(false);
    expect(page.url()).toBe(partner.url + pagePath);
    await context.close();
  });
});
