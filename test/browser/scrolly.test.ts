/**
 * The scrollytelling section as a reader meets it, in a story of many steps (one per chart state,
 * built in a copy of the project from the chart registry): on a 390×844 phone, a 360×640 phone and
 * a 1280×800 laptop the graphic follows every step down and back up, stays in one place, follows a
 * reload in the middle, a fast fling and a change of viewport height (the address bar); without
 * JavaScript every state stands right above its step; with reduced motion nothing animates. Every
 * test runs on each language edition of the story (content/stories/en/ holds the English one).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';
import { DESKTOP, launchChromium, PHONE, SCREENSHOTS, SMALL_PHONE } from '../helpers/browser.ts';
import { scrollToStep as bringStepUp } from '../helpers/reader-scroll.ts';
import { manyStepsStory, MANY_STEPS } from '../helpers/many-steps-story.ts';
import { BUILDABLE, runProjectScript, tempProject } from '../helpers/temp-project.ts';

const SLUG = 'many-steps';
/** The story in each edition; the tests below run on one, then the other. */
const EDITIONS = [
  ['zh', `/${SLUG}/`],
  ['en', `/en/${SLUG}/`],
] as const;
let STORY: string = EDITIONS[0][1];

let project: ReturnType<typeof tempProject>;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  project = tempProject(BUILDABLE);
  writeFileSync(path.join(project.root, 'content/stories', `${SLUG}.mdx`), manyStepsStory());
  mkdirSync(path.join(project.root, 'content/stories/en'), { recursive: true });
  writeFileSync(path.join(project.root, 'content/stories/en', `${SLUG}.mdx`), manyStepsStory(MANY_STEPS, 'en'));
  const build = runProjectScript(project.root, 'build-site.ts');
  if (build.code !== 0) throw new Error(`the copy with a ${MANY_STEPS}-step story did not build:\n${build.out}`);
  server = await startStaticServer({ root: path.join(project.root, 'dist') });
  browser = await launchChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  project?.cleanup();
});

async function open(options: BrowserContextOptions): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(server.url + STORY, { waitUntil: 'load' });
  await page.waitForSelector('scrolly-story[data-ready]');
  return page;
}

/** The active step index the page shows. */
function activeStep(page: Page): Promise<number> {
  return page.$eval('[data-scrolly]', (el) => Number(el.getAttribute('data-active-step')));
}

/** Which state figures are actually visible (opacity > 0.5 and visibility visible). */
function visibleStates(page: Page): Promise<number[]> {
  return page.$$eval('[data-state-index]', (figures) =>
    figures.flatMap((figure) => {
      const style = getComputedStyle(figure);
      return style.visibility === 'visible' && Number(style.opacity) > 0.5
        ? [Number(figure.getAttribute('data-state-index'))]
        : [];
    }),
  );
}

/** The step a reader is on, worked out independently: the last step whose top passed 60% of the viewport. */
function expectedStep(page: Page): Promise<number> {
  return page.$$eval('[data-step]', (steps) => {
    const line = window.innerHeight * 0.6;
    let index = 0;
    steps.forEach((step, i) => {
      if (step.getBoundingClientRect().top <= line) index = i;
    });
    return index;
  });
}

/** Where state `index`'s chart is drawn on the screen (the one of its two renderings CSS shows). */
function chartBox(page: Page, index: number): Promise<{ left: number; right: number }> {
  return page.$eval(`[data-state-index="${index}"]`, (figure) => {
    const shown = [...figure.querySelectorAll('.chart-svg')].find((svg) => getComputedStyle(svg).display !== 'none');
    const box = (shown ?? figure).getBoundingClientRect();
    return { left: box.left, right: box.right };
  });
}

/** The screen area state `index` is pinned to (its chart sits at its top on phones, centred on laptops). */
function statePlace(page: Page, index: number): Promise<string> {
  return page.$eval(`[data-state-index="${index}"]`, (figure) => {
    const box = figure.getBoundingClientRect();
    return [box.top, box.left, box.width, box.height].map(Math.round).join(' ');
  });
}

/** States whose box reaches outside the section, where it could cover what comes before or after. */
function statesOutside(page: Page): Promise<number[]> {
  return page.$eval('[data-scrolly]', (section) => {
    const bounds = section.getBoundingClientRect();
    return [...section.querySelectorAll('[data-state-index]')].flatMap((state, i) => {
      const box = state.getBoundingClientRect();
      return box.top < bounds.top - 0.5 || box.bottom > bounds.bottom + 0.5 ? [i] : [];
    });
  });
}

