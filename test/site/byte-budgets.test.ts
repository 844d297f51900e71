/**
 * Byte budgets from bench/budget.json, checked against the built dist/: the story's client JS, every
 * embed page's JS, /embed.js, the story HTML and the largest image. Deterministic (file sizes and
 * gzip -9), so they run with the tests; `npm run bench` prints the same lines with the same code
 * (bench/lib/page-bytes.ts) next to Lighthouse and the build.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatValue, measureByteLine, readBudget } from '../../bench/lib/budget.ts';
import { clientJs } from '../../bench/lib/page-bytes.ts';
import { CHARTS } from '../../src/charts/index.ts';
import { embedUrl } from '../../src/embed/urls.ts';
import { LANGS } from '../../src/text/lang.ts';
import { readStories } from '../helpers/stories.ts';
import { ROOT } from '../helpers/temp-project.ts';

const DIST = process.env['DIST_DIR'] ?? path.join(ROOT, 'dist');
const budget = readBudget();

describe('byte budgets (bench/budget.json)', () => {
  test.each(budget.bytes.map((line) => [line.id, line] as const))('%s', (_id, line) => {
    const results = measureByteLine(
      DIST,
      line,
      readStories().map((story) => story.urlPath),
    );
    expect(results.length).toBeGreaterThan(0);
    const over = results
      .filter((result) => !result.pass)
      .map(
        (result) =>
          `${result.where}: ${formatValue(result.measured, 'B')} (${result.measured} B) > ${formatValue(result.limit, 'B')}`,
      );
    expect(over, `${line.label} over budget`).toEqual([]);
  });

  test('the measuring sees the JS: every embed page, and every story with a client component', () => {
    // Guards the measuring code itself: a page whose scripts went unseen would pass any budget.
    for (const chart of CHARTS) {
      for (const lang of LANGS) {
        const page = embedUrl(chart.id, undefined, lang);
        expect(clientJs(DIST, page).total.gzip, page).toBeGreaterThan(100);
      }
    }
    for (const story of readStories().filter((s) => /<(Scrolly|BeforeAfter)\b/.test(s.mdx)))
      expect(clientJs(DIST, story.urlPath).total.gzip, story.urlPath).toBeGreaterThan(500);
  });
});
