/** Labels inside English sentences: the first letter goes lower case, proper nouns and acronyms stay. */
import { expect, test } from 'vitest';
import { inSentence } from '../../../src/text/sentence-case.ts';

test('only the first letter of a label goes lower case', () => {
  expect(inSentence('New pocket parks on Xinmin Avenue')).toBe('new pocket parks on Xinmin Avenue');
  expect(inSentence('Road area released')).toBe('road area released');
});

test('an acronym, a lower-case or a non-Latin start is left alone', () => {
  expect(inSentence('GDP growth')).toBe('GDP growth');
  expect(inSentence('m² released')).toBe('m² released');
  expect(inSentence('新民大街')).toBe('新民大街');
  expect(inSentence('')).toBe('');
});
