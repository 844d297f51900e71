/**
 * `npm run build` refuses bad edits: a wrong data value, a reference to a missing figure, a broken
 * MDX tag. It prints the editor's message, exits 1, and leaves the previous dist/ untouched (no
 * partial site).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BUILDABLE, runProjectScript, tempProject } from '../helpers/temp-project.ts';

let project: ReturnType<typeof tempProject>;

beforeAll(() => {
  project = tempProject(BUILDABLE);
});
afterAll(() => project.cleanup());

const build = () => runProjectScript(project.root, 'build-site.ts');

/** Runs `edit` on a file, builds, and restores the file. */
function buildWith(file: string, edit: (text: string) => string): { code: number; out: string } {
  const full = path.join(project.root, file);
  const original = readFileSync(full, 'utf8');
  writeFileSync(full, edit(original));
  try {
    return build();
  } finally {
    writeFileSync(full, original);
  }
}

describe('the build refuses bad edits and keeps the last good site', () => {
  beforeAll(() => {
    mkdirSync(path.join(project.root, 'dist'), { recursive: true });
    writeFileSync(path.join(project.root, 'dist/index.html'), 'last good site');
  });

  const cases: [string, string, (text: string) => string, string[]][] = [
    [
      'a wrong value in a published data file',
      'data/enclosures/v1.json',
      (t) => t.replace('"sites_rectified": 636', '"sites_rectified": "636"'),
      ['data/enclosures/v1.json › sites_rectified：应为非负整数 (expected a non-negative integer)，实际为 "636"'],
    ],
    [
      'a <Num> that points at a missing field',
      'content/stories/changchun.mdx',
      (t) => t.replace('<Num of="enclosures.sites_rectified" />', '<Num of="enclosures.sites_rectifed" />'),
      ['content/stories/changchun.mdx', '<Num of="enclosures.sites_rectifed">', 'no figure or date "sites_rectifed"'],
    ],
    [
      'a broken MDX tag',
      'content/stories/changchun.mdx',
      (t) => t.replace('<Quote id="wang-lei-traffic" />', '<Quote id="wang-lei-traffic"'),
      ['content/stories/changchun.mdx', 'MDX 格式错误 (MDX syntax error)'],
    ],
    [
      'a placeholder in the headline that points nowhere',
      'content/stories/changchun.mdx',
      (t) => t.replace('{enclosures.sites_rectified}', '{enclosures.sites}'),
      ['content/stories/changchun.mdx', 'dek › {enclosures.sites}'],
    ],
  ];

  test.each(cases)('%s', (_name, file, edit, expected) => {
    const { code, out } = buildWith(file, edit);
    expect(code).toBe(1);
    for (const text of expected) expect(out).toContain(text);
    expect(out).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
    expect(readFileSync(path.join(project.root, 'dist/index.html'), 'utf8')).toBe('last good site');
    expect(readdirSync(project.root).filter((name) => name.startsWith('dist.'))).toEqual([]);
  });

  test('a good build replaces dist/ only when complete', () => {
    const { code, out } = build();
    expect(code, out).toBe(0);
    expect(existsSync(path.join(project.root, 'dist/changchun/index.html'))).toBe(true);
    expect(readFileSync(path.join(project.root, 'dist/index.html'), 'utf8')).not.toBe('last good site');
  });
});
