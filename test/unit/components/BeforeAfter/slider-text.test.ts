/** What the before/after slider says to a screen reader, and the values it takes. */
import { describe, expect, test } from 'vitest';
import { clampPercent, sliderValueText } from '../../../../src/components/BeforeAfter/slider-text.ts';

describe('slider text', () => {
  test('the slider value is spoken as the share of each picture', () => {
    expect(sliderValueText(50)).toBe('整治后占 50%，整治前占 50%');
    expect(sliderValueText(30)).toBe('整治后占 70%，整治前占 30%');
    expect(sliderValueText(0, '拆除前', '拆除后')).toBe('拆除后占 100%，拆除前占 0%');
  });

  test('in the English edition it speaks English, with the pair’s English labels', () => {
    expect(sliderValueText(30, 'Before', 'After', 'en')).toBe('After 70%, before 30%');
  });

  test('values are whole percentages from 0 to 100', () => {
    expect(clampPercent(-5)).toBe(0);
    expect(clampPercent(104)).toBe(100);
    expect(clampPercent(33.6)).toBe(34);
    expect(clampPercent(Number.NaN)).toBe(50);
  });
});
