/**
 * The pictures and the before/after slider as a phone reader meets them (390×844, touch): the
 * slider answers the keyboard and a tap, a vertical swipe that starts on it still scrolls the page,
 * a horizontal swipe moves it; nothing shifts when it upgrades; without JavaScript both pictures
 * stand with their labels and no slider; with reduced motion nothing animates. Screenshots go to
 * test/screenshots/ for a person to look at. The page is the first story with a before/after pair;
 * what to expect of each picture (illustration or photo, labels) is read from content/pictures.json.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { sliderValueText } from '../../src/components/BeforeAfter/slider-text.ts';
import type { PicturesFile } from '../../src/schemas/pictures.ts';
import { SLIDER_HINT, SLIDER_HINTS } from '../../src/stories/picture-options.ts';
import { PHONE, SCREENSHOTS, useServedSite } from '../helpers/browser.ts';
import { componentIds, readStories } from '../helpers/stories.ts';
import { ROOT } from '../helpers/temp-project.ts';

const story = readStories().find((s) => componentIds(s.mdx, 'BeforeAfter').length > 0);
if (!story) throw new Error('No story shows a <BeforeAfter> pair: these tests need one.');
const STORY = story.urlPath;
const PAIRS = [...new Set(componentIds(story.mdx, 'BeforeAfter'))];
/** Two pairs to try things on (the same one twice if the story has only one). */
const [FIRST = '', SECOND = FIRST] = PAIRS;
const PICTURES = JSON.parse(readFileSync(path.join(ROOT, 'content/pictures.json'), 'utf8')) as PicturesFile;
const kindOf = (id: string) => PICTURES.pictures.find((picture) => picture.id === id)?.kind;
const pairOf = (id: string) => {
  const found = PICTURES.pairs.find((p) => p.id === id);
  if (!found) throw new Error(`no pair ${id} in content/pictures.json`);
  return found;
};
/** The story's pictures: the lead (`<Picture … lead />`), if any, and how many are illustrations. */
const SHOWN = componentIds(story.mdx, 'Picture');
const LEAD = /<Picture id="([^"]+)"[^>]*\blead\b/.exec(story.mdx)?.[1];
let context: BrowserContext | undefined;

const site = useServedSite();

afterEach(async () => {
  await context?.close();
  context = undefined;
});

async function open(options: BrowserContextOptions = PHONE, init?: () => void, urlPath = STORY): Promise<Page> {
  context = await site.browser.newContext(options);
  const page = await context.newPage();
  if (init) await page.addInitScript(init);
  await page.goto(site.url + urlPath, { waitUntil: 'load' });
  return page;
}

function pair(page: Page, id: string): Locator {
  return page.locator(`[data-before-after="${id}"]`);
}

/** Scrolls the pair's pictures to the middle of the screen and waits until both have loaded. */
async function showPair(page: Page, id: string): Promise<void> {
  await page.evaluate((pairId) => {
    const stage = document.querySelector(`[data-before-after="${pairId}"] .ba-stage`);
    if (!stage) throw new Error(`no pair ${pairId}`);
    const box = stage.getBoundingClientRect();
    window.scrollTo(0, window.scrollY + box.top + box.height / 2 - window.innerHeight / 2);
  }, id);
  await page.waitForFunction(
    (pairId) =>
      [...document.querySelectorAll<HTMLImageElement>(`[data-before-after="${pairId}"] img`)].every(
        (img) => img.complete && img.naturalWidth > 0,
      ),
    id,
  );
}

const afterClip = (page: Page, id: string): Promise<string> =>
  pair(page, id)
    .locator('.ba-after')
    .evaluate((el) => getComputedStyle(el).clipPath);

const sliderValue = (page: Page, id: string): Promise<number> =>
  pair(page, id)
    .locator('input[type="range"]')
    .evaluate((el) => Number((el as HTMLInputElement).value));

