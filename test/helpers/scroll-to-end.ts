/**
 * Reading a page to the end as a person would, so every lazy picture loads. On a busy machine the
 * scrolls can come faster than rendered frames, carrying a lazy picture past the viewport before the
 * browser ever saw it near, and it would never load: so any picture still waiting at the end is
 * brought into view once more, as a reader scrolling back would.
 */
import type { Page } from 'playwright-core';

/** Longest wait for the pictures once at the end; a picture that never loads still fails. */
export const PICTURES_WAIT_MS = 120_000;

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
  for (const i of skipped) {
    await page.evaluate((index) => document.images[index]?.scrollIntoView({ block: 'center' }), i);
    await page.waitForTimeout(pauseMs);
  }
  await page.waitForFunction(() => [...document.images].every((img) => img.complete), undefined, {
    timeout: PICTURES_WAIT_MS,
  });
}
