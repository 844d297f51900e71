/** The English half of an editor's "中文 (English)" text. */
import { expect, test } from 'vitest';
import { englishPart } from '../../../src/text/english-part.ts';

test.each([
  ['未注明：来源文本没有写明刊载媒体 (not named in the source text)', 'not named in the source text'],
  [
    '首个版本：全部数字摘自来源文章。(First version: every figure is taken from the source article.)',
    'First version: every figure is taken from the source article.',
  ],
  ['原文称“截至7月11日”。(Its figures run "to 11 July" 2025.)', 'Its figures run "to 11 July" 2025.'],
])('%s → %s', (text, expected) => {
  expect(englishPart(text)).toBe(expected);
});

test('a text with no English has no English half', () => {
  expect(englishPart('长春以高效能治理助推高质量发展')).toBeUndefined();
  expect(englishPart('截至2025年7月')).toBeUndefined();
});
