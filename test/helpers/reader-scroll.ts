/**
 * Scrolling as a reader does: to a scrollytelling step, or to the end of the page.
 *
 * To the end, every lazy picture must load. On a busy machine the
 * scrolls can come faster than rendered frames, carrying a lazy picture past the viewport before the
 * browser ever saw it near, and it would never load: so any picture still waiting at the end is
 * brought into view once more, as a reader scrolling back would.
 */
import type { Page } from 'playwright-core';

/**
 * Longest wait for a step's state or for the pictures. On a 2-core machine with five pages checked at
 * once, Playwright's 30 s default is not always enough; something that never happens still fails.
 */
export const SLOW_WAIT_MS = 120_000;

/** Scrolls so step `index`'s top sits at 45% of the viewport, like a reader pausing on it. */
export async function scrollToStep(page: Page, index: number): Promise<void> {
  await page.evaluate((i) => {
    const step = document.querySelectorAll('[data-step]')[i];
    if (!step) throw new Error(`no step ${i}`);
    window.scrollTo(0, window.scrollY + step.getBoundingClientRect().top - window.innerHeight * 0.45);
  }, index);
}

/** Brings step `index` under the trigger line and waits until it is active and its state shows. */
export async function showStep(page: Page, index: number): Promise<void> {
  await scrollToStep(page, index);
  await page.waitForFunction(
    (i) =>
      document.querySelector('[data-scrolly]')?.getAttribute('data-active-step') === String(i) &&
      getComputedStyle(document.querySelector(`[data-state-index="${i}"]`) as Element).visibility === 'visible',
    index,
    { timeout: SLOW_WAIT_MS },
  );
}

/** Scrolls down by `screens` of the viewport at a time to the end, then waits for every picture. */
export async function scrollToEnd(page: Page, { screens = 0.8, pauseMs = 60 } = {}): Promise<void> {
  for (;;) {
    // Synchronous on purpose: with JavaScript off, the page never runs a frame callback of ours.
    const done = await page.evaluate((by) => {
      window.scrollBy(0, window.innerHeight * by);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    }, screens);
    await page.waitForTimeout(pauseMs);
    if (done) break;
  }
  const skipped = await page.evaluate(() =>
    [...document.images].flatMap((img, i) => (img.complete || !img.checkVisibility() ? [] : [i])),
  );
  // One at a time, each until it has loaded: bringing the next one into view too soon (before the
  // browser rendered a frame with this one near) would carry it away again on a busy machine.
  for (const i of skipped) {
    await page.evaluate((index) => document.images[index]?.scrollIntoView({ block: 'center' }), i);
    await page.waitForFunction((index) => document.images[index]?.complete !== false, i, { timeout: SLOW_WAIT_MS });
  }
  await page.waitForFunction(() => [...document.images].every((img) => img.complete), undefined, {
    timeout: SLOW_WAIT_MS,
  });
}
