/**
 * The share card: words are never split across lines, lines fit the card, long text is clipped
 * after a whole word, editor text is escaped, and the PNG is 1200×675 drawn with the bundled font.
 */
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { shareWords, storyCardPng, storyCardSvg, wrapWords } from '../../../src/render/share-card.ts';
import { textWidth } from '../../../src/text/measure-text.ts';

const HEADLINE = '拆掉围挡之后：城市把道路和绿地还给市民';
const DEK = '截至2025年7月11日，整治围挡636处，释放道路面积17.3万平方米，相当于拓宽25条标准街道。';

describe('shareWords', () => {
  test('keeps words, numbers with their units, and punctuation with its neighbour', () => {
    const words = shareWords(DEK, 'zh');
    expect(words.join('')).toBe(DEK);
    for (const whole of ['7月', '11日，', '636处，', '17.3万平方米，', '道路', '街道。'])
      expect(words).toContain(whole);
    // No piece starts with closing punctuation or ends with an opening one.
    for (const word of words) expect(word).not.toMatch(/^[，。、：）》]|[（《]$/u);
  });
});

describe('wrapWords', () => {
  test.each([
    [HEADLINE, 400, 40, 'zh'],
    [DEK, 500, 28, 'zh'],
    ['After the hoardings came down: the city gives roads back to its residents', 500, 40, 'en'],
  ] as const)('%s at %i px', (text, width, size, lang) => {
    const lines = wrapWords(text, width, size, lang);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, size)).toBeLessThanOrEqual(width);
    // Every line break falls between two of the words.
    const words = shareWords(text, lang);
    const boundaries = new Set(
      words.map(
        (_, i) =>
          words
            .slice(0, i + 1)
            .join('')
            .trimEnd().length,
      ),
    );
    let offset = 0;
    for (const line of lines.slice(0, -1)) {
      offset = text.indexOf(line, offset) + line.length;
      expect(boundaries.has(offset), `break after “${line}”`).toBe(true);
    }
    expect(lines.join(lang === 'en' ? ' ' : '')).toBe(text);
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
    const long = `<script>${'长春城市更新'.repeat(20)}`;
    const { svg } = storyCardSvg({ ...card, title: long });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    const titleLines = [...svg.matchAll(/<text[^>]*font-weight="700"[^>]*>([^<]*)<\/text>/g)]
      .map((m) => m[1] ?? '')
      .filter((line) => line.includes('长春') || line.includes('&lt;'));
    expect(titleLines).toHaveLength(3);
    expect(titleLines.at(-1)).toMatch(/(长春|城市|更新)…$/);
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
