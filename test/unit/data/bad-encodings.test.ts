/**
 * A story (.mdx) or content/pictures.json saved in GBK or UTF-16 is reported by name, with how to
 * re-save it as UTF-8, before anything reads it as mojibake. The fixtures are a story and the
 * pictures fixture, re-encoded (test/fixtures/bad-edits/story-*.mdx, pictures-*.json).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { formatProblem, type EditorProblem } from '../../../src/data/problems.ts';
import { checkStories } from '../../../src/stories/check-content.ts';
import { checkPictures } from '../../../src/stories/check-pictures.ts';
import { fixtureCatalog } from '../../helpers/fixture-catalog.ts';
import { FIXTURES, tempProject } from '../../helpers/temp-project.ts';

const BAD_EDITS = path.join(FIXTURES, 'bad-edits');

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** A project holding only `fixture`, copied to `target`. */
function projectWith(fixture: string, target: string): string {
  const project = tempProject([]);
  cleanup = project.cleanup;
  mkdirSync(path.join(project.root, path.dirname(target)), { recursive: true });
  copyFileSync(path.join(BAD_EDITS, fixture), path.join(project.root, target));
  return project.root;
}

function expectEncodingProblem(problems: EditorProblem[], file: string, zh: string, en: string, fix: string): void {
  const text = problems.map(formatProblem).join('\n');
  const problem = problems.find((p) => p.message.includes(zh));
  expect(problem, text).toBeDefined();
  expect(problem?.file).toBe(file);
  expect(problem?.message).toContain(en);
  expect(problem?.fix).toContain(fix);
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+\)?$/m);
}

const ENCODINGS = [
  { encoding: 'GBK', suffix: 'gbk', zh: '是 GBK 编码', en: 'saved in GBK', fix: 'Reopen with Encoding → GBK' },
  { encoding: 'UTF-16', suffix: 'utf16le', zh: '是 UTF-16 编码', en: 'saved in UTF-16', fix: 'Save with Encoding → UTF-8' },
];

describe('files saved in another encoding name it and say how to save as UTF-8', () => {
  test.each(ENCODINGS)('a story saved as $encoding', ({ suffix, zh, en, fix }) => {
    const file = 'content/stories/x.mdx';
    const root = projectWith(`story-${suffix}.mdx`, file);
    expectEncodingProblem(checkStories(root, fixtureCatalog()), file, zh, en, fix);
  });

  test.each(ENCODINGS)('content/pictures.json saved as $encoding', ({ suffix, zh, en, fix }) => {
    const file = 'content/pictures.json';
    const root = projectWith(`pictures-${suffix}.json`, file);
    expectEncodingProblem(checkPictures(root), file, zh, en, fix);
  });
});
