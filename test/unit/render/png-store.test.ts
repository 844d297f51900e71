/** The PNG store: same inputs, the stored bytes; damaged entries drawn again; old entries pruned. */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { openPngStore, pngStoreDir, prunePngStore, RASTER_CODE } from '../../../src/render/png-store.ts';

let root: string;
let draws: number;
const draw = (bytes: string) => async () => {
  draws += 1;
  return Buffer.from(bytes);
};

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'png-store-'));
  draws = 0;
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const entries = () => readdirSync(pngStoreDir(root)).filter((name) => name.endsWith('.entry'));

test('the same inputs are drawn once, by any store of the project; other inputs are drawn', async () => {
  const first = openPngStore(root);
  expect((await first.get(['width', 1354, '<svg/>'], draw('png-a'))).toString()).toBe('png-a');
  // Asked twice at once: drawn once.
  const [a, b] = await Promise.all([
    first.get(['width', 600, '<svg/>'], draw('png-b')),
    first.get(['width', 600, '<svg/>'], draw('png-b')),
  ]);
  expect([a.toString(), b.toString()]).toEqual(['png-b', 'png-b']);
  expect(draws).toBe(2);
  const later = openPngStore(root);
  expect((await later.get(['width', 1354, '<svg/>'], draw('never'))).toString()).toBe('png-a');
  expect(later.counts).toEqual({ reused: 1, drawn: 0, damaged: 0 });
  expect(draws).toBe(2);
  expect(entries()).toHaveLength(2);
});

test.each(RASTER_CODE)('a change to %s draws again', async (file) => {
  await openPngStore(root).get(['social', '<svg/>'], draw('old'));
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), 'changed');
  expect((await openPngStore(root).get(['social', '<svg/>'], draw('new'))).toString()).toBe('new');
  expect(draws).toBe(2);
});

test('a truncated or altered entry is detected, removed and drawn again', async () => {
  await openPngStore(root).get(['a'], draw('first bytes'));
  await openPngStore(root).get(['b'], draw('second bytes'));
  const [one, two] = entries().map((name) => path.join(pngStoreDir(root), name));
  truncateSync(one ?? '', 40);
  writeFileSync(two ?? '', Buffer.alloc(64, 1));
  const store = openPngStore(root);
  expect((await store.get(['a'], draw('first bytes'))).toString()).toBe('first bytes');
  expect((await store.get(['b'], draw('second bytes'))).toString()).toBe('second bytes');
  expect(store.counts).toEqual({ reused: 0, drawn: 2, damaged: 2 });
});

test('entries unused for the maximum age are pruned, recently used ones kept', async () => {
  const store = openPngStore(root);
  await store.get(['old'], draw('old'));
  await store.get(['new'], draw('new'));
  const now = Date.now();
  const [oldEntry] = entries();
  const past = new Date(now - 31 * 24 * 60 * 60 * 1000);
  utimesSync(path.join(pngStoreDir(root), oldEntry ?? ''), past, past);
  expect(prunePngStore(root, 30, now)).toBe(1);
  expect(entries()).toHaveLength(1);
  // Reading refreshes an entry's time, so what builds still use is never pruned.
  await openPngStore(root).get(['new'], draw('never'));
  expect(prunePngStore(root, 30, now + 29 * 24 * 60 * 60 * 1000)).toBe(0);
  expect(prunePngStore(root)).toBe(0);
});
