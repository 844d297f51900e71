/**
 * A content-addressed store of rasterised PNGs, outside Astro's build cache. Astro restores an output
 * only while its route's whole module graph is unchanged, and every chart route imports every chart:
 * a change to one chart's code renders the downloads of all charts again. Their SVGs mostly come out
 * the same, and rasterising is the expensive part (docs/BUILD-CACHE.md), so each PNG is stored under
 * the sha256 of everything that makes it: the SVG text, the raster options, the code that rasterises
 * (this folder's raster modules, read from the project) and every dependency version and font
 * (package-lock.json). The same inputs give the same bytes, so a stored PNG is reused by any build,
 * on any branch.
 *
 * Each entry is the PNG's own sha256 followed by the PNG, so a corrupted or truncated entry is
 * detected on reading, deleted and drawn again. Entries are written atomically (write, then rename),
 * so two builds at once never read half a file. A reused entry's time is refreshed; entries unused for
 * `STORE_MAX_AGE_DAYS` are removed after a build (`prunePngStore`).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The project files whose bytes decide how an SVG becomes a PNG. */
export const RASTER_CODE = [
  'package-lock.json',
  'src/render/render-png.ts',
  'src/render/font-subset.ts',
  'src/render/raster-fonts.ts',
  'src/render/png-store.ts',
];

/** Days an entry may go unused before a build removes it. */
export const STORE_MAX_AGE_DAYS = 30;

const HASH_BYTES = 32;

/** The store's folder in a project. */
export function pngStoreDir(root: string): string {
  return path.join(root, '.cache', 'png');
}

/** sha256 of the raster code files of the project at `root` (a missing file is hashed as "missing"). */
function rasterCodeHash(root: string): string {
  const hash = createHash('sha256');
  for (const file of RASTER_CODE) {
    hash.update(file);
    try {
      hash.update(readFileSync(path.join(root, file)));
    } catch {
      hash.update('missing');
    }
  }
  return hash.digest('hex');
}

export interface PngStore {
  /** The stored PNG for `inputs`, or the one `draw` makes, stored for the next build. */
  get(inputs: readonly (string | number)[], draw: () => Promise<Buffer>): Promise<Buffer>;
  /** PNGs reused and drawn since the store was opened. */
  readonly counts: { reused: number; drawn: number; damaged: number };
}

/** Opens the store of the project at `root`. */
export function openPngStore(root: string): PngStore {
  const dir = pngStoreDir(root);
  const code = rasterCodeHash(root);
  const counts = { reused: 0, drawn: 0, damaged: 0 };
  const pending = new Map<string, Promise<Buffer>>();

  const read = (file: string): Buffer | undefined => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      return undefined;
    }
    const png = bytes.subarray(HASH_BYTES);
    if (bytes.length > HASH_BYTES && createHash('sha256').update(png).digest().equals(bytes.subarray(0, HASH_BYTES))) {
      const now = new Date();
      utimesSync(file, now, now);
      return png;
    }
    counts.damaged += 1;
    rmSync(file, { force: true });
    return undefined;
  };

  const draw = async (file: string, make: () => Promise<Buffer>): Promise<Buffer> => {
    const png = await make();
    mkdirSync(dir, { recursive: true });
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(temporary, Buffer.concat([createHash('sha256').update(png).digest(), png]));
    renameSync(temporary, file);
    counts.drawn += 1;
    return png;
  };

  return {
    counts,
    get(inputs, make) {
      const key = createHash('sha256')
        .update(JSON.stringify([code, ...inputs]))
        .digest('hex');
      const file = path.join(dir, `${key}.png.entry`);
      const stored = read(file);
      if (stored) {
        counts.reused += 1;
        return Promise.resolve(stored);
      }
      // Two routes asking for the same PNG at once draw it once.
      let drawing = pending.get(key);
      if (!drawing) {
        drawing = draw(file, make).finally(() => pending.delete(key));
        pending.set(key, drawing);
      }
      return drawing;
    },
  };
}

/** Removes entries unused for `maxAgeDays` (and temporary files left by a stopped build); returns how many. */
export function prunePngStore(root: string, maxAgeDays = STORE_MAX_AGE_DAYS, now = Date.now()): number {
  const dir = pngStoreDir(root);
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    const file = path.join(dir, name);
    const age = now - statSync(file).mtimeMs;
    const stale = name.endsWith('.tmp') ? age > 60 * 60 * 1000 : age > maxAgeDays * 24 * 60 * 60 * 1000;
    if (stale) {
      rmSync(file, { force: true });
      removed += 1;
    }
  }
  return removed;
}
