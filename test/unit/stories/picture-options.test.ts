/**
 * The words around pictures: the date line, and what the slider says to a screen reader.
 */
import { describe, expect, test } from 'vitest';
import { pictureDateText, PICTURE_WIDTHS, PICTURE_MAX_WIDTH } from '../../../src/stories/picture-options.ts';
import { clampPercent, sliderValueText } from '../../../src/components/BeforeAfter/slider-text.ts';

describe('picture and slider text', () => {
  test('dates read as Chinese, with their note', () => {
    expect(pictureDateText('2025')).toBe('2025年');
    expect(pictureDateText('2025-07', '具体日期不详')).toBe('2025年7月（具体日期不详）');
    expect(pictureDateText('2025-07-11')).toBe('2025年7月11日');
  });

  test('the slider value is spoken as the share of each picture', () => {
    expect(sliderValueText(50)).toBe('整治后占 50%，整治前占 50%');
    expect(sliderValueText(30)).toBe('整治后占 70%，整治前占 30%');
    expect(sliderValueText(0, '拆除前', '拆除后')).toBe('拆除后占 100%，拆除前占 0%');
  });

  test('values are whole percentages from 0 to 100', () => {
    expect(clampPercent(-5)).toBe(0);
    expect(clampPercent(104)).toBe(100);
    expect(clampPercent(33.6)).toBe(34);
    expect(clampPercent(Number.NaN)).toBe(50);
  });

  test('the srcset covers a 2× and a 3× phone column', () => {
    // 358 CSS px (390 px phone less padding) at 2× and 3×, and the 38rem desktop column at 2×.
    for (const needed of [716, 1074]) expect(PICTURE_WIDTHS.some((w) => w >= needed)).toBe(true);
    expect(Math.max(...PICTURE_WIDTHS)).toBe(PICTURE_MAX_WIDTH);
  });
});
