/**
 * The footer of a story says what its pictures are, and only what is true: when every picture it
 * shows is an illustration, the illustrations sentence; when it shows only photos, no sentence
 * (each photo carries its own credit); when it shows both, a sentence saying which are the
 * illustrations and how many of each. Pictures count whether shown alone (`<Picture>`) or in a
 * before/after pair (`<BeforeAfter>`). Each case is a one-line story in a temporary project with
 * the fixture test/fixtures/pictures/pictures.json (illustrations: river-park, market-street and
 * the pair "bridge"; photos: station-square and the pair "lane").
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { loadCatalog } from '../../../src/data/catalog.ts';
import { ALL_ILLUSTRATIONS_NOTE, storyFooter } from '../../../src/stories/story-footer.ts';
import { FIXTURES, tempProject } from '../../helpers/temp-project.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** The footer's pictures sentence for a story whose body is `body`. */
function picturesNoteOf(body: string): string | undefined {
  const copy = tempProject(['data']);
  cleanup = copy.cleanup;
  mkdirSync(path.join(copy.root, 'content/stories'), { recursive: true });
  copyFileSync(path.join(FIXTURES, 'pictures/pictures.json'), path.join(copy.root, 'content/pictures.json'));
  writeFileSync(path.join(copy.root, 'content/stories/pictures-test.mdx'), `---\ntitle: 测试\n---\n\n${body}\n`);
  const catalog = loadCatalog(copy.root, { includeDrafts: true });
  return storyFooter(copy.root, catalog, 'pictures-test').picturesNote;
}

describe('the footer sentence about pictures', () => {
  test('only illustrations: the pictures are illustrations, not photos', () => {
    expect(picturesNoteOf('<Picture id="river-park" />\n\n<BeforeAfter id="bridge" />')).toBe(
      '文中配图为数据新闻组绘制的示意图，非实拍。',
    );
    expect(ALL_ILLUSTRATIONS_NOTE).toBe('文中配图为数据新闻组绘制的示意图，非实拍。');
  });

  test('only photos: no illustrations sentence', () => {
    expect(picturesNoteOf('<Picture id="station-square" />\n\n<BeforeAfter id="lane" />')).toBeUndefined();
  });

  test('both: says which are illustrations, and how many of each', () => {
    const note = picturesNoteOf(
      '<Picture id="river-park" />\n\n<Picture id="station-square" />\n\n<BeforeAfter id="lane" />',
    );
    expect(note).toBe('文中配图里，标有“示意图，非实拍”的 1 张为数据新闻组绘制的示意图，其余 3 张为实拍照片。');
  });

  test('both, the illustrations coming from a pair', () => {
    const note = picturesNoteOf('<Picture id="station-square" />\n\n<BeforeAfter id="bridge" />');
    expect(note).toBe('文中配图里，标有“示意图，非实拍”的 2 张为数据新闻组绘制的示意图，其余 1 张为实拍照片。');
  });

  test('no pictures: no sentence', () => {
    expect(picturesNoteOf('没有配图的正文。')).toBeUndefined();
  });
});
