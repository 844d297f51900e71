/**
 * `npm run build` refuses bad edits: a wrong data value, a reference to a missing figure, a broken
 * MDX tag. It prints the editor's message (and nothing that reads like a crash), exits 1, and leaves
 * the previous dist/ untouched (no partial site). Each bad edit is made to whatever the project holds: its first figure of a
 * dataset, the first story with a <Num>, the first placeholder in a story's frontmatter.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { figurePaths } from '../../src/data/citations.ts';
import { DATASET_SCHEMAS, type DatasetId } from '../../src/schemas/index.ts';
import { formatPath, getAtPath, type PathSegment } from '../../src/text/json-path.ts';
import { numReferences, readStories } from '../helpers/stories.ts';
import { BUILDABLE, ROOT, runProjectScript, tempProject } from '../helpers/temp-project.ts';

let project: ReturnType<typeof tempProject>;

beforeAll(() => {
  project = tempProject(BUILDABLE);
});
afterAll(() => project.cleanup());

/** A copy of `value` with `at` set to `next`. */
function setAtPath(value: Record<string, unknown>, at: PathSegment[], next: unknown): Record<string, unknown> {
  const copy = structuredClone(value);
  const parent = getAtPath(copy, at.slice(0, -1)) as Record<PathSegment, unknown>;
  parent[at.at(-1) ?? ''] = next;
  return copy;
}

// The first plain (unqualified) figure of the first dataset that has one, in its version 1.
const [figureFile, figure, figureValue] = (() => {
  for (const dataset of Object.keys(DATASET_SCHEMAS) as DatasetId[]) {
    const file = `data/${dataset}/v1.json`;
    const data = JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as unknown;
    const found = figurePaths(DATASET_SCHEMAS[dataset], data).find((at) => typeof getAtPath(data, at) === 'number');
    if (found) return [file, found, getAtPath(data, found) as number] as const;
  }
  throw new Error('no dataset has a plain figure to break');
})();

const stories = readStories();
const withNum = stories.find((story) => numReferences(story.mdx).length > 0);
if (!withNum) throw new Error('no story has a <Num> to break');
const numReference = numReferences(withNum.mdx)[0] ?? '';
const numField = numReference.slice(numReference.indexOf('.') + 1);
const selfClosing = /<[A-Z][A-Za-z]*\b[^<>]*\/>/.exec(withNum.mdx.replace(/^---\n[\s\S]*?\n---\n/, ''))?.[0] ?? '';

// The first `{dataset.field}` placeholder in a story's frontmatter, and the line it is on.
const withPlaceholder = (() => {
  for (const story of stories) {
    const front = /^---\n([\s\S]*?)\n---/.exec(story.mdx)?.[1] ?? '';
    for (const line of front.split('\n')) {
      const match = /^(\w+):.*?(\{([a-z0-9-]+)\.[^{}\s]+\})/.exec(line);
      if (match?.[1] && match[2] && match[3])
        return { story, line, key: match[1], placeholder: match[2], dataset: match[3] };
    }
  }
  throw new Error("no story's frontmatter has a {dataset.field} placeholder to break");
})();
const missingPlaceholder = `{${withPlaceholder.dataset}.no_such_field}`;

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
      figureFile,
      (t) => {
        const json = JSON.parse(t) as Record<string, unknown>;
        return `${JSON.stringify(setAtPath(json, figure, String(figureValue)), null, 2)}\n`;
      },
      [`${figureFile} › ${formatPath(figure)}：`, `实际为 "${figureValue}"`],
    ],
    [
      'a <Num> that points at a missing field',
      withNum.file,
      (t) => t.replace(`<Num of="${numReference}"`, `<Num of="${numReference}_typo"`),
      [withNum.file, `<Num of="${numReference}_typo">`, `no figure or date "${numField}_typo"`],
    ],
    [
      'a broken MDX tag',
      withNum.file,
      (t) => t.replace(selfClosing, selfClosing.slice(0, -2)),
      [withNum.file, 'MDX 格式错误 (MDX syntax error)'],
    ],
    [
      'a placeholder in the headline that points nowhere',
      withPlaceholder.story.file,
      (t) =>
        t.replace(withPlaceholder.line, withPlaceholder.line.replace(withPlaceholder.placeholder, missingPlaceholder)),
      [withPlaceholder.story.file, `${withPlaceholder.key} › ${missingPlaceholder}`],
    ],
  ];

  test.each(cases)('%s', (_name, file, edit, expected) => {
    const { code, out } = buildWith(file, edit);
    expect(code).toBe(1);
    for (const text of expected) expect(out).toContain(text);
    expect(out).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
    // Nothing that reads like a crash: no "[ERROR] … unhandled error" from Astro, no internal error.
    expect(out).not.toMatch(/\[ERROR\]|unhandled error|内部错误|internal error/);
    expect(readFileSync(path.join(project.root, 'dist/index.html'), 'utf8')).toBe('last good site');
    expect(readdirSync(project.root).filter((name) => name.startsWith('dist.'))).toEqual([]);
  });

  test('a good build replaces dist/ only when complete', () => {
    const { code, out } = build();
    expect(code, out).toBe(0);
    for (const story of readStories(project.root))
      expect(existsSync(path.join(project.root, 'dist', story.slug, 'index.html')), story.slug).toBe(true);
    expect(readFileSync(path.join(project.root, 'dist/index.html'), 'utf8')).not.toBe('last good site');
  });
});