describe('pictures on a 390×844 phone', () => {
  test('the lead picture loads at once, the others lazily, all with alt text and a fixed size', async () => {
    const page = await open();
    const images = await page.$$eval('.story-body figure.picture img, before-after img', (imgs) =>
      imgs.map((img) => {
        const pair = img.closest('[data-before-after]');
        const side = img.closest('.ba-before') ? 'before' : 'after';
        return {
          id:
            img.closest('[data-picture]')?.getAttribute('data-picture') ??
            `${pair?.getAttribute('data-before-after')}/${side}`,
          loading: img.getAttribute('loading'),
          fetchpriority: img.getAttribute('fetchpriority'),
          alt: img.getAttribute('alt') ?? '',
          width: img.getAttribute('width'),
          height: img.getAttribute('height'),
        };
      }),
    );
    expect(images).toHaveLength(SHOWN.length + 2 * componentIds(story.mdx, 'BeforeAfter').length);
    for (const image of images) {
      const [pairId, side] = image.id.split('/');
      const picture = side ? pairOf(pairId ?? '')[side as 'before' | 'after'].picture : image.id;
      // An illustration says so in its alt text; a photo describes what it shows.
      if (kindOf(picture) === 'illustration') expect(image.alt, picture).toMatch(/^示意图：/);
      else expect(image.alt.trim(), picture).not.toBe('');
      expect(Number(image.width)).toBeGreaterThan(0);
      expect(Number(image.height)).toBeGreaterThan(0);
      const lead = image.id === LEAD;
      expect(image.loading).toBe(lead ? 'eager' : 'lazy');
      expect(image.fetchpriority).toBe(lead ? 'high' : null);
    }
    // Chromium picks AVIF, at the width a 2× screen needs for a 358 px column.
    const first = page.locator(`[data-picture="${LEAD ?? SHOWN[0]}"] img`);
    if (SHOWN.length > 0) {
      await first.scrollIntoViewIfNeeded();
      await expect.poll(() => first.evaluate((img) => (img as HTMLImageElement).currentSrc)).toMatch(/\.avif$/);
    }
    const notices = await page.locator('figure.picture .picture-notice').allInnerTexts();
    expect(notices.length).toBe(SHOWN.filter((id) => kindOf(id) === 'illustration').length);
    for (const notice of notices) expect(notice).toBe('示意图，非实拍');
    if (LEAD)
      await page
        .locator(`[data-picture="${LEAD}"]`)
        .screenshot({ path: path.join(SCREENSHOTS, 'picture-lead-390.png') });
  });
});

