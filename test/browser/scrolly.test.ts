/**
 * The scrollytelling section as a reader meets it: on a 390×844 phone, a 360×640 phone and a
 * 1280×800 laptop the graphic follows the step being read, scrolling down and back up, after a
 * reload in the middle, after a fast fling, and after the viewport changes height (the address bar);
 * without JavaScript every state stands with its text; with reduced motion nothing animates.
 */
import path from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DESKTOP, PHONE, SCREENSHOTS, SMALL_PHONE, useServedSite } from '../helpers/browser.ts';
import { scrollToStep as bringStepUp } from '../helpers/reader-scroll.ts';

const STORY = '/changchun/';

const site = useServedSite();

async function open(options: BrowserContextOptions): Promise<Page> {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  await page.goto(site.url + STORY, { waitUntil: 'load' });
  await page.waitForSelector('scrolly-story[data-ready]');
  return page;
}

/** The active step index the page shows. */
function activeStep(page: Page): Promise<number> {
  return page.$eval('[data-scrolly-graphic]', (el) => Number(el.getAttribute('data-active-step')));
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

/** Scrolls step `index` to 45% of the viewport and pauses there, as a reader would. */
async function scrollToStep(page: Page, index: number): Promise<void> {
  await bringStepUp(page, index);
  await page.waitForTimeout(350);
}

async function settle(page: Page, expected: number): Promise<void> {
  await expect.poll(() => activeStep(page), { timeout: 3000 }).toBe(expected);
  await expect.poll(() => visibleStates(page), { timeout: 3000 }).toEqual([expected]);
}

describe.each([
  ['phone 390×844', PHONE],
  ['small phone 360×640', SMALL_PHONE],
  ['laptop 1280×800', DESKTOP],
])('%s', (name, device) => {
  test('the graphic follows every step down and back up', async () => {
    const page = await open(device);
    const count = await page.locator('[data-step]').count();
    expect(count).toBeGreaterThanOrEqual(4);
    for (let i = 0; i < count; i++) {
      await scrollToStep(page, i);
      await settle(page, i);
      const shot = path.join(SCREENSHOTS, `scrolly-${name.split(' ')[0]}-${device.viewport?.width}-step${i}.png`);
      await page.screenshot({ path: shot });
    }
    for (let i = count - 2; i >= 0; i--) {
      await scrollToStep(page, i);
      await settle(page, i);
    }
    await page.context().close();
  });

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

test('without JavaScript every chart state stands with its step', async () => {
  const page = await site.browser.newPage({ ...PHONE, javaScriptEnabled: false });
  await page.goto(site.url + STORY);
  const figures = page.locator('[data-scrolly] [data-state-index] svg[role="img"]');
  const count = await page.locator('[data-step]').count();
  let visible = 0;
  for (let i = 0; i < (await figures.count()); i++) if (await figures.nth(i).isVisible()) visible++;
  expect(visible).toBe(count);
  // Each state sits directly above its step's text.
  const order = await page.$$eval('[data-scrolly] [data-state-index], [data-scrolly] [data-step]', (elements) =>
    elements
      .map((el) => ({ top: el.getBoundingClientRect().top, kind: el.hasAttribute('data-step') ? 'step' : 'state' }))
      .sort((a, b) => a.top - b.top)
      .map((e) => e.kind),
  );
  expect(order).toEqual(Array.from({ length: count }, () => ['state', 'step']).flat());
  // Every chart on the page is visible.
  const charts = page.locator('figure[data-chart] svg[role="img"]');
  for (let i = 0; i < (await charts.count()); i++) {
    const svg = charts.nth(i);
    const hiddenByDesign = await svg.evaluate((el) => getComputedStyle(el.parentElement as Element).display === 'none');
    if (!hiddenByDesign) expect(await svg.isVisible()).toBe(true);
  }
  await page.screenshot({ path: path.join(SCREENSHOTS, 'story-nojs-390.png'), fullPage: true });
  await page.close();
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
  const laptop = await open(DESKTOP);
  await scrollToStep(laptop, 1);
  const side = await laptop.evaluate(() => {
    const graphic = document.querySelector('[data-scrolly-graphic]')?.getBoundingClientRect();
    const step = document.querySelector('[data-step="1"] .scrolly-card')?.getBoundingClientRect();
    return graphic && step ? { graphicLeft: graphic.left, stepRight: step.right } : undefined;
  });
  expect(side && side.graphicLeft >= side.stepRight).toBe(true);
  await laptop.screenshot({ path: path.join(SCREENSHOTS, 'scrolly-laptop-1280.png') });
  await laptop.context().close();

  const phone = await open(PHONE);
  await scrollToStep(phone, 1);
  const behind = await phone.evaluate(() => {
    const graphic = document.querySelector('[data-scrolly-graphic]')?.getBoundingClientRect();
    const card = document.querySelector('[data-step="1"] .scrolly-card')?.getBoundingClientRect();
    return graphic && card
      ? {
          overlap: card.left < graphic.right && card.right > graphic.left,
          zGraphic: getComputedStyle(document.querySelector('[data-scrolly-graphic]') as Element).zIndex,
        }
      : undefined;
  });
  expect(behind?.overlap).toBe(true);
  await phone.context().close();
});
