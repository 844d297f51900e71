/** English number and date formatting: separators, qualifiers in words, units, day-month-year dates. */
import { describe, expect, test } from 'vitest';
import { formatEnglishDate, formatEnglishFigure, formatEnglishNumber } from '../../../src/text/format-number.ts';

describe('formatEnglishNumber', () => {
  test.each([
    [0, '0'],
    [25, '25'],
    [9340, '9,340'],
    [173_000, '173,000'],
    [100_000_000, '100,000,000'],
    [0.5, '0.5'],
  ])('%d → %s', (value, expected) => {
    expect(formatEnglishNumber(value)).toBe(expected);
  });

  test('says "about" when it rounds, and refuses what is not a number', () => {
    expect(formatEnglishNumber(1.234)).toBe('about 1.23');
    expect(() => formatEnglishNumber(Number.NaN)).toThrow(RangeError);
  });
});

describe('formatEnglishFigure', () => {
  test.each([
    [173_000, 'm²', undefined, '173,000 m²'],
    [30, '%', 'nearly', 'nearly 30%'],
    [1300, 'm²', 'more_than', 'more than 1,300 m²'],
    [636, 'hoardings', undefined, '636 hoardings'],
    [25, '', 'about', 'about 25'],
    [1.234, 'm', 'about', 'about 1.23 m'],
  ] as const)('%d %s %s → %s', (value, unit, qualifier, expected) => {
    expect(formatEnglishFigure(value, unit, qualifier)).toBe(expected);
  });
});

describe('formatEnglishDate', () => {
  test.each([
    ['2025-07-11', '11 July 2025'],
    ['2025-06-17', '17 June 2025'],
    ['2025-07', 'July 2025'],
    ['2025', '2025'],
  ])('%s → %s', (iso, expected) => {
    expect(formatEnglishDate(iso)).toBe(expected);
  });

  test('can leave out the year, as prose does after the first mention', () => {
    expect(formatEnglishDate('2025-07-11', { year: false })).toBe('11 July');
    expect(formatEnglishDate('2025', { year: false })).toBe('2025');
  });
});
