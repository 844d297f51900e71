/**
 * Chinese word segmentation for line breaking (BudouX, Simplified Chinese): joined segments give
 * the text back, words stay whole, numbers, Latin words and URLs are never cut, no segment starts
 * with closing or ends with opening punctuation, English is left whole; chart text wraps at the
 * same boundaries.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { wrapLines } from '../../../src/text/measure-text.ts';
import { NO_LINE_END, NO_LINE_START, wordBoundaries, wordSegments } from '../../../src/text/word-segments.ts';
import { readStories } from '../../helpers/stories.ts';

const HEADLINE = '拆掉围挡之后：长春把路和绿还给市民';

describe('wordSegments', () => {
  test('cuts a Chinese headline between words, and the pieces give the text back', () => {
    const segments = wordSegments(HEADLINE, 'zh');
    expect(segments.length).toBeGreaterThan(3);
    expect(segments.join('')).toBe(HEADLINE);
    // Words of the headline are kept whole: each lies inside one segment.
    for (const word of ['拆掉', '围挡', '长春', '市民']) {
      expect(segments.some((segment) => segment.includes(word))).toBe(true);
    }
  });

  test('never cuts a number (nor parts it from its unit), a Latin word or a web address', () => {
    const text =
      '截至2025年10月，长春整治围挡636处，释放道路面积17.3万平方米，解决问题9340个，见 https://example.org/a-b/ 与 GDP 数据';
    const segments = wordSegments(text, 'zh');
    expect(segments.join('')).toBe(text);
    for (const whole of ['2025年', '636处', '17.3万平方米', '9340个', 'https://example.org/a-b/', 'GDP']) {
      expect(segments.some((segment) => segment.includes(whole))).toBe(true);
    }
  });

  test('never starts a segment with closing punctuation nor ends one with opening punctuation', () => {
    const text = '沿用原有工作机制：“四级包保”、信访联席会议（动态发现问题），“12345”政务服务便民热线。';
    const segments = wordSegments(text, 'zh');
    for (const segment of segments.slice(1)) expect(NO_LINE_START).not.toContain(segment[0]);
    for (const segment of segments.slice(0, -1)) expect(NO_LINE_END).not.toContain(segment.at(-1));
  });

  test('leaves English, and text without Chinese, whole', () => {
    expect(wordSegments('Changchun gives the road back', 'en')).toEqual(['Changchun gives the road back']);
    expect(wordSegments(HEADLINE, 'en')).toEqual([HEADLINE]);
    expect(wordSegments('636 sites, 2025', 'zh')).toEqual(['636 sites, 2025']);
    expect(wordSegments('', 'zh')).toEqual([]);
  });

  test('any text comes back whole from its segments, with boundaries strictly inside it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        expect(wordSegments(text, 'zh').join('')).toBe(text);
        const boundaries = wordBoundaries(text, 'zh');
        for (const [i, at] of boundaries.entries()) {
          expect(at).toBeGreaterThan(i === 0 ? 0 : (boundaries[i - 1] ?? 0));
          expect(at).toBeLessThan(text.length);
        }
      }),
    );
  });

  test('every story headline and dek comes back whole from its segments', () => {
    for (const story of readStories()) {
      for (const text of [story.frontmatter.title, story.frontmatter.dek]) {
        expect(wordSegments(text, 'zh').join('')).toBe(text);
      }
    }
  });
});

describe('wrapLines breaks at the same boundaries', () => {
  test('every line break of chart text falls on a word boundary', () => {
    const text = '文中列举的问题类型：路面破损、绿化修复、外立面修复、单元门更换等（文章未给出分项数量）';
    const boundaries = new Set(wordBoundaries(text, 'zh'));
    for (let width = 80; width <= 320; width += 13) {
      const lines = wrapLines(text, width, 13);
      expect(lines.join('')).toBe(text);
      let offset = 0;
      for (const line of lines.slice(0, -1)) {
        offset += line.length;
        expect(boundaries.has(offset), `break after "${line}" at width ${width}`).toBe(true);
      }
    }
  });

  test('a word wider than the line still breaks, between its characters', () => {
    const lines = wrapLines('长春整治围挡636处', 40, 13);
    expect(lines.join('')).toBe('长春整治围挡636处');
    expect(lines.length).toBeGreaterThan(1);
  });

  test('English wraps at spaces only', () => {
    expect(wrapLines('the road given back', 80, 13, 'en')).toEqual(['the road', 'given back']);
  });
});
