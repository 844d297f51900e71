/** Chinese number formatting: 万 and 亿 from Intl, no separators below 万, honest rounding, qualifiers. */
import { describe, expect, test } from 'vitest';
import { formatChineseDate, formatChineseNumber, formatFigure } from '../../../src/text/format-number.ts';

describe('formatChineseNumber', () => {
  test.each([
    [0, '0'],
    [25, '25'],
    [636, '636'],
    [9340, '9340'],
    [10_000, '1万'],
    [118_000, '11.8万'],
    [173_000, '17.3万'],
    [1_000_000, '100万'],
    [100_000_000, '1亿'],
    [0.5, '0.5'],
  ])('%d → %s', (value, expected) => {
    expect(formatChineseNumber(value)).toBe(expected);
  });

  test('says 约 when the short form rounds the number', () => {
    expect(formatChineseNumber(173_456)).toBe('约17.35万');
    expect(formatChineseNumber(123_456_789)).toBe('约1.23亿');
    expect(formatChineseNumber(1.234)).toBe('约1.23');
  });

  test('refuses what is not a number', () => {
    expect(() => formatChineseNumber(Number.NaN)).toThrow(RangeError);
    expect(() => formatChineseNumber(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('formatFigure', () => {
  test("units and the article's qualifiers", () => {
    expect(formatFigure(173_000, '平方米')).toBe('17.3万平方米');
    expect(formatFigure(636, '处')).toBe('636处');
    expect(formatFigure(30, '%', 'nearly')).toBe('近30%');
    expect(formatFigure(1300, '平方米', 'more_than')).toBe('1300余平方米');
    expect(formatFigure(2, '个月', 'about')).toBe('约2个月');
    expect(formatFigure(173_456, '平方米', 'about')).toBe('约17.35万平方米');
  });
});

describe('formatChineseDate', () => {
  test('full and partial ISO dates', () => {
    expect(formatChineseDate('2025-07-11')).toBe('2025年7月11日');
    expect(formatChineseDate('2025-07')).toBe('2025年7月');
    expect(formatChineseDate('2025')).toBe('2025年');
  });
});
