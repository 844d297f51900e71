/**
 * The picture metadata we ship: it passes the schema and the file check, every illustration is
 * marked as one, the article's six photo captions are used verbatim, and every picture and pair the
 * story names exists.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { drawIllustrations, ILLUSTRATION_IDS } from '../../../scripts/lib/draw-illustrations.ts';
import { checkPictures, readPictures } from '../../../src/stories/check-pictures.ts';
import { MDX_COMPONENTS } from '../../../src/stories/mdx-components.ts';
import type { Catalog } from '../../../src/data/catalog.ts';
import { formatProblem } from '../../../src/data/problems.ts';
import { picturesFileSchema, type PicturesFile } from '../../../src/schemas/pictures.ts';
import { ROOT } from '../../helpers/temp-project.ts';

const article = readFileSync(path.join(ROOT, 'data/_sources/changchun-article.zh.txt'), 'utf8');
const story = readFileSync(path.join(ROOT, 'content/stories/changchun.mdx'), 'utf8');
let shipped: PicturesFile;

beforeAll(async () => {
  // The JPEGs are build outputs; on a fresh checkout they are drawn here first.
  await drawIllustrations(ROOT);
  const read = readPictures(ROOT);
  if (!read.ok) throw new Error(read.problems.map(formatProblem).join('\n'));
  shipped = read.pictures;
}, 60_000);

/** The article's six photo captions, in the order it prints them. */
const ARTICLE_CAPTIONS: Record<string, string> = {
  'minle-back-street': '长春市二道区长青街道凯利社区民乐小区背街小巷道路改造。',
  'zhishan-road-sweeping': '长春市南关至善路背街小巷人行步道小型机械化设备清扫作业。',
  'renovated-compound': '改造后漂亮的小区。',
  'bridge-pier-cleaning': '环卫工人对桥墩和路面方砖进行清洗。',
  'century-square-paving': '轨道交通3号线世纪广场站轻轨桥下正在进行步行方砖铺设。',
  'xinmin-pocket-park': '拆围透绿，位于长春新民大街两侧的口袋公园成为市民休闲打卡地。',
};

describe('content/pictures.json as shipped', () => {
  test('passes the schema and every file it names exists', () => {
    expect(
      picturesFileSchema.safeParse(JSON.parse(readFileSync(path.join(ROOT, 'content/pictures.json'), 'utf8'))).success,
    ).toBe(true);
    expect(checkPictures(ROOT).map(formatProblem)).toEqual([]);
  });

  test('every illustration is marked as one and has a drawing', () => {
    const illustrations = shipped.pictures.filter((picture) => picture.kind === 'illustration');
    expect(illustrations.length).toBeGreaterThan(0);
    for (const picture of illustrations) {
      expect(picture.credit, picture.id).toContain('示意图');
      expect(picture.alt, picture.id).toMatch(/^示意图：/);
      expect(picture.file, picture.id).toBe(`illustrations/${picture.id}.jpg`);
      expect(ILLUSTRATION_IDS, picture.id).toContain(picture.id);
    }
    // We have no photos yet: everything is an illustration.
    expect(shipped.pictures.every((picture) => picture.kind === 'illustration')).toBe(true);
  });

  test.each(Object.entries(ARTICLE_CAPTIONS))("%s: the caption is the article's, verbatim", (id, caption) => {
    expect(article).toContain(caption);
    expect(shipped.pictures.find((picture) => picture.id === id)?.caption).toBe(caption);
  });

  test('each pair has a before and an after picture named after it, labelled 整治前 and 整治后', () => {
    expect(shipped.pairs.map((pair) => pair.id).sort()).toEqual(['nanhu-xincun', 'tiebei-2nd-road']);
    for (const pair of shipped.pairs) {
      expect(pair.before).toEqual({ picture: `${pair.id}-before`, label: '整治前' });
      expect(pair.after).toEqual({ picture: `${pair.id}-after`, label: '整治后' });
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

  test('dates say what is known: the year, and that the day is not given', () => {
    for (const picture of shipped.pictures) {
      expect(picture.date).toBe('2025');
      expect(picture.date_note).toMatch(/未注明/);
      // A drawing has no capture date; its note must not read like a photo's.
      if (picture.kind === 'illustration') expect(picture.date_note).not.toMatch(/照片|拍摄/);
    }
  });

  test('every <Picture> and <BeforeAfter> in the story exists', () => {
    const pictures = [...story.matchAll(/<Picture id="([^"]+)"/g)].map((m) => m[1]);
    const pairs = [...story.matchAll(/<BeforeAfter id="([^"]+)"/g)].map((m) => m[1]);
    expect(pictures.sort()).toEqual(Object.keys(ARTICLE_CAPTIONS).sort());
    expect(pairs.sort()).toEqual(['nanhu-xincun', 'tiebei-2nd-road']);
  });

  test('the story check names an unknown picture or pair id', () => {
    const context = { catalog: {} as Catalog, root: ROOT };
    expect(MDX_COMPONENTS['Picture']?.check?.({ id: 'xinmin-pocket-park' }, context)).toBeUndefined();
    expect(MDX_COMPONENTS['BeforeAfter']?.check?.({ id: 'nanhu-xincun' }, context)).toBeUndefined();
    const picture = MDX_COMPONENTS['Picture']?.check?.({ id: 'xinmin-park' }, context);
    expect(picture?.message).toContain('content/pictures.json');
    expect(picture?.message).toContain('"xinmin-park"');
    expect(picture?.fix).toContain('xinmin-pocket-park');
    const pair = MDX_COMPONENTS['BeforeAfter']?.check?.({ id: 'nanhu' }, context);
    expect(pair?.message).toContain('no before/after pair "nanhu"');
    expect(pair?.fix).toContain('nanhu-xincun');
  });
});