/** Scrolls step `index` to 45% of the viewport and pauses there, as a reader would. */
async function scrollToStep(page: Page, index: number): Promise<void> {
  await bringStepUp(page, index);
  await page.waitForTimeout(350);
}

async function settle(page: Page, expected: number): Promise<void> {
  await expect.poll(() => activeStep(page), { timeout: 3000 }).toBe(expected);
  await expect.poll(() => visibleStates(page), { timeout: 3000 }).toEqual([expected]);
}

describe.each(EDITIONS)('the %s edition', (lang, story) => {
  beforeAll(() => {
    STORY = story;
  });

  test('the page is in its edition', async () => {
    const page = await open(PHONE);
    expect(await page.getAttribute('html', 'lang')).toBe(lang === 'en' ? 'en' : 'zh-CN');
    await page.context().close();
  });

  test(`the story has ${MANY_STEPS} steps, each with its own state`, async () => {
    const page = await open(PHONE);
    expect(await page.locator('[data-step]').count()).toBe(MANY_STEPS);
    expect(await page.locator('[data-state-index]').count()).toBe(MANY_STEPS);
    await page.context().close();
  });

  describe.each([
    ['phone 390×844', PHONE],
    ['small phone 360×640', SMALL_PHONE],
    ['laptop 1280×800', DESKTOP],
  ])('%s', (name, device) => {
    test('the graphic follows every step down and back up, always in the same place', async () => {
      const page = await open(device);
      const places = new Set<string>();
      for (let i = 0; i < MANY_STEPS; i++) {
        await scrollToStep(page, i);
        await settle(page, i);
        // From the second step on the section fills the screen, and every state shows in one place.
        if (i > 0) places.add(await statePlace(page, i));
        expect(await statesOutside(page)).toEqual([]);
        const shot = path.join(SCREENSHOTS, `scrolly-${name.split(' ')[0]}-${device.viewport?.width}-step${i}.png`);
        if (i < 3 || i === MANY_STEPS - 1) await page.screenshot({ path: shot });
      }
      expect([...places]).toHaveLength(1);
      const [top, , , height] = [...places][0]?.split(' ').map(Number) ?? [];
      expect(top).toBe(0);
      expect(height).toBeGreaterThanOrEqual(device.viewport?.height ?? Infinity);
      // Past the end, the last state leaves with the section and covers nothing after it.
      await page.evaluate(() => {
        const bottom = document.querySelector('[data-scrolly]')?.getBoundingClientRect().bottom ?? 0;
        window.scrollBy(0, bottom - window.innerHeight * 0.4);
      });
      await page.waitForTimeout(350);
      expect(await statesOutside(page)).toEqual([]);
      for (let i = MANY_STEPS - 2; i >= 0; i--) {
        await scrollToStep(page, i);
        await settle(page, i);
        expect(await statesOutside(page)).toEqual([]);
      }
      await page.evaluate(() => window.scrollTo(0, 0));
      expect(await statesOutside(page)).toEqual([]);
      await page.context().close();
    }, 180_000);

    test('after the viewport height changes (address bar, rotation) the state is still right', async () => {
      const page = await open(device);
      await scrollToStep(page, 2);
      await settle(page, 2);
      const { width = 390, height = 844 } = device.viewport ?? {};
      await page.setViewportSize({ width, height: Math.round(height * 0.88) });
      await page.waitForTimeout(400);
      await settle(page, await expectedStep(page));
      await page.setViewportSize({ width: height, height: width });
      await page.waitForTimeout(400);
      await settle(page, await expectedStep(page));
      await page.context().close();
    });
  });

  test('a reload in the middle of the story restores the right state', async () => {
    const page = await open(PHONE);
    await scrollToStep(page, 2);
    await settle(page, 2);
    await page.reload({ waitUntil: 'load' });
    await page.waitForSelector('scrolly-story[data-ready]');
    await page.waitForTimeout(400);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    await settle(page, await expectedStep(page));
    expect(await activeStep(page)).toBe(2);
    await page.context().close();
  });

  test('a fast fling through the section ends on the right state', async () => {
    const page = await open(PHONE);
    await scrollToStep(page, 0);
    await settle(page, 0);
    const session = await page.context().newCDPSession(page);
    const start = await page.evaluate(() => window.scrollY);
    // Quick upward swipes, each in a handful of touch moves, as a thumb flicks through the steps.
    for (let swipe = 0; swipe < 4; swipe++) {
      await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: 200, y: 760 }] });
      for (let i = 1; i <= 4; i++)
        await session.send('Input.dispatchTouchEvent', {
          type: 'touchMove',
          touchPoints: [{ x: 200, y: 760 - i * 170 }],
        });
      await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    }
    await page.waitForTimeout(1200);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(start + 1500);
    const expected = await expectedStep(page);
    expect(expected).toBeGreaterThan(0);
    await settle(page, expected);
    // And straight back to the top of the section in one jump.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(400);
    await settle(page, 0);
    await page.context().close();
  });

  describe.each([
    ['phone', PHONE],
    ['laptop', DESKTOP],
  ])('without JavaScript, %s', (name, device) => {
    test('every chart state stands right above its step, in order', async () => {
      const page = await browser.newPage({ ...device, javaScriptEnabled: false });
      await page.goto(server.url + STORY);
      const figures = page.locator('[data-scrolly] [data-state-index] svg[role="img"]');
      let visible = 0;
      for (let i = 0; i < (await figures.count()); i++) if (await figures.nth(i).isVisible()) visible++;
      expect(visible).toBe(MANY_STEPS);
      // On the screen, top to bottom: state 0, step 0, state 1, step 1, …
      const order = await page.$$eval('[data-scrolly] [data-state-index], [data-scrolly] [data-step]', (elements) =>
        elements
          .map((el) => ({
            top: el.getBoundingClientRect().top,
            label: el.hasAttribute('data-step')
              ? `step ${[...document.querySelectorAll('[data-step]')].indexOf(el)}`
              : `state ${el.getAttribute('data-state-index')}`,
          }))
          .sort((a, b) => a.top - b.top)
          .map((e) => e.label),
      );
      expect(order).toEqual(Array.from({ length: MANY_STEPS }, (_, i) => [`state ${i}`, `step ${i}`]).flat());
      await page
        .locator('scrolly-story')
        .screenshot({ path: path.join(SCREENSHOTS, `scrolly-nojs-${name}-${lang}.png`) });
      await page.close();
    });
  });

  test('with reduced motion nothing animates', async () => {
    const page = await open({ ...PHONE, reducedMotion: 'reduce' });
    const durations = await page.$$eval('.scrolly-state', (els) =>
      els.map((el) => getComputedStyle(el).transitionDuration),
    );
    for (const duration of durations) expect(duration.split(',').every((d) => parseFloat(d) === 0)).toBe(true);
    await scrollToStep(page, 1);
    // Switched at once: no intermediate opacity.
    expect(await page.$eval('[data-state-index="1"]', (el) => getComputedStyle(el).opacity)).toBe('1');
    await page.context().close();
  });

  test('on a laptop the graphic sits beside the steps; on a phone behind them', async () => {
    // The second step's card, and the stacking level of its step.
    const card = (page: Page) =>
      page.evaluate(() => {
        const step = document.querySelectorAll('[data-step]')[1];
        const box = step?.querySelector('.scrolly-card')?.getBoundingClientRect();
        return {
          left: box?.left ?? NaN,
          right: box?.right ?? NaN,
          z: step ? Number(getComputedStyle(step).zIndex) : NaN,
        };
      });
    const laptop = await open(DESKTOP);
    await scrollToStep(laptop, 1);
    await settle(laptop, 1);
    expect((await chartBox(laptop, 1)).left).toBeGreaterThanOrEqual((await card(laptop)).right);
    await laptop.screenshot({ path: path.join(SCREENSHOTS, `scrolly-laptop-1280-${lang}.png`) });
    await laptop.context().close();

    const phone = await open(PHONE);
    await scrollToStep(phone, 1);
    await settle(phone, 1);
    const graphic = await chartBox(phone, 1);
    const step = await card(phone);
    expect(step.left < graphic.right && step.right > graphic.left).toBe(true);
    const stateZ = await phone.$eval('[data-state-index="1"]', (el) => Number(getComputedStyle(el).zIndex));
    expect(step.z).toBeGreaterThan(stateZ);
    await phone.context().close();
  });
});
