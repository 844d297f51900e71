/**
 * Chinese line breaking as a reader on a small phone (360 px) sees it: in the headline, the
 * standfirst, chart titles and readings, scrolly titles and picture captions, no word is split
 * across two lines. The words are read from the built page: the segments between the <wbr> marks
 * BudouX placed at build time, of two characters or more. The test also makes sure some of these
 * texts do wrap at 360 px, so it has line ends to check.
 */
import { describe, expect, test } from 'vitest';
import { SMALL_PHONE, SCREENSHOTS, useServedSite } from '../helpers/browser.ts';
import { readStories } from '../helpers/stories.ts';

const site = useServedSite();
/** The Chinese editions: other editions break at spaces and mark no words. */
const STORIES = readStories(undefined, { lang: 'zh' }).map((story) => story.urlPath);
/** Where the story marks words: the texts WordBreaks renders. */
const TEXTS =
  'h1 .words, .story-dek .words, .chart-title .words, .chart-reading .words, .scrolly-state__title .words, .picture-caption__text .words';

interface WordLayout {
  word: string;
  /** Distinct line tops the word's glyphs sit on: one for a word kept whole. */
  lines: number;
}

describe.each(STORIES)('words stay whole at 360 px: %s', (story) => {
  test('no multi-character word of a marked text is split across lines', async () => {
    const context = await site.browser.newContext({ ...SMALL_PHONE, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(site.url + story, { waitUntil: 'load' });
    const { words, wrapped } = await page.evaluate((selector) => {
      const out: WordLayout[] = [];
      let wrappedTexts = 0;
      for (const element of document.querySelectorAll<HTMLElement>(selector)) {
        if (element.getClientRects().length === 0) continue; // not laid out (display: none)
        const range = document.createRange();
        range.selectNodeContents(element);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (tops.size > 1) wrappedTexts += 1;
        for (const node of element.childNodes) {
          if (node.nodeType !== Node.TEXT_NODE) continue;
          const word = node.textContent ?? '';
          if ([...word].length < 2) continue;
          range.selectNodeContents(node);
          const rects = [...range.getClientRects()].filter((r) => r.width > 0);
          out.push({ word, lines: new Set(rects.map((r) => Math.round(r.top))).size });
        }
      }
      return { words: out, wrapped: wrappedTexts };
    }, TEXTS);
    await page.screenshot({ path: `${SCREENSHOTS}/line-breaks-360${story.replaceAll('/', '-')}top.png` });
    await context.close();
    expect(words.length).toBeGreaterThan(20);
    expect(wrapped, 'some marked texts wrap at 360 px').toBeGreaterThan(3);
    expect(words.filter((w) => w.lines !== 1)).toEqual([]);
  });
});
