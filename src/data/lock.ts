/**
 * Published versions are immutable. `data/published.lock.json` records the SHA-256 of every
 * published version file; a locked file whose bytes change, or that disappears, is an error that
 * tells the editor to make a new version instead. Versions not in the lock are drafts.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { bilingual, isoDate } from '../schemas/fields.ts';
import type { DatasetId } from '../schemas/index.ts';
import { describeIssues } from './describe-issues.ts';
import { sha256 } from './hash.ts';
import { parseJsonFile } from './parse-json.ts';
import type { EditorProblem } from './problems.ts';
import type { DatasetVersion } from './read-datasets.ts';

export const LOCK_FILE = 'data/published.lock.json';

const lockSchema = z.strictObject({
  /** Why this file exists; ignored by the tools. */
  comment: z.string().optional(),
  /** Published version files, keyed by their path under data/. */
  published: z.record(
    z.string().regex(/^[a-z0-9-]+\/v[1-9]\d*\.json$/, { error: bilingual('应为 数据集/vN.json', 'expected dataset/vN.json') }),
    z.strictObject({
      /** SHA-256 of the file's bytes, hex. */
      sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: bilingual('应为 64 位十六进制哈希', 'expected a 64-digit hex hash') }),
      /** The day it was published (China time). */
      published_on: isoDate(),
    }),
  ),
});

export type Lock = z.infer<typeof lockSchema>;

export interface LockResult {
  lock: Lock;
  problems: EditorProblem[];
}

export function readLock(root: string): LockResult {
  const file = path.join(root, LOCK_FILE);
  if (!existsSync(file)) return { lock: { published: {} }, problems: [] };
  const parsed = parseJsonFile(LOCK_FILE, readFileSync(file));
  if (!parsed.ok) return { lock: { published: {} }, problems: parsed.problems };
  const result = lockSchema.safeParse(parsed.value);
  if (!result.success) {
    return { lock: { published: {} }, problems: describeIssues(LOCK_FILE, result.error.issues, parsed.value, lockSchema, parsed.locate) };
  }
  return { lock: result.data, problems: [] };
}

/** The lock key of a version: `enclosures/v1.json`. */
export function lockKey(dataset: DatasetId, version: number): string {
  return `${dataset}/v${version}.json`;
}

/**
 * Checks every locked entry against the files on disk (valid or not: a published file that no
 * longer validates has changed too), and that no draft sits below a published version.
 */
export function checkLock(root: string, lock: Lock, versions: Map<DatasetId, DatasetVersion[]>): EditorProblem[] {
  const problems: EditorProblem[] = [];
  const byKey = new Map<string, DatasetVersion>();
  for (const list of versions.values()) for (const v of list) byKey.set(lockKey(v.dataset, v.version), v);

  for (const [key, entry] of Object.entries(lock.published)) {
    const file = `data/${key}`;
    const dataset = key.split('/')[0] ?? '';
    const onDisk = path.join(root, file);
    if (!existsSync(onDisk)) {
      problems.push({
        file,
        message: '已发布的版本被删除了 (a published version was deleted)',
        fix: `用 git 恢复它：git checkout -- ${file}；已发布的数据不能删除 (restore it with git; published data is never deleted)`,
      });
      continue;
    }
    const actual = byKey.get(key)?.sha256 ?? sha256(readFileSync(onDisk));
    if (actual !== entry.sha256) {
      problems.push({
        file,
        message: `这是已发布的版本（${entry.published_on} 发布），内容不能再改 (this version was published on ${entry.published_on} and must not change)`,
        fix: `撤销修改（git checkout -- ${file}），再运行 npm run data:new-version -- ${dataset} 建立新版本并在新版本里修改 (undo the change, then make a new version with npm run data:new-version -- ${dataset} and edit that)`,
      });
    }
  }

  for (const list of versions.values()) {
    for (const v of list) {
      const later = list.find((other) => other.version > v.version && Object.hasOwn(lock.published, lockKey(other.dataset, other.version)));
      if (!Object.hasOwn(lock.published, lockKey(v.dataset, v.version)) && later) {
        problems.push({
          file: v.file,
          message: `v${v.version} 还没发布，但更新的 v${later.version} 已经发布 (v${v.version} is a draft but the later v${later.version} is published)`,
          fix: `运行 npm run data:publish -- ${v.dataset} 发布它 (publish it)`,
        });
      }
    }
  }
  return problems;
}

export function isPublished(lock: Lock, dataset: DatasetId, version: number): boolean {
  return Object.hasOwn(lock.published, lockKey(dataset, version));
}

/** Adds versions to the lock and writes it, keeping keys sorted so diffs stay small. */
export function writeLock(root: string, lock: Lock, additions: { key: string; sha256: string; published_on: string }[]): Lock {
  const published = { ...lock.published };
  for (const { key, sha256, published_on } of additions) published[key] = { sha256, published_on };
  const sorted = Object.fromEntries(Object.entries(published).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })));
  const next: Lock = {
    comment: '已发布数据版本的内容哈希。由 npm run data:publish 写入，请勿手改。(Hashes of published data versions, written by npm run data:publish; do not edit by hand.)',
    published: sorted,
  };
  writeFileSync(path.join(root, LOCK_FILE), `${JSON.stringify(next, null, 2)}\n`);
  return next;
}
