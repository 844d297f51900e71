/**
 * Story files hold text, not code, in the build too (issue 9): a copy of the project whose story
 * holds code (import, `{…}` with JSX inside, raw HTML, a script link, an image from another site)
 * is refused by `npm run build`, which lists every piece with its line and leaves the previous
 * dist/ untouched. `npm run check` reports the same pieces together with a bad data file and a bad
 * picture entry, in one round. The hostile text is added to whatever story the project holds first.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readStories } from '../helpers/stories.ts';
import { BUILDABLE, runProjectScript, tempProject } from '../helpers/temp-project.ts';

/** Each hostile piece, and the text the report must show for it. */
const HOSTILE: [piece: string, reported: string][] = [
  ['import {readFileSync} from "node:fs"', 'a story file may not import or export code'],
  ['{readFileSync("/etc/hostname", "utf8")}', '{readFileSync("/etc/hostname", "utf8")}'],
  ['{<meta http-equiv="refresh" content="0;url=https://evil.example/" />}', '{<meta http-equiv="refresh"'],
  ['{<script>alert(1)</script>}', '{<script>alert(1)</script>}'],
  ['{<iframe src="https://evil.example/" />}', '{<iframe src="https://evil.example/" />}'],
  ['{<img src="x" onError={() => alert(1)} />}', '{<img src="x" onError'],
  ['{<svg onLoad={() => alert(1)} />}', '{<svg onLoad'],
  ['{<base href="https://evil.example/" />}', '{<base href="https://evil.example/" />}'],
  ['{<form action="https://evil.example/"><input name="p" /></form>}', '{<form action='],
  ['<div>raw</div>', 'raw HTML or JSX such as <div>'],
  ['[click](javascript:alert(1))', 'the link target javascript:alert(1) is not a web address'],
  ['[page](data:text/html;base64,PHNjcmlwdD4=)', 'the link target data:text/html;base64,PHNjcmlwdD4= is not'],
  ['![x](https://evil.example/a.png)', 'the image https://evil.example/a.png is not from this site'],
];

const story = readStories()[0];
if (!story) throw new Error('the project has no story to add hostile text to');

let project: ReturnType<typeof tempProject>;
/** The line each hostile piece is on, once appended to the story. */
const lines: number[] = [];

beforeAll(() => {
  project = tempProject(BUILDABLE);
  const file = path.join(project.root, story.file);
  const original = readFileSync(file, 'utf8').replace(/\n*$/, '\n');
  const first = original.split('\n').length + 1;
  HOSTILE.forEach((_, index) => lines.push(first + index * 2));
  // An import must start the file's body or follow a blank line; every piece stands in its own paragraph.
  writeFileSync(file, `${original}\n${HOSTILE.map(([piece]) => piece).join('\n\n')}\n`);
  mkdirSync(path.join(project.root, 'dist'), { recursive: true });
  writeFileSync(path.join(project.root, 'dist/index.html'), 'last good site');
});
afterAll(() => project.cleanup());

describe('a story holding code', () => {
  test('npm run build refuses it, naming every piece with its line, and keeps the last good site', () => {
    const { code, out } = runProjectScript(project.root, 'build-site.ts');
    expect(code, out).toBe(1);
    HOSTILE.forEach(([, reported], index) => {
      expect(out, reported).toContain(reported);
      expect(out).toContain(`${story.file}:${lines[index]}:`);
    });
    expect(out).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
    expect(readFileSync(path.join(project.root, 'dist/index.html'), 'utf8')).toBe('last good site');
    expect(readdirSync(project.root).filter((name) => name.startsWith('dist.'))).toEqual([]);
    expect(existsSync(path.join(project.root, 'dist', story.slug))).toBe(false);
  });

  test('npm run check lists the same pieces, a broken data file and a picture without alt text in one round', () => {
    const dataset = readdirSync(path.join(project.root, 'data'), { withFileTypes: true }).find(
      (entry) => entry.isDirectory() && !entry.name.startsWith('_'),
    );
    if (!dataset) throw new Error('the project has no dataset');
    const dataFile = `data/${dataset.name}/v1.json`;
    writeFileSync(path.join(project.root, dataFile), '{ "broken": ');
    const picturesFile = path.join(project.root, 'content/pictures.json');
    const pictures = JSON.parse(readFileSync(picturesFile, 'utf8')) as { pictures: { alt: string }[] };
    const [picture] = pictures.pictures;
    if (!picture) throw new Error('the project has no picture');
    picture.alt = '';
    writeFileSync(picturesFile, JSON.stringify(pictures, null, 2));
    const { code, out } = runProjectScript(project.root, 'check-data.ts');
    expect(code, out).toBe(1);
    expect(out).toContain(dataFile);
    expect(out).toMatch(/content\/pictures\.json › pictures\[0\]\.alt/);
    for (const [, reported] of HOSTILE) expect(out, reported).toContain(reported);
    expect(out).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
  });
});
