/**
 * The repository holds sources only: no installed packages, builds, caches or generated outputs
 * (a `node_modules` symlink once slipped past a `node_modules/` ignore rule, which matches folders only).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Top-level names that are made by installing, building or testing, never written by hand. */
const GENERATED = /^(node_modules|dist|dist\..*|\.astro|\.cache|\.scratch)(\/|$)/;

test('git tracks no installed packages, builds or caches', () => {
  let tracked: string[];
  try {
    tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0');
  } catch (error) {
    // A copy without .git (an unpacked archive) has nothing tracked to check; say so instead of passing quietly.
    throw new Error(`git ls-files failed in ${ROOT}: run the tests in a git checkout`, { cause: error });
  }
  expect(tracked.length).toBeGreaterThan(10);
  expect(tracked.filter((file) => GENERATED.test(file))).toEqual([]);
  expect(
    tracked.filter((file) => /^content\/pictures\/illustrations\/|^test\/output\/.*-changed\./.test(file)),
  ).toEqual([]);
});
