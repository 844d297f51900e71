/**
 * `npm run story:new -- <slug>` in a fixture project: it refuses a bad or taken name with a plain
 * bilingual message, and otherwise writes a story whose frontmatter is valid and whose worked example
 * passes the content check as written, with published data or without any.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { loadCatalog } from '../../../src/data/catalog.ts';
import { LOCK_FILE } from '../../../src/data/lock.ts';
import { storyFrontmatterSchema } from '../../../src/schemas/story.ts';
import { checkStories, STORIES_DIR } from '../../../src/stories/check-content.ts';
import { checkPublishedData } from '../../../src/stories/check-published.ts';
import { fixtureProject } from '../../helpers/fixture-project.ts';
import { runProjectScript } from '../../helpers/temp-project.ts';

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

/** A fixture project with one existing story, at `order: 7`. */
function project(): string {
  const { root, cleanup } = fixtureProject(['src', 'scripts', 'package.json', 'node_modules']);
  cleanups.push(cleanup);
  mkdirSync(path.join(root, STORIES_DIR), { recursive: true });
  writeFileSync(
    path.join(root, STORIES_DIR, 'first.mdx'),
    '---\ntitle: 第一篇\ndek: 导语\ndescription: 简介\ncredit: 测试\norder: 7\n---\n\n正文。\n',
  );
  return root;
}

const storyFiles = (root: string) => readdirSync(path.join(root, STORIES_DIR)).sort();
const frontmatter = (source: string): unknown => load(/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '');

describe('story:new refuses', () => {
  const root = project();
  test.each([
    ['a name that is not kebab-case', 'Flood_Defences', '报道名称应为小写英文字母、数字和连字符'],
    ['no name at all', '', '报道名称应为小写英文字母、数字和连字符'],
    ['a story that exists', 'first', '已经有名为 first 的报道了'],
    ["a path the site's pages use", 'charts', '网址 /charts/ 已被网站自己的页面使用'],
  ])('%s, in Chinese then English, without a stack trace or a file', (_, slug, message) => {
    const before = readFileSync(path.join(root, STORIES_DIR, 'first.mdx'), 'utf8');
    const { code, out } = runProjectScript(root, 'new-story.ts', slug ? [slug] : []);
    expect(code).toBe(1);
    expect(out).toContain('✗ 新建报道未通过');
    expect(out).toContain(message);
    expect(out).toMatch(/[\u4e00-\u9fff][^\n]*\([a-z][^\n]*\)/);
    expect(out).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
    expect(storyFiles(root)).toEqual(['first.mdx']);
    expect(readFileSync(path.join(root, STORIES_DIR, 'first.mdx'), 'utf8')).toBe(before);
  });
});

describe('story:new writes a story that passes the checks as written', () => {
  test('with published data: a figure, a date and a chart chosen from the catalog', () => {
    const root = project();
    const { code, out } = runProjectScript(root, 'new-story.ts', ['flood-defences']);
    expect(code, out).toBe(0);
    expect(out).toContain('content/stories/flood-defences.mdx');
    const source = readFileSync(path.join(root, STORIES_DIR, 'flood-defences.mdx'), 'utf8');
    const parsed = storyFrontmatterSchema.parse(frontmatter(source));
    expect(parsed.order).toBe(8);
    expect(source).toMatch(/<Num of="[a-z0-9-]+\.[^"]+" \/>/);
    expect(source).toMatch(/<Chart id="[a-z0-9-]+" \/>/);
    expect(source).toMatch(/\{[a-z0-9-]+\.as_of\}/);
    const catalog = loadCatalog(root, { includeDrafts: false });
    expect(checkStories(root, catalog)).toEqual([]);
    expect(checkPublishedData(root, catalog)).toEqual([]);

    // A second run never overwrites the editor's work.
    writeFileSync(path.join(root, STORIES_DIR, 'flood-defences.mdx'), `${source}\n编辑写的字。\n`);
    expect(runProjectScript(root, 'new-story.ts', ['flood-defences']).code).toBe(1);
    expect(readFileSync(path.join(root, STORIES_DIR, 'flood-defences.mdx'), 'utf8')).toContain('编辑写的字');
  });

  test('with nothing published yet: text only, still valid', () => {
    const root = project();
    rmSync(path.join(root, LOCK_FILE));
    expect(runProjectScript(root, 'new-story.ts', ['first-words']).code).toBe(0);
    const source = readFileSync(path.join(root, STORIES_DIR, 'first-words.mdx'), 'utf8');
    expect(storyFrontmatterSchema.safeParse(frontmatter(source)).success).toBe(true);
    expect(source).not.toMatch(/<Num|<Chart|\{[a-z0-9-]+\./);
    const catalog = loadCatalog(root, { includeDrafts: false });
    expect(checkStories(root, catalog)).toEqual([]);
  });
});