describe('before/after slider on a 390×844 phone', () => {
  test('the keyboard moves it: arrows, Home and End set the value and the clip follows', async () => {
    const page = await open();
    await page.waitForSelector('before-after[data-ready]');
    const id = SECOND;
    await showPair(page, id);
    const range = pair(page, id).locator('input[type="range"]');
    await range.focus();
    expect(await sliderValue(page, id)).toBe(50);
    await expect.poll(() => afterClip(page, id)).toBe('inset(0px 0px 0px 50%)');
    const { before, after } = pairOf(id);
    const spoken = (value: number) => sliderValueText(value, before.label, after.label);
    expect(await range.getAttribute('aria-valuetext')).toBe(spoken(50));

    await page.keyboard.press('ArrowRight');
    expect(await sliderValue(page, id)).toBe(51);
    await expect.poll(() => afterClip(page, id)).toBe('inset(0px 0px 0px 51%)');

    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await sliderValue(page, id)).toBe(49);
    await expect.poll(() => afterClip(page, id)).toBe('inset(0px 0px 0px 49%)');

    await page.keyboard.press('Home');
    expect(await sliderValue(page, id)).toBe(0);
    await expect.poll(() => afterClip(page, id)).toBe('inset(0px 0px 0px 0%)');
    expect(await range.getAttribute('aria-valuetext')).toBe(spoken(0));

    await page.keyboard.press('End');
    expect(await sliderValue(page, id)).toBe(100);
    await expect.poll(() => afterClip(page, id)).toBe('inset(0px 0px 0px 100%)');
    expect(await range.getAttribute('aria-valuetext')).toBe(spoken(100));

    // The slider has a name a screen reader announces, from its visible label.
    expect(await range.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent)).toBe(SLIDER_HINT);

    await page.keyboard.press('Home');
    for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight');
    expect(await sliderValue(page, id)).toBe(30);
    await page.waitForTimeout(300);
    await pair(page, id).screenshot({ path: path.join(SCREENSHOTS, 'before-after-30-focused-390.png') });
  });

  test('a tap sets it, without dragging (WCAG 2.5.7)', async () => {
    const page = await open();
    await page.waitForSelector('before-after[data-ready]');
    const id = FIRST;
    await showPair(page, id);
    const box = await pair(page, id).locator('.ba-stage').boundingBox();
    if (!box) throw new Error('no stage');
    await page.touchscreen.tap(box.x + box.width * 0.25, box.y + box.height * 0.5);
    await expect.poll(() => sliderValue(page, id)).toBeGreaterThanOrEqual(22);
    expect(await sliderValue(page, id)).toBeLessThanOrEqual(28);
    await expect.poll(() => afterClip(page, id)).toMatch(/^inset\(0px 0px 0px 2\d%\)$/);
  });

  test('a vertical swipe that starts on the slider scrolls the page; a horizontal one moves the slider', async () => {
    const page = await open();
    await page.waitForSelector('before-after[data-ready]');
    const id = FIRST;
    await showPair(page, id);
    await page.waitForTimeout(300);
    const cdp = await page.context().newCDPSession(page);
    const box = await pair(page, id).locator('.ba-stage').boundingBox();
    if (!box) throw new Error('no stage');
    const swipe = async (from: { x: number; y: number }, to: { x: number; y: number }, steps = 15): Promise<void> => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from.x, y: from.y }] });
      for (let i = 1; i <= steps; i++) {
        const x = from.x + ((to.x - from.x) * i) / steps;
        const y = from.y + ((to.y - from.y) * i) / steps;
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
        await page.waitForTimeout(16);
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await page.waitForTimeout(600);
    };

    const scrollBefore = await page.evaluate(() => window.scrollY);
    const start = { x: box.x + box.width * 0.7, y: box.y + box.height * 0.8 };
    await swipe(start, { x: start.x, y: start.y - 300 });
    const scrollAfter = await page.evaluate(() => window.scrollY);
    expect(scrollAfter - scrollBefore).toBeGreaterThan(150);
    expect(await sliderValue(page, id)).toBe(50);

    // Back to the slider, then swipe sideways: the divider follows the finger.
    await showPair(page, id);
    await page.waitForTimeout(300);
    const stage = await pair(page, id).locator('.ba-stage').boundingBox();
    if (!stage) throw new Error('no stage');
    const y = stage.y + stage.height * 0.5;
    const scrollSideways = await page.evaluate(() => window.scrollY);
    await swipe({ x: stage.x + stage.width * 0.5, y }, { x: stage.x + stage.width * 0.85, y });
    expect(await sliderValue(page, id)).toBeGreaterThan(70);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollSideways);
  });

  test('on a laptop a mouse drag moves it and leaves the keyboard on it', async () => {
    const page = await open({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    await page.waitForSelector('before-after[data-ready]');
    const id = SECOND;
    await showPair(page, id);
    const box = await pair(page, id).locator('.ba-stage').boundingBox();
    if (!box) throw new Error('no stage');
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.5, { steps: 8 });
    await page.mouse.up();
    expect(await sliderValue(page, id)).toBe(20);
    await page.keyboard.press('ArrowRight');
    expect(await sliderValue(page, id)).toBe(21);
  });

  test('nothing shifts when the slider upgrades: the stage is one picture tall', async () => {
    const page = await open(PHONE, () => {
      const shifts: string[] = [];
      (window as unknown as { __shifts: string[] }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { sources?: { node?: Node }[] })[]) {
          for (const source of entry.sources ?? []) {
            const node = source.node;
            const el = node instanceof Element ? node : node?.parentElement;
            if (el?.closest('[data-before-after]')) shifts.push(el.className || el.tagName);
          }
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.waitForSelector('before-after[data-ready]');
    for (const id of PAIRS) {
      await showPair(page, id);
      const sizes = await pair(page, id).evaluate((el) => {
        const stage = el.querySelector('.ba-stage')?.getBoundingClientRect();
        const imgs = [...el.querySelectorAll('img')].map((img) => img.getBoundingClientRect());
        return { stage: stage?.height ?? 0, imgs: imgs.map((r) => ({ top: r.top, height: r.height, width: r.width })) };
      });
      expect(sizes.imgs).toHaveLength(2);
      expect(sizes.imgs[0]?.top).toBeCloseTo(sizes.imgs[1]?.top ?? -1, 0);
      expect(sizes.stage).toBeCloseTo(sizes.imgs[0]?.height ?? -1, 0);
      expect(sizes.imgs[0]?.width).toBeCloseTo(358, 0);
    }
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts)).toEqual([]);
    await showPair(page, FIRST);
    await page.waitForTimeout(200);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'before-after-50-390.png') });
  });

  test('without JavaScript both pictures stand stacked, each with its label, and there is no slider', async () => {
    const page = await open({ ...PHONE, javaScriptEnabled: false });
    for (const id of PAIRS) {
      await page.locator(`[data-before-after="${id}"] .ba-after img`).scrollIntoViewIfNeeded();
      await page.waitForFunction(
        (pairId) =>
          [...document.querySelectorAll<HTMLImageElement>(`[data-before-after="${pairId}"] img`)].every(
            (img) => img.complete && img.naturalWidth > 0,
          ),
        id,
      );
      const panes = await pair(page, id)
        .locator('.ba-pane')
        .evaluateAll((els) =>
          els.map((el) => {
            const img = el.querySelector('img')?.getBoundingClientRect();
            const label = el.querySelector('.ba-label');
            return {
              img: img ? { top: img.top, bottom: img.bottom, width: img.width, height: img.height } : null,
              clip: getComputedStyle(el).clipPath,
              label: label?.textContent,
              labelVisible: label
                ? getComputedStyle(label).visibility === 'visible' && label.getBoundingClientRect().width > 0
                : false,
            };
          }),
        );
      expect(panes.map((p) => p.label)).toEqual([pairOf(id).before.label, pairOf(id).after.label]);
      for (const pane of panes) {
        expect(pane.clip).toBe('none');
        expect(pane.labelVisible).toBe(true);
        expect(pane.img?.height).toBeGreaterThan(100);
      }
      // Stacked on a phone: the "after" picture starts below the "before" one.
      expect(panes[1]?.img?.top).toBeGreaterThanOrEqual(panes[0]?.img?.bottom ?? Infinity);
      expect(await pair(page, id).locator('input[type="range"]').isVisible()).toBe(false);
      expect(await pair(page, id).locator('.ba-hint').isVisible()).toBe(false);
      expect(await pair(page, id).locator('.ba-divider').isVisible()).toBe(false);
    }
    await pair(page, SECOND).screenshot({ path: path.join(SCREENSHOTS, 'before-after-no-js-390.png') });
  });

  test('without JavaScript on a wider screen the pictures stand side by side', async () => {
    const page = await open({ viewport: { width: 800, height: 900 }, javaScriptEnabled: false, locale: 'zh-CN' });
    const id = FIRST;
    await page.locator(`[data-before-after="${id}"] .ba-stage`).scrollIntoViewIfNeeded();
    const tops = await pair(page, id)
      .locator('.ba-pane img')
      .evaluateAll((imgs) =>
        imgs.map((img) => img.getBoundingClientRect()).map((r) => ({ top: r.top, left: r.left, right: r.right })),
      );
    expect(tops[0]?.top).toBeCloseTo(tops[1]?.top ?? -1, 0);
    expect(tops[1]?.left).toBeGreaterThan(tops[0]?.right ?? Infinity);
  });

  test('with reduced motion nothing on the slider has a transition', async () => {
    const transitions = async (page: Page): Promise<string[]> =>
      pair(page, FIRST)
        .locator('.ba-after, .ba-divider')
        .evaluateAll((els) => els.map((el) => getComputedStyle(el).transitionDuration));
    const moving = await open();
    await moving.waitForSelector('before-after[data-ready]');
    expect((await transitions(moving)).some((d) => d !== '0s')).toBe(true);
    await context?.close();

    const still = await open({ ...PHONE, reducedMotion: 'reduce' });
    await still.waitForSelector('before-after[data-ready]');
    expect(await transitions(still)).toEqual(['0s', '0s']);
  });

  test('the element cleans up when removed and upgrades again when put back', async () => {
    const page = await open();
    await page.waitForSelector('before-after[data-ready]');
    const result = await page.evaluate((pairId) => {
      const el = document.querySelector(`[data-before-after="${pairId}"]`);
      if (!el) throw new Error('no pair');
      const parent = el.parentElement;
      const next = el.nextSibling;
      el.remove();
      const detached = el.hasAttribute('data-ready');
      parent?.insertBefore(el, next);
      return { detached, reattached: el.hasAttribute('data-ready') };
    }, FIRST);
    expect(result).toEqual({ detached: false, reattached: true });
  });
});

