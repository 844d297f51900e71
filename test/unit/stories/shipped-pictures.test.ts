/**
 * The picture metadata we ship. For any content: it passes the schema and the file check, every
 * illustration is marked as one and has a drawing, a photo is never marked as one, and every
 * picture and pair a story names exists. For the Changchun story: its pictures stand for the
 * article's six photos (an illustration keeps the article's caption verbatim until a real photo
 * replaces it, as docs/EDITING.md describes) and its pairs' facts come from the article. The
 * illustrations are drawn into a copy of content/, never into the project.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { drawIllustrations, ILLUSTRATION_IDS } from '../../../scripts/lib/draw-illustrations.ts';
import { checkPictures, readPictures } from '../../../src/stories/check-pictures.ts';
import { MDX_COMPONENTS } from '../../../src/stories/mdx-components.ts';
import type { Catalog } from '../../../src/data/catalog.ts';
import { formatProblem } from '../../../src/data/problems.ts';
import { ILLUSTRATION_MARK, type PicturesFile } from '../../../src/schemas/pictures.ts';
import { componentIds as idsIn, readStories } from '../../helpers/stories.ts';
import { ROOT, tempProject } from '../../helpers/temp-project.ts';

const stories = readStories();

const copy = tempProject(['content']);
afterAll(copy.cleanup);
let shipped: PicturesFile;

beforeAll(async () => {
  // The JPEGs are build outputs; on a fresh checkout they are drawn here first (in the copy).
  await drawIllustrations(copy.root);
  const read = readPictures(copy.root);
  if (!read.ok) throw new Error(read.problems.map(formatProblem).join('\n'));
  shipped = read.pictures;
}, 60_000);

describe('content/pictures.json as shipped', () => {
  test('passes the schema and every file it names exists', () => {
    expect(checkPictures(copy.root).map(formatProblem)).toEqual([]);
  });

  test('every illustration is marked as one and has a drawing; no photo is marked as one', () => {
    for (const picture of shipped.pictures) {
      if (picture.kind === 'illustration') {
        expect(picture.credit, picture.id).toContain(ILLUSTRATION_MARK);
        expect(picture.alt, picture.id).toMatch(/^示意图：/);
        expect(picture.file, picture.id).toBe(`illustrations/${picture.id}.jpg`);
        expect(ILLUSTRATION_IDS, picture.id).toContain(picture.id);
        // A drawing has no capture date; its note must not read like a photo's.
        expect(picture.date_note ?? '', picture.id).not.toMatch(/照片|拍摄/);
      } else {
        expect(picture.credit, picture.id).not.toContain(ILLUSTRATION_MARK);
        expect(picture.alt, picture.id).not.toMatch(/^示意图/);
      }
    }
  });

  test('every <Picture> and <BeforeAfter> in every story exists', () => {
    const pictures = new Set(shipped.pictures.map((picture) => picture.id));
    const pairs = new Set(shipped.pairs.map((pair) => pair.id));
    for (const { file, mdx } of stories) {
      for (const id of idsIn(mdx, 'Picture')) expect(pictures.has(id), `${file}: <Picture id="${id}">`).toBe(true);
      for (const id of idsIn(mdx, 'BeforeAfter')) expect(pairs.has(id), `${file}: <BeforeAfter id="${id}">`).toBe(true);
    }
  });

  test('the story check names an unknown picture or pair id, and suggests the right one', () => {
    const context = { catalog: {} as Catalog, root: copy.root, lang: 'zh' as const };
    const [picture] = shipped.pictures;
    if (!picture) throw new Error('no pictures');
    expect(MDX_COMPONENTS['Picture']?.check?.({ id: picture.id }, context)).toBeUndefined();
    const typo = MDX_COMPONENTS['Picture']?.check?.({ id: `${picture.id}x` }, context);
    expect(typo?.message).toContain('content/pictures.json');
    expect(typo?.message).toContain(`"${picture.id}x"`);
    expect(typo?.fix).toContain(picture.id);
    for (const pair of shipped.pairs.slice(0, 1)) {
      expect(MDX_COMPONENTS['BeforeAfter']?.check?.({ id: pair.id }, context)).toBeUndefined();
      const miss = MDX_COMPONENTS['BeforeAfter']?.check?.({ id: `${pair.id}x` }, context);
      expect(miss?.message).toContain(`no before/after pair "${pair.id}x"`);
      expect(miss?.fix).toContain(pair.id);
    }
  });
});

describe('the Changchun story’s pictures', () => {
  const article = readFileSync(path.join(ROOT, 'data/_sources/changchun-article.zh.txt'), 'utf8');
  const story = readFileSync(path.join(ROOT, 'content/stories/changchun.mdx'), 'utf8');

  /** The article's six photo captions, in the order it prints them. */
  const ARTICLE_CAPTIONS: Record<string, string> = {
    'minle-back-street': '长春市二道区长青街道凯利社区民乐小区背街小巷道路改造。',
    'zhishan-road-sweeping': '长春市南关至善路背街小巷人行步道小型机械化设备清扫作业。',
    'renovated-compound': '改造后漂亮的小区。',
    'bridge-pier-cleaning': '环卫工人对桥墩和路面方砖进行清洗。',
    'century-square-paving': '轨道交通3号线世纪广场站轻轨桥下正在进行步行方砖铺设。',
    'xinmin-pocket-park': '拆围透绿，位于长春新民大街两侧的口袋公园成为市民休闲打卡地。',
  };

  test('the story shows one picture for each of the article’s six photos, and the two pairs', () => {
    expect(idsIn(story, 'Picture').sort()).toEqual(Object.keys(ARTICLE_CAPTIONS).sort());
    expect(idsIn(story, 'BeforeAfter').sort()).toEqual(['nanhu-xincun', 'tiebei-2nd-road']);
  });

  test.each(Object.entries(ARTICLE_CAPTIONS))(
    "%s: the article's caption, verbatim, while it is an illustration",
    (id, caption) => {
      expect(article).toContain(caption);
      const picture = shipped.pictures.find((p) => p.id === id);
      expect(picture, id).toBeDefined();
      // A real photo (docs/EDITING.md §6) brings its own caption; a drawing of the article's photo keeps the article's.
      if (picture?.kind === 'illustration') {
        expect(picture.caption).toBe(caption);
        expect(picture.date).toBe('2025');
        expect(picture.date_note).toMatch(/未注明/);
      }
    },
  );

  test('each pair has a before and an after picture named after it, labelled 整治前 and 整治后 (Before, After)', () => {
    expect(shipped.pairs.map((pair) => pair.id).sort()).toEqual(['nanhu-xincun', 'tiebei-2nd-road']);
    for (const pair of shipped.pairs) {
      expect(pair.before).toEqual({ picture: `${pair.id}-before`, label: '整治前', label_en: 'Before' });
      expect(pair.after).toEqual({ picture: `${pair.id}-after`, label: '整治后', label_en: 'After' });
    }
  });

  test("the pairs' facts come from the article", () => {
    for (const words of [
      '南湖新村中街',
      '山杏和榆叶梅',
      '石桌石凳',
      '铁北二路与北七条交会处',
      '半条人行道',
      '行人只能绕行机动车道',
    ]) {
      expect(article).toContain(words);
      expect(
        shipped.pairs.some((pair) => pair.caption.includes(words)),
        words,
      ).toBe(true);
    }
  });
});
