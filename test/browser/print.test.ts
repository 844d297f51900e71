/**
 * Printing a story (Chromium's "save as PDF", `page.pdf()`), after its scripts have run: the PDF's
 * text holds every chart title (each scrollytelling state once per state, with its step's text),
 * every quote and every figure caption, read from the built page; site links print their full
 * address; the screen's interactive chrome (data-table disclosures, the slider hint) does not
 * print; before/after pairs stand side by side. The PDF and a print-media screenshot go to
 * test/screenshots/ for a person to look at.
 *
 * Chromium writes some glyphs that a CJK radical shares with an ideograph (长 and ⻓) into the PDF's
 * text layer as the radical, so texts are compared after NFKC (which maps the Kangxi radicals) with
 * a remaining radical standing for any ideograph, and without whitespace (PDF lines break anywhere).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, test } from 'vitest';
import { SLIDER_HINT } from '../../src/stories/picture-options.ts';
import { DESKTOP, DIST, SCREENSHOTS, useServedSite } from '../helpers/browser.ts';
import { STORIES } from '../helpers/site-pages.ts';

const site = useServedSite();

const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/gu, '');
/** A pattern for `text` in PDF text: an ideograph may come out as a CJK radical. */
function pdfPattern(text: string): RegExp {
  const chars = [...squeeze(text)].map((c) =>
    /\p{Script=Han}/u.test(c) ? `(?:${c}|[\u2E80-\u2EFF])` : c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'),
  );
  return new RegExp(chars.join(''), 'gu');
}
const occurrences = (pdf: string, text: string) => [...squeeze(pdf).matchAll(pdfPattern(text))].length;

const texts = (document: Document, selector: string) =>
  [...document.querySelectorAll(selector)].map((e) => (e.textContent ?? '').trim()).filter((t) => t !== '');

describe.each(STORIES)('printing %s', (story) => {
  const html = parseHTML(readFileSync(path.join(DIST, story, 'index.html'), 'utf8')).document;
  let pdf = '';
  let pairs: { before: DOMRect; after: DOMRect }[] = [];
  /** In print layout, each scrolly state and the step after it: shown, and where. */
  let stacked: { shown: boolean; sticky: boolean; top: number; bottom: number; stepTop: number }[] = [];

  beforeAll(async () => {
    const context = await site.browser.newContext(DESKTOP);
    const page = await context.newPage();
    await page.goto(site.url + story, { waitUntil: 'load' });
    if ((await page.locator('scrolly-story').count()) > 0) await page.waitForSelector('scrolly-story[data-ready]');
    const bytes = await page.pdf({ format: 'A4', printBackground: true });
    const name = story.replaceAll('/', '-').replace(/^-|-$/g, '');
    writeFileSync(path.join(SCREENSHOTS, `print-${name}.pdf`), bytes);
    pdf = (await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true })).text;
    await page.emulateMedia({ media: 'print' });
    pairs = await page.evaluate(() =>
      [...document.querySelectorAll('.ba-stage')].map((stage) => ({
        before: stage.querySelector('.ba-before')!.getBoundingClientRect().toJSON() as DOMRect,
        after: stage.querySelector('.ba-after')!.getBoundingClientRect().toJSON() as DOMRect,
      })),
    );
    stacked = await page.evaluate(() =>
      [...document.querySelectorAll('.scrolly-state')].map((state) => {
        const style = getComputedStyle(state);
        const box = state.getBoundingClientRect();
        const step = state.nextElementSibling?.matches('.scrolly-step') ? state.nextElementSibling : null;
        return {
          shown: style.visibility === 'visible' && style.opacity === '1' && style.display !== 'none',
          sticky: style.position === 'sticky',
          top: box.top,
          bottom: box.bottom,
          stepTop: step?.getBoundingClientRect().top ?? Number.NaN,
        };
      }),
    );
    await page.screenshot({ path: path.join(SCREENSHOTS, `print-${name}.png`), fullPage: true });
    await context.close();
  }, 120_000);

  test('every chart title, quote and figure caption of the page is in the PDF', () => {
    const titles = texts(html, '.chart-title, .scrolly-state__title');
    const quotes = texts(html, '.quote blockquote');
    const captions = texts(html, '.picture-caption__text');
    expect(titles.length, 'chart titles on the page').toBeGreaterThan(0);
    const missing = [...titles, ...quotes, ...captions].filter((text) => occurrences(pdf, text) === 0);
    expect(missing).toEqual([]);
  });

  test('every scrollytelling state prints, each with its step text', () => {
    const states = texts(html, '.scrolly-state__title');
    for (const title of new Set(states)) {
      const onPage = texts(html, '.chart-title, .scrolly-state__title').filter((t) => t === title).length;
      expect(occurrences(pdf, title), `"${title}" printed once per state`).toBeGreaterThanOrEqual(onPage);
    }
    // Laid out for print: every state shown, none sticky, each above its own step and below the one before.
    expect(stacked.length).toBe(states.length);
    stacked.forEach((state, i) => {
      expect(state.shown && !state.sticky, `state ${i} shown, not sticky`).toBe(true);
      expect(state.stepTop, `state ${i} above its step`).toBeGreaterThanOrEqual(state.bottom - 1);
      if (i > 0) expect(state.top, `state ${i} below step ${i - 1}`).toBeGreaterThan(stacked[i - 1]?.stepTop ?? 0);
    });
    const steps = texts(html, '.scrolly-step');
    expect(steps.filter((text) => occurrences(pdf, text) === 0)).toEqual([]);
  });

  test('site links print their full address; interactive chrome does not print', () => {
    const origin = new URL(html.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '').origin;
    const links = [...html.querySelectorAll('.data-versions a[href^="/"], .chart-credit a[href^="/"]')];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(occurrences(pdf, `(${origin}${link.getAttribute('href')})`)).toBeGreaterThan(0);
    expect(occurrences(pdf, '查看数据表')).toBe(0);
    expect(occurrences(pdf, SLIDER_HINT)).toBe(0);
  });

  test('before/after pictures stand side by side', () => {
    for (const { before, after } of pairs) {
      expect(Math.abs(before.top - after.top)).toBeLessThan(1);
      expect(after.left).toBeGreaterThanOrEqual(before.right - 1);
    }
  });
});