/** The other editions of the story with the pairs, e.g. /en/changchun/. */
const EDITIONS = readStories().filter(
  (s) => s.slug === story.slug && s.lang !== story.lang && componentIds(s.mdx, 'BeforeAfter').includes(FIRST),
);

describe.each(EDITIONS.map((edition) => [edition.urlPath, edition] as const))(
  'the slider in %s',
  (urlPath, edition) => {
    const label = (side: { label: string; label_en: string }) => (edition.lang === 'en' ? side.label_en : side.label);

    test('speaks, labels and names itself in the edition’s language, and the keyboard moves it', async () => {
      const page = await open(PHONE, undefined, urlPath);
      await page.waitForSelector('before-after[data-ready]');
      await showPair(page, FIRST);
      const range = pair(page, FIRST).locator('input[type="range"]');
      const { before, after } = pairOf(FIRST);
      const spoken = (value: number) => sliderValueText(value, label(before), label(after), edition.lang);
      expect(await range.getAttribute('aria-valuetext')).toBe(spoken(50));
      await range.focus();
      await page.keyboard.press('Home');
      expect(await sliderValue(page, FIRST)).toBe(0);
      expect(await range.getAttribute('aria-valuetext')).toBe(spoken(0));
      expect(spoken(0)).not.toBe(sliderValueText(0, before.label, after.label));
      expect(await range.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent)).toBe(
        SLIDER_HINTS[edition.lang],
      );
      expect(await pair(page, FIRST).locator('.ba-label').allTextContents()).toEqual([label(before), label(after)]);
    });

    test('without JavaScript both pictures stand stacked with the edition’s labels', async () => {
      const page = await open({ ...PHONE, javaScriptEnabled: false }, undefined, urlPath);
      const labels = await pair(page, FIRST).locator('.ba-label').allTextContents();
      expect(labels).toEqual([label(pairOf(FIRST).before), label(pairOf(FIRST).after)]);
      expect(await pair(page, FIRST).locator('input[type="range"]').isVisible()).toBe(false);
    });
  },
);
