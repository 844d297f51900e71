/** The words and sizes around pictures: the date line, and the widths the srcset offers. */
import { describe, expect, test } from 'vitest';
import { pictureDateText, PICTURE_WIDTHS, PICTURE_MAX_WIDTH } from '../../../src/stories/picture-options.ts';

describe('picture text', () => {
  test('dates read as Chinese, with their note', () => {
    expect(pictureDateText('2025')).toBe('2025年');
    expect(pictureDateText('2025-07', '具体日期不详')).toBe('2025年7月（具体日期不详）');
    expect(pictureDateText('2025-07-11')).toBe('2025年7月11日');
  });

  test('the srcset covers a 2× and a 3× phone column', () => {
    // 358 CSS px (390 px phone less padding) at 2× and 3×, and the 38rem desktop column at 2×.
    for (const needed of [716, 1074]) expect(PICTURE_WIDTHS.some((w) => w >= needed)).toBe(true);
    expect(Math.max(...PICTURE_WIDTHS)).toBe(PICTURE_MAX_WIDTH);
  });
});
