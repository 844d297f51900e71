/**
 * Temporary copies of the project for tests that break files on purpose, so the real data and
 * content are never touched.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** Copies the listed top-level entries (default: data and content) into a new temporary folder. */
export function tempProject(entries: string[] = ['data', 'content']): { root: string; cleanup: () => void } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'story-test-'));
  for (const entry of entries) {
    if (entry === 'node_modules') symlinkSync(path.join(ROOT, entry), path.join(root, entry), 'dir');
    else cpSync(path.join(ROOT, entry), path.join(root, entry), { recursive: true });
  }
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
