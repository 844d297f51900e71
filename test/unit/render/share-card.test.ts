/**
 * The share card: words are never split across lines, lines fit the card, long text is clipped
 * after a whole word, editor text is escaped, and the PNG is 1200×675 drawn with the bundled font.
 */
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { storyCardPng, storyCardSvg } from '../../../src/render/share-card.ts';
import { wordBoundaries } from '../../../src/text/word-segments.ts';

const HEADLINE = '拆掉围挡之后：城市把道路和绿地还给市民';
const DEK = '截至2025年7月11日，整治围挡636处，释放道路面积17.3万平方米，相当于拓宽25条标准街道。';

describe('the card breaks lines between words only', () => {
  test.each([
    ['zh', HEADLINE, DEK],
    [
      'en',
      'After the hoardings came down: how the city gave its streets back',
      'By July, 636 hoardings were gone and 173,000 m² of road was released, as much as 25 streets.',
    ],
  ] as const)('%s', (lang, title, dek) => {
    const { svg } = storyCardSvg({ lang, title, dek, credit: 'Ω', site: 'Ω' });
    const titleLines = [...svg.matchAll(/<text[^>]*font-weight="700"[^>]*>([^<]*)<\/text>/g)]
      .map((m) => m[1] ?? '')
      .filter((line) => line !== 'Ω');
    expect(titleLines.join(lang === 'en' ? ' ' : '')).toBe(title);
    const boundaries = new Set(
      lang === 'zh' ? wordBoundaries(title, lang) : [...title.matchAll(/ /g)].map((m) => m.index),
    );
    let offset = 0;
    for (const line of titleLines.slice(0, -1)) {
      offset = title.indexOf(line, offset) + line.length;
      expect(boundaries.has(offset), `break after “${line}”`).toBe(true);
    }
  });
});

describe('storyCardSvg', () => {
  const card = { lang: 'zh', kicker: '栏目', title: HEADLINE, dek: DEK, credit: '数据组', site: '数据新闻' } as const;

  test('is 1200×675 and holds the words of the card', () => {
    const { svg, width, height } = storyCardSvg(card);
    expect([width, height]).toEqual([1200, 675]);
    expect(svg).toMatch(/^<svg [^>]*width="1200" height="675"/);
    const text = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join('');
    for (const part of ['栏目', '数据新闻', '数据组', '17.3万平方米']) expect(text).toContain(part);
  });

  test('escapes editor text and clips a long headline to three lines after a whole word', () => {
    const { svg: escaped } = storyCardSvg({ ...card, title: `<script>${HEADLINE}` });
    expect(escaped).not.toContain('<script>');
    expect(escaped).toContain('&lt;script&gt;');
    const long = `${HEADLINE}；`.repeat(8);
    const { svg } = storyCardSvg({ ...card, title: long });
    const titleLines = [...svg.matchAll(/<text[^>]*font-weight="700"[^>]*>([^<]*)<\/text>/g)]
      .map((m) => m[1] ?? '')
      .filter((line) => long.includes(line.replace(/…$/, '')) && line !== card.site);
    expect(titleLines).toHaveLength(3);
    expect(titleLines.at(-1)).toMatch(/…$/);
    const shown = titleLines.join('').replace(/…$/, '');
    expect(long.startsWith(shown)).toBe(true);
    expect(wordBoundaries(long, 'zh')).toContain(shown.length);
  });

  test('renders to a 1200×675 PNG with ink on it', async () => {
    const png = await storyCardPng(card);
    const image = sharp(png);
    expect(await image.metadata()).toMatchObject({ format: 'png', width: 1200, height: 675 });
    // Text was drawn: the card is not a blank page.
    const { channels } = await image.stats();
    expect(Math.min(...channels.slice(0, 3).map((c) => c.min))).toBeLessThan(60);
  });
});
