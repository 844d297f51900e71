/** The pym.js v1 message format and the height sanity bounds. */
import { describe, expect, test } from 'vitest';
import { parsePymMessage, pymMessage, saneHeight } from '../../../src/embed/pym-protocol.ts';

describe('pym protocol', () => {
  test('messages round-trip in pym.js 1.3.2 format', () => {
    const message = pymMessage('chart', 'height', '420');
    expect(message).toBe('pymxPYMxchartxPYMxheightxPYMx420');
    expect(parsePymMessage(message, 'chart')).toEqual({ type: 'height', message: '420' });
  });

  test('messages for another child or in another shape are ignored', () => {
    expect(parsePymMessage('pymxPYMxotherxPYMxheightxPYMx420', 'chart')).toBeUndefined();
    expect(parsePymMessage({ height: 420 }, 'chart')).toBeUndefined();
    expect(parsePymMessage('pymxPYMxchartxPYMx', 'chart')).toBeUndefined();
  });

  test.each([
    ['420', 420],
    ['40', 40],
    ['8000', 8000],
    ['39', undefined],
    ['8001', undefined],
    ['-5', undefined],
    ['1e3', undefined],
    ['420px', undefined],
    ['', undefined],
    ['99999999', undefined],
  ])('height %s → %s', (message, expected) => {
    expect(saneHeight(message)).toBe(expected);
  });
});
