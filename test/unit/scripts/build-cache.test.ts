/**
 * The build cache's integrity check (scripts/lib/build-cache.ts): a kept output that is truncated,
 * altered or unknown is deleted before the build, so Astro renders it again; intact ones are kept.
 */
import { existsSync, lstatSync, mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { CACHE_DIR, prepareBuildCache, recordBuildCache } from '../../../scripts/lib/build-cache.ts';
import { tempProject } from '../../helpers/temp-project.ts';

let project: ReturnType<typeof tempProject> | undefined;
afterEach(() => project?.cleanup());

function keep(root: string, file: string, body: string): string {
  const full = path.join(root, CACHE_DIR, 'dist', file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, body);
  return full;
}

test('truncated, altered and unrecorded copies are removed; intact ones stay', () => {
  project = tempProject([]);
  const { root } = project;
  const png = keep(root, 'downloads/a/v1/a-v1-social.png', 'x'.repeat(1000));
  const html = keep(root, 'embed/a/v1/index.html', '<p>第1版</p>');
  const csv = keep(root, 'data/a/v1.csv', 'a,b\n1,2\n');
  writeFileSync(path.join(root, CACHE_DIR, 'incremental-build.json'), '{}');
  recordBuildCache(root);
  expect(prepareBuildCache(root)).toEqual({ intact: 3, removed: [] });

  truncateSync(png, 10);
  writeFileSync(html, '<p>第2版</p>'); // same length, other bytes
  const stray = keep(root, 'data/a/v2.json', '{}'); // written by a build that then failed: never recorded
  const check = prepareBuildCache(root);
  expect(check.intact).toBe(1);
  expect(check.removed.sort()).toEqual(['data/a/v2.json', 'downloads/a/v1/a-v1-social.png', 'embed/a/v1/index.html']);
  for (const file of [png, html, stray]) expect(existsSync(file), file).toBe(false);
  expect(readFileSync(csv, 'utf8')).toBe('a,b\n1,2\n');
  expect(existsSync(path.join(root, CACHE_DIR, 'incremental-build.json'))).toBe(true);
});

test('with no intact copy left, the manifest goes too; the shared image cache is linked in', () => {
  project = tempProject([]);
  const { root } = project;
  const png = keep(root, 'downloads/a/v1/a-v1-wechat.png', 'png bytes');
  writeFileSync(path.join(root, CACHE_DIR, 'incremental-build.json'), '{}');
  recordBuildCache(root);
  writeFileSync(png, 'PNG BYTES');
  expect(prepareBuildCache(root)).toEqual({ intact: 0, removed: ['downloads/a/v1/a-v1-wechat.png'] });
  expect(existsSync(path.join(root, CACHE_DIR, 'incremental-build.json'))).toBe(false);
  expect(lstatSync(path.join(root, CACHE_DIR, 'assets')).isSymbolicLink()).toBe(true);
  expect(existsSync(path.join(root, 'node_modules', '.astro', 'assets'))).toBe(true);
});
