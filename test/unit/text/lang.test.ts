/** Edition paths: the original stays at the root, other editions get a prefix, and the two round-trip. */
import { expect, test } from 'vitest';
import { LANGS, localePath, ORIGINAL_LANG, splitLocalePath } from '../../../src/text/lang.ts';

test('the original edition keeps its paths; English is under /en', () => {
  expect(localePath('zh', '/changchun/')).toBe('/changchun/');
  expect(localePath('en', '/changchun/')).toBe('/en/changchun/');
  expect(localePath('en', '/')).toBe('/en/');
  expect(() => localePath('en', 'changchun/')).toThrow(/starts with/);
});

test('a path splits back into its edition and the original path', () => {
  for (const lang of LANGS) {
    for (const p of ['/', '/changchun/', '/embed/x/v2/', '/english-words/']) {
      expect(splitLocalePath(localePath(lang, p))).toEqual({ lang, path: p });
    }
  }
  expect(splitLocalePath('/enclosures/')).toEqual({ lang: ORIGINAL_LANG, path: '/enclosures/' });
});
