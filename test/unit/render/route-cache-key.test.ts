/** The key of a pinned output is a hash of its ordered inputs: any input changed, another key. */
import { expect, test } from 'vitest';
import { routeCacheKey } from '../../../src/render/route-cache-key.ts';

const hash = 'a'.repeat(64);

test('the same inputs give the same sha256 key; any change, order or an added input gives another', () => {
  const key = routeCacheKey(['download', 'pngWechat', 'chart', 'dataset', hash]);
  expect(key).toMatch(/^[0-9a-f]{64}$/);
  expect(routeCacheKey(['download', 'pngWechat', 'chart', 'dataset', hash])).toBe(key);
  const others = [
    ['download', 'pngSocial', 'chart', 'dataset', hash],
    ['download', 'pngWechat', 'chart', 'dataset', 'b'.repeat(64)],
    ['download', 'pngWechat', 'dataset', 'chart', hash],
    ['download', 'pngWechat', 'chart', 'dataset', hash, 'en'],
    // Inputs are joined as a JSON list, so moving text across a boundary changes the key.
    ['download', 'pngWechat', 'chartdataset', '', hash],
  ];
  for (const inputs of others) expect(routeCacheKey(inputs)).not.toBe(key);
});
