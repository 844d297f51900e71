/**
 * Text measuring for chart layout: widths err on the wide side, Chinese wraps between characters
 * but never before closing or after opening punctuation, and a bracketed phrase stays whole.
 */
import { readFileSync } from 'node:fs';
import { create } from 'fontkitten';
import { describe, expect, test } from 'vitest';
import { RASTER_FONT_FILES } from '../../../src/render/raster-fonts.ts';
import { LATIN_EM, lineHeight, textHeight, textWidth, wrapLines } from '../../../src/text/measure-text.ts';

describe('textWidth', () => {
  test('CJK characters are 1em, Latin letters and digits narrower, spaces narrower still', () => {
    expect(textWidth('围挡', 10)).toBe(20);
    expect(textWidth('636', 10)).toBeCloseTo(18);
    expect(textWidth('A b', 10)).toBeCloseTo(16.5);
    expect(textWidth('', 13)).toBe(0);
  });

  test('measures Latin letters by their own widths: "mw" is wider than "il"', () => {
    expect(textWidth('mmmm', 10)).toBeGreaterThan(textWidth('iiii', 10) * 1.5);
    expect(textWidth('WWW', 10)).toBeGreaterThan(textWidth('III', 10));
  });

  test('every Latin width is at least the shipped font’s advance, regular and bold', () => {
    const fonts = [RASTER_FONT_FILES.regular, RASTER_FONT_FILES.bold].map((file) => create(readFileSync(file)));
    for (const [char, em] of Object.entries(LATIN_EM)) {
      const advances = fonts.map((font) => {
        if (!('glyphForCodePoint' in font)) throw new Error('A font collection, not a font');
        return font.glyphForCodePoint(char.codePointAt(0) ?? 0).advanceWidth / font.unitsPerEm;
      });
      const widest = Math.max(...advances);
      expect(em, `width of "${char}"`).toBeGreaterThanOrEqual(widest);
      // Not wide for nothing either: the table is the wider weight's advance, rounded up to hundredths.
      expect(em - widest, `width of "${char}"`).toBeLessThan(0.011);
    }
  });
});

describe('wrapLines in English', () => {
  test('breaks at spaces only, never inside a word or a number, within the width', () => {
    const text = 'Hoardings rectified: 636; road area released: 173,000 m², equal to widening 25 standard streets';
    const lines = wrapLines(text, 150, 13);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(150);
    expect(lines.some((line) => line.includes('173,000'))).toBe(true);
  });
});

describe('lineHeight', () => {
  test('is whole pixels, with leading', () => {
    expect(lineHeight(13)).toBe(16);
    expect(lineHeight(16)).toBe(20);
    expect(textHeight(3, 13)).toBe(48);
  });
});

describe('wrapLines', () => {
  test('keeps a line that fits whole, and keeps explicit line breaks', () => {
    expect(wrapLines('636处围挡', 200, 13)).toEqual(['636处围挡']);
    expect(wrapLines('第一行\n第二行', 200, 13)).toEqual(['第一行', '第二行']);
  });

  test('breaks Chinese between characters, every line within the width', () => {
    const text = '文中列举的问题类型：路面破损、绿化修复、外立面修复、单元门更换等';
    const lines = wrapLines(text, 130, 13);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(text);
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(130);
  });

  test('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
    for (let width = 40; width < 200; width += 7) {
      const lines = wrapLines('沿用原有工作机制：四级包保、信访联席会议、“12345”政务服务便民热线', width, 13);
      for (const line of lines.slice(1)) expect('，。、；：！？）》」』”’').not.toContain(line[0]);
      for (const line of lines.slice(0, -1)) expect('（《「『“‘').not.toContain(line.at(-1));
    }
  });

  test('breaks before an opening bracket when the bracketed words then fit on the next line', () => {
    expect(wrapLines('动态交办问题（动态发现问题）', 150, 13)).toEqual(['动态交办问题', '（动态发现问题）']);
  });

  test('breaks as usual after a parenthesis already closed on the line', () => {
    const lines = wrapLines('文章只说“力争”（某局所说），没有说明从哪一天起算；图中虚线只是示意', 200, 13);
    expect(lines[0]).toContain('（某局所说），');
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(200);
  });

  test('keeps a web address whole, on the next line when it does not fit', () => {
    expect(wrapLines('数据第1版 · https://example.org/charts/a-b/', 200, 12)).toEqual([
      '数据第1版 ·',
      'https://example.org/charts/a-b/',
    ]);
  });

  test('never cuts a number: a piece wider than the line stands on its own line', () => {
    expect(wrapLines('共1234567890个', 40, 13)).toEqual(['共', '1234567890', '个']);
  });
});
