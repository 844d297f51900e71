/**
 * The ways a report writes a figure, as the citation check reads them: a figure is sourced when its
 * sentence states that number as a whole, in the sentence's notation; otherwise the editor is told, in
 * Chinese and English, which numbers the sentence does state.
 */
import { describe, expect, test } from 'vitest';
import { unstatedFigure } from '../../../src/data/citations.ts';
import type { Qualifier } from '../../../src/text/format-number.ts';

type Case = [number, Qualifier | undefined, string, string];

describe('unstatedFigure', () => {
  test.each<Case>([
    [636, undefined, '处', '截至7月11日，长春市整治围挡636处'],
    [173_000, undefined, '平方米', '释放道路面积17.3万平方米'],
    [30, 'nearly', '%', '早高峰通行效率提升了近三成'],
    [1300, 'more_than', '平方米', '1300余平方米的小叶丁香绿篱'],
    [2, undefined, '个月', '力争在两个月时间内'],
    [2, undefined, '个月', '力争在2个月时间内'],
    [9500, undefined, '个', '等问题９５００个'],
    [9500, undefined, '个', '等问题9,500个'],
  ])('%d (%s) %s is stated in "%s"', (value, qualifier, unit, sentence) => {
    expect(unstatedFigure({ value, qualifier, unit }, sentence)).toBeUndefined();
  });

  test.each<Case>([
    [640, undefined, '处', '截至7月11日，长春市整治围挡636处'],
    [174_000, undefined, '平方米', '释放道路面积17.3万平方米'],
    [17.3, undefined, '平方米', '释放道路面积17.3万平方米'],
    [40, 'nearly', '%', '早高峰通行效率提升了近三成'],
    [950, undefined, '个', '等问题9500个'],
    [36, undefined, '处', '截至7月11日，长春市整治围挡636处'],
    [1, undefined, '处', '截至7月11日，长春市整治围挡636处'],
  ])('%d (%s) %s is not stated in "%s"', (value, qualifier, unit, sentence) => {
    const problem = unstatedFigure({ value, qualifier, unit }, sentence);
    expect(problem?.message).toBe('来源原句里没有这个数字 (the source sentence does not contain this figure)');
    expect(problem?.fix).toMatch(/^数字必须与原句中某个完整的数一致.+\(the figure must equal a whole number the sentence states/u);
  });

  test('the fix lists the numbers the sentence states, as written', () => {
    const problem = unstatedFigure({ value: 640, unit: '处' }, '截至7月11日，长春市整治围挡636处，释放道路面积17.3万平方米');
    expect(problem?.found).toBe('640处');
    expect(problem?.fix).toContain('“7”、“11”、“636”、“17.3万”');
  });

  test('only the qualifier differs: the fix names the one the sentence uses', () => {
    const plain = unstatedFigure({ value: 30, unit: '%' }, '早高峰通行效率提升了近三成');
    expect(plain?.message).toContain('原句写的是“近三成”');
    expect(plain?.fix).toContain('{ "value": 30, "qualifier": "nearly" }');
    const extra = unstatedFigure({ value: 636, qualifier: 'about', unit: '处' }, '整治围挡636处');
    expect(extra?.fix).toContain('去掉 qualifier');
    expect(extra?.fix).toContain('drop the qualifier');
  });
});
