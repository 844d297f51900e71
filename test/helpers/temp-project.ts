/**
 * Temporary copies of the project for tests that break files on purpose, so the real data and
 * content are never touched.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The repository: the tests, their fixtures and their outputs (screenshots, goldens) live here. */
export const REPO = path.resolve(import.meta.dirname, '../..');

/**
 * The project whose data, content and built site (dist/) the tests read: the repository, or the
 * copy of a project named by the STORY_ROOT environment variable. A copy lets anyone check that the
 * tests hold for other content, e.g. after following docs/EDITING.md in a copy:
 * `STORY_ROOT=/tmp/copy npx vitest run --project unit test/unit/data`. Test files (fixtures,
 * goldens) are always read from REPO.
 */
export const ROOT = process.env['STORY_ROOT'] ? path.resolve(process.env['STORY_ROOT']) : REPO;

/** Test fixtures: data, bad edits, pictures, a second story. */
export const FIXTURES = path.join(REPO, 'test/fixtures');

/** Copies the listed top-level entries (default: data and content) into a new temporary folder. */
export function tempProject(entries: string[] = ['data', 'content']): { root: string; cleanup: () => void } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'story-test-'));
  for (const entry of entries) {
    if (entry === 'node_modules') symlinkSync(path.join(ROOT, entry), path.join(root, entry), 'dir');
    else cpSync(path.join(ROOT, entry), path.join(root, entry), { recursive: true });
  }
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** Everything a copy of the project needs to build and serve (node_modules is linked, not copied). */
export const BUILDABLE = [
  'src',
  'content',
  'data',
  'public',
  'scripts',
  'astro.config.mjs',
  'package.json',
  'tsconfig.json',
  'node_modules',
];

/** Runs one of the project's scripts (`scripts/<name>`) in `root` on this Node, as npm would. */
export function runProjectScript(root: string, script: string, args: string[] = []): { code: number; out: string } {
  try {
    const out = execFileSync(process.execPath, [path.join('scripts', script), ...args], {
      cwd: root,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { code: 0, out };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: `${e.stdout}${e.stderr}` };
  }
}

/**
 * Leaves only version 1 of every dataset in a copy (files and lock entries), so tests that play an
 * editor adding "the next version" start from the same place however many versions have shipped.
 */
export function keepFirstVersions(root: string): void {
  const data = path.join(root, 'data');
  for (const dataset of readdirSync(data, { withFileTypes: true })) {
    if (!dataset.isDirectory() || dataset.name.startsWith('_')) continue;
    for (const file of readdirSync(path.join(data, dataset.name))) {
      if (/^v([2-9]|\d{2,})\.json$/.test(file)) rmSync(path.join(data, dataset.name, file));
    }
  }
  const lockFile = path.join(data, 'published.lock.json');
  const lock = JSON.parse(readFileSync(lockFile, 'utf8')) as { published: Record<string, unknown> };
  lock.published = Object.fromEntries(Object.entries(lock.published).filter(([key]) => key.endsWith('/v1.json')));
  writeFileSync(lockFile, `${JSON.stringify(lock, null, 2)}\n`);
}
