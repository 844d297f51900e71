/** The ways a report writes a figure, which the citation check looks for in the source sentence. */
import { describe, expect, test } from 'vitest';
import { writtenForms } from '../../../src/data/citations.ts';

describe('writtenForms', () => {
  test.each([
    [636, '处', '截至7月11日，长春市整治围挡636处'],
    [173_000, '平方米', '释放道路面积17.3万平方米'],
    [30, '%', '早高峰通行效率提升了近三成'],
    [1300, '平方米', '1300余平方米的小叶丁香绿篱'],
    [2, '个月', '力争在两个月时间内'],
    [2, '个月', '力争在2个月时间内'],
  ])('%d %s is found in "%s"', (value, unit, sentence) => {
    expect(writtenForms(value, unit).some((form) => sentence.includes(form))).toBe(true);
  });

  test.each([
    [640, '处', '截至7月11日，长春市整治围挡636处'],
    [174_000, '平方米', '释放道路面积17.3万平方米'],
    [40, '%', '早高峰通行效率提升了近三成'],
  ])('%d %s is not found in "%s"', (value, unit, sentence) => {
    expect(writtenForms(value, unit).some((form) => sentence.includes(form))).toBe(false);
  });
});
