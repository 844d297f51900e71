/**
 * Private copies of the project for the benchmarks: the working tree as it is (uncommitted edits
 * included, no dist/, no .git), with node_modules either symlinked whole or "fresh": a real folder of
 * symlinks to every package but without Astro's and Vite's caches (node_modules/.astro, .vite), so
 * the build pays for everything a first build on a new machine or in CI pays for. Building in a copy
 * also keeps the benchmark off the shared dist/ that others may be rebuilding at the same time.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Top-level entries a build neither needs nor should see. */
const NOT_COPIED = new Set(['node_modules', '.git', 'dist', '.astro', '.scratch', '.cache', 'bench', 'test']);
/** Caches under node_modules/ that a fresh copy leaves out. */
const CACHES = new Set(['.astro', '.vite', '.cache']);

export interface ProjectCopy {
  root: string;
  cleanup: () => void;
}

export function copyProject(source: string, options: { freshCache: boolean; prefix?: string }): ProjectCopy {
  const root = mkdtempSync(path.join(os.tmpdir(), options.prefix ?? 'bench-project-'));
  for (const entry of readdirSync(source)) {
    if (NOT_COPIED.has(entry) || entry.startsWith('dist.')) continue;
    cpSync(path.join(source, entry), path.join(root, entry), { recursive: true, verbatimSymlinks: true });
  }
  const modules = path.join(source, 'node_modules');
  if (options.freshCache) {
    mkdirSync(path.join(root, 'node_modules'));
    for (const entry of readdirSync(modules)) {
      if (!CACHES.has(entry)) symlinkSync(path.join(modules, entry), path.join(root, 'node_modules', entry));
    }
  } else {
    symlinkSync(modules, path.join(root, 'node_modules'), 'dir');
  }
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
