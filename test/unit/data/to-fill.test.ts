/** A 待填写 blank left in a version file is a problem naming its field, however deep it sits. */
import { describe, expect, test } from 'vitest';
import { checkFilledIn, TO_FILL } from '../../../src/data/to-fill.ts';

const locate = (path: readonly (string | number)[]) => ({ line: path.length, column: 1 });

describe('checkFilledIn', () => {
  test('one problem per blank, with its path and what to write', () => {
    const value = {
      note: `${TO_FILL}：这一版从哪里来`,
      count: 3,
      sources: [{ title: '真的标题', sentences: { a: `${TO_FILL}：原句` } }],
      list: ['x', `前面 ${TO_FILL}`],
    };
    const problems = checkFilledIn('data/x/v1.json', value, locate);
    expect(problems.map((p) => p.path)).toEqual(['note', 'sources[0].sentences.a', 'list[1]']);
    expect(problems[0]).toMatchObject({ file: 'data/x/v1.json', line: 1, message: '还没有填写 (not filled in yet)' });
    expect(problems[0]?.fix).toContain('这一版从哪里来');
  });

  test('a filled-in file has none', () => {
    expect(checkFilledIn('f', { note: '首个版本', sources: [{ title: 't' }], n: 1, z: null }, locate)).toEqual([]);
  });
});
