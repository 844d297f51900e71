import { describe, expect, test } from 'vitest';
import { langRuns } from '../../../src/text/lang-runs.ts';

const marked = (text: string) =>
  langRuns(text)
    .map((run) => (run.en ? `[${run.text}]` : run.text))
    .join('');

describe('langRuns', () => {
  test.each([
    ['嵌入 (embed)', '嵌入 [(embed)]'],
    [
      '首个版本：全部数字摘自来源文章。(First version: every figure.)',
      '首个版本：全部数字摘自来源文章。[(First version: every figure.)]',
    ],
    ['项目 item', '项目 [item]'],
    ['Four-level responsibility system', '[Four-level responsibility system]'],
    ['面积 area m²', '面积 [area m²]'],
    ['636处', '636处'],
    ['2025年7月11日', '2025年7月11日'],
    ['“12345”政务服务便民热线', '“12345”政务服务便民热线'],
    ['m²', 'm²'],
    ['', ''],
  ])('%s', (text, expected) => {
    expect(marked(text)).toBe(expected);
    expect(
      langRuns(text)
        .map((run) => run.text)
        .join(''),
    ).toBe(text);
  });
});
