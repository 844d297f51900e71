/**
 * The build cache's own folder and its integrity check. Astro's incremental build (enabled in
 * astro.config.mjs) keeps a copy of every output whose route returned a `cacheKey`, and restores it
 * instead of rendering while the key and the route's module graph are unchanged; it copies what it
 * finds without checking it. So every build first hashes every kept copy against the hash recorded
 * when it was written, and deletes a copy that is corrupted, truncated or unknown: Astro then
 * renders that output again. After a successful build the new copies' hashes are recorded.
 *
 * The cache lives in `.cache/astro/` of each project (git-ignored; CI may keep it; deleting it only
 * costs time), not in the shared node_modules/.astro: Astro keeps one copy per URL path, so two
 * projects sharing node_modules (test and benchmark copies) must not share it. The optimised-image
 * cache is content-keyed and safe to share, so `.cache/astro/assets` links to node_modules/.astro/assets
 * (where it always was). See docs/BUILD-CACHE.md.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';

/** Astro's `cacheDir`, as set in astro.config.mjs. */
export const CACHE_DIR = '.cache/astro';
/** Where Astro's incremental build keeps its copies of outputs (inside `cacheDir`). */
const OUTPUTS = 'dist';
const MANIFEST = 'incremental-build.json';
/** Our record of each kept copy: its sha256 and, to skip re-hashing unchanged files, size and time. */
const RECORD = 'output-hashes.json';

interface Entry {
  sha256: string;
  size: number;
  mtimeMs: number;
}

type Record_ = Record<string, Entry>;

function sha256File(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (sub: string): void => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const relative = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(relative);
      else out.push(relative);
    }
  };
  if (existsSync(dir)) walk('');
  return out.sort();
}

function readRecord(cache: string): Record_ {
  try {
    return JSON.parse(readFileSync(path.join(cache, RECORD), 'utf8')) as Record_;
  } catch {
    return {};
  }
}

export interface CacheCheck {
  /** Kept copies whose hash matched their record. */
  intact: number;
  /** Copies deleted: hash mismatch (corrupted, truncated) or no record (written by a build that failed). */
  removed: string[];
}

/**
 * Before a build: makes the cache folder (with the shared image cache linked in) and deletes every
 * kept output that does not match its recorded hash, so Astro renders it again.
 */
export function prepareBuildCache(root: string): CacheCheck {
  const cache = path.join(root, CACHE_DIR);
  mkdirSync(cache, { recursive: true });
  const images = path.join(cache, 'assets');
  if (!existsSync(images) && !isLink(images)) {
    const shared = path.join(root, 'node_modules', '.astro', 'assets');
    mkdirSync(shared, { recursive: true });
    symlinkSync(shared, images, 'dir');
  }
  const outputs = path.join(cache, OUTPUTS);
  const record = readRecord(cache);
  const removed: string[] = [];
  let intact = 0;
  for (const file of filesUnder(outputs)) {
    if (record[file]?.sha256 === sha256File(path.join(outputs, file))) {
      intact += 1;
      continue;
    }
    rmSync(path.join(outputs, file), { force: true });
    removed.push(file);
  }
  // No kept copies: a manifest alone would only make Astro look for files that are not there.
  if (intact === 0) rmSync(path.join(cache, MANIFEST), { force: true });
  return { intact, removed };
}

function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** After a successful build: records the hash of every kept output (re-hashing only new or changed files). */
export function recordBuildCache(root: string): void {
  const cache = path.join(root, CACHE_DIR);
  const outputs = path.join(cache, OUTPUTS);
  const previous = readRecord(cache);
  const next: Record_ = {};
  for (const file of filesUnder(outputs)) {
    const { size, mtimeMs } = statSync(path.join(outputs, file));
    const known = previous[file];
    next[file] =
      known && known.size === size && known.mtimeMs === mtimeMs
        ? known
        : { sha256: sha256File(path.join(outputs, file)), size, mtimeMs };
  }
  writeFileSync(path.join(cache, RECORD), `${JSON.stringify(next)}\n`);
}
