/**
 * An editor's mistakes in content/pictures.json are reported naming the file, the field and the
 * fix, in Chinese and English: a missing alt, a missing or misspelt file, a pair pointing at a
 * picture that does not exist, an illustration credited as a photo, a photo credited, described or
 * captioned as an illustration, a photo too small for the widest version the site makes, a typo in
 * a field name, a syntax slip. Each case edits a copy of the fixture
 * test/fixtures/pictures/pictures.json (some illustrations, some photos, two pairs) in a temporary
 * project: each photo is a real JPEG of the smallest accepted width (made with sharp), each
 * illustration a stand-in file.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { PHOTO_MIN_WIDTH } from '../../../src/stories/check-pictures.ts';
import { PICTURE_WIDTHS } from '../../../src/stories/picture-options.ts';
import { checkPictures } from '../../../src/stories/check-pictures.ts';
import { formatProblem, type EditorProblem } from '../../../src/data/problems.ts';
import { FIXTURES, REPO, tempProject } from '../../helpers/temp-project.ts';

const FILE = 'content/pictures.json';
const FIXTURE = readFileSync(path.join(FIXTURES, 'pictures/pictures.json'), 'utf8');
type Json = { pictures: Record<string, unknown>[]; pairs: Record<string, unknown>[] } & Record<string, unknown>;

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** A plain grey JPEG of the given stored size, optionally with an EXIF orientation. */
function jpeg(width: number, height: number, orientation?: number): Promise<Buffer> {
  const image = sharp({ create: { width, height, channels: 3, background: '#888888' } });
  return (orientation ? image.withMetadata({ orientation }) : image).jpeg().toBuffer();
}

/** A photo exactly as wide as the minimum, 3:2. */
let smallestPhoto: Buffer;
beforeAll(async () => {
  smallestPhoto = await jpeg(PHOTO_MIN_WIDTH, (PHOTO_MIN_WIDTH * 2) / 3);
});

/** A project holding the fixture pictures.json: a real photo or a stand-in file for every picture it names. */
function project(): string {
  const copy = tempProject([]);
  cleanup = copy.cleanup;
  mkdirSync(path.join(copy.root, 'content'), { recursive: true });
  writeFileSync(path.join(copy.root, FILE), FIXTURE);
  for (const picture of (JSON.parse(FIXTURE) as Json).pictures) {
    const file = path.join(copy.root, 'content/pictures', String(picture['file']));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, picture['kind'] === 'photo' ? smallestPhoto : 'stand-in');
  }
  return copy.root;
}

/** Replaces the file of the fixture picture `station-square` (pictures[2], a photo). */
function withPhotoFile(content: Buffer | string): EditorProblem[] {
  const root = project();
  writeFileSync(path.join(root, 'content/pictures/photos/station-square.jpg'), content);
  return checkPictures(root);
}

function withEdit(edit: (json: Json, root: string) => void): EditorProblem[] {
  const root = project();
  const full = path.join(root, FILE);
  const json = JSON.parse(readFileSync(full, 'utf8')) as Json;
  edit(json, root);
  writeFileSync(full, `${JSON.stringify(json, null, 2)}\n`);
  return checkPictures(root);
}

function only(problems: EditorProblem[], field: string): EditorProblem {
  const found = problems.filter((p) => p.path === field);
  expect(found, problems.map(formatProblem).join('\n')).toHaveLength(1);
  const [problem] = found;
  if (!problem) throw new Error('unreachable');
  expect(problem.file).toBe(FILE);
  expect(formatProblem(problem).startsWith(`${FILE} › ${field}：`)).toBe(true);
  return problem;
}

describe('bad edits to content/pictures.json', () => {
  test('the fixture itself passes: illustrations, and real photos entered as docs/EDITING.md says', () => {
    expect(checkPictures(project()).map(formatProblem)).toEqual([]);
    const kinds = (JSON.parse(FIXTURE) as Json).pictures.map((picture) => picture['kind']);
    expect(kinds).toContain('photo');
    expect(kinds).toContain('illustration');
  });

  test('a missing alt text', () => {
    const problems = withEdit((json) => {
      delete json.pictures[2]?.['alt'];
    });
    const problem = only(problems, 'pictures[2].alt');
    expect(problem.message).toContain('缺少必填字段');
    expect(problem.message).toContain('missing required field');
    expect(problem.line).toBeGreaterThan(1);
  });

  test('an empty alt text', () => {
    const problem = only(
      withEdit((json) => {
        if (json.pictures[0]) json.pictures[0]['alt'] = '  ';
      }),
      'pictures[0].alt',
    );
    expect(problem.message).toContain('应为非空文字 (expected non-empty text)');
  });

  test('a missing file field', () => {
    const problem = only(
      withEdit((json) => {
        delete json.pictures[1]?.['file'];
      }),
      'pictures[1].file',
    );
    expect(problem.message).toContain('missing required field');
  });

  test('a file that is not there', () => {
    const problem = only(
      withEdit((json) => {
        if (json.pictures[3]) json.pictures[3]['file'] = 'photos/no-such-photo.jpg';
      }),
      'pictures[3].file',
    );
    expect(problem.message).toContain('找不到图片文件 content/pictures/photos/no-such-photo.jpg');
    expect(problem.message).toContain('the picture file does not exist');
    expect(problem.found).toBe('"photos/no-such-photo.jpg"');
    expect(problem.fix).toContain('content/pictures/');
  });

  test('an illustration that has not been drawn yet points to the drawing script', () => {
    const root = project();
    rmSync(path.join(root, 'content/pictures/illustrations/market-street.jpg'));
    const problem = only(checkPictures(root), 'pictures[1].file');
    expect(problem.fix).toContain('npm run pictures:draw');
  });

  test('a file path outside content/pictures/ or not an image', () => {
    for (const bad of ['../secrets.jpg', 'illustrations/park.gif', '/abs/park.jpg', 'illustrations/口袋公园.jpg']) {
      const problem = only(
        withEdit((json) => {
          if (json.pictures[0]) json.pictures[0]['file'] = bad;
        }),
        'pictures[0].file',
      );
      expect(problem.message, bad).toContain('content/pictures/');
      expect(problem.message, bad).toContain('expected a path inside content/pictures/');
    }
  });

  test('a pair pointing at a picture that does not exist', () => {
    const problem = only(
      withEdit((json) => {
        json.pairs[1] = { ...json.pairs[1], after: { picture: 'lane-aftr', label: '整治后' } };
      }),
      'pairs[1].after.picture',
    );
    expect(problem.message).toContain('pictures 里没有 id 为 "lane-aftr" 的图片');
    expect(problem.message).toContain('no picture with id "lane-aftr"');
    expect(problem.message).toContain('lane-after');
  });

  test('every problem at once: the pair check still runs when a picture is also wrong', () => {
    const problems = withEdit((json) => {
      delete json.pictures[0]?.['alt'];
      json.pairs[0] = { ...json.pairs[0], before: { picture: 'bridge-befor', label: '整治前' } };
    });
    only(problems, 'pictures[0].alt');
    only(problems, 'pairs[0].before.picture');
  });

  test('an illustration credited without saying it is one', () => {
    const problem = only(
      withEdit((json) => {
        if (json.pictures[0]) json.pictures[0]['credit'] = '数据新闻组';
      }),
      'pictures[0].credit',
    );
    expect(problem.message).toContain('示意图');
    expect(problem.message).toContain('never taken for a photo');
  });

  test('a photo needs no such mark', () => {
    const problems = withEdit((json, root) => {
      if (json.pictures[0]) {
        Object.assign(json.pictures[0], {
          kind: 'photo',
          credit: '新华社记者 摄',
          alt: '河边的小公园，长椅和树。',
          credit_en: 'Photo: Xinhua',
          alt_en: 'A small park by the river, with benches and trees.',
        });
      }
      writeFileSync(path.join(root, 'content/pictures/illustrations/river-park.jpg'), smallestPhoto);
    });
    expect(problems.map(formatProblem)).toEqual([]);
  });

  test.each([
    ['credit', '示意图：测试组绘制', '示意图'],
    ['credit', '测试组插图', '插图'],
    ['alt', '示意图：车站前的广场。', '示意图'],
    ['caption', 'Illustration: the station square.', 'illustration'],
  ])('a photo whose %s says it is an illustration (%s)', (field, value, word) => {
    const problem = only(
      withEdit((json) => {
        if (json.pictures[2]) json.pictures[2][field] = value;
      }),
      `pictures[2].${field}`,
    );
    expect(problem.found).toBe(JSON.stringify(value));
    expect(problem.message).toContain('图片 "station-square"');
    expect(problem.message).toContain(`“${word}”`);
    expect(problem.message).toContain('picture "station-square" is a photo');
    expect(problem.message).toContain('"kind" 改为 "illustration"');
    expect(problem.message).toContain(`remove "${word}"`);
  });

  test('a photo turned into an illustration keeps working once its credit says so', () => {
    const problems = withEdit((json) => {
      if (json.pictures[2]) {
        Object.assign(json.pictures[2], {
          kind: 'illustration',
          credit: '示意图：测试组绘制',
          credit_en: 'Illustration: drawn by the test desk',
        });
      }
    });
    expect(problems.map(formatProblem)).toEqual([]);
  });

  test.each([
    ['pictures', 2, 'alt_en'],
    ['pictures', 0, 'caption_en'],
    ['pictures', 0, 'credit_en'],
    ['pictures', 0, 'place_en'],
    ['pairs', 0, 'caption_en'],
  ] as const)('a missing English text: %s[%d].%s', (list, index, field) => {
    const problem = only(
      withEdit((json) => {
        delete json[list][index]?.[field];
      }),
      `${list}[${index}].${field}`,
    );
    expect(problem.message).toContain('缺少必填字段');
    expect(problem.message).toContain('missing required field');
  });

  test('a missing Chinese text is refused the same way', () => {
    const problem = only(
      withEdit((json) => {
        delete json.pictures[0]?.['caption'];
      }),
      'pictures[0].caption',
    );
    expect(problem.message).toContain('missing required field');
  });

  test('a date note in one language only names the other', () => {
    const problem = only(
      withEdit((json) => {
        delete json.pictures[0]?.['date_note_en'];
      }),
      'pictures[0].date_note_en',
    );
    expect(problem.message).toContain('date_note_en');
    expect(problem.message).toContain('in one language only');
  });

  test('an illustration whose English credit does not say so', () => {
    const problem = only(
      withEdit((json) => {
        if (json.pictures[0]) json.pictures[0]['credit_en'] = 'Drawn by the test desk';
      }),
      'pictures[0].credit_en',
    );
    expect(problem.message).toContain('"Illustration"');
  });

  test('a photo whose English alt says it is an illustration', () => {
    only(
      withEdit((json) => {
        if (json.pictures[2]) json.pictures[2]['alt_en'] = 'An illustration of the station square.';
      }),
      'pictures[2].alt_en',
    );
  });

  test('the minimum photo width is the widest version the site makes, so no photo is enlarged', () => {
    expect(PHOTO_MIN_WIDTH).toBe(Math.max(...PICTURE_WIDTHS));
    expect(readFileSync(path.join(REPO, 'docs/EDITING.md'), 'utf8')).toContain(`宽度至少 ${PHOTO_MIN_WIDTH} 像素`);
  });

  test('a 600×400 photo', async () => {
    const problem = only(withPhotoFile(await jpeg(600, 400)), 'pictures[2].file');
    expect(problem.found).toBe('600×400');
    expect(problem.message).toContain('照片 "station-square" 只有 600×400 像素');
    expect(problem.message).toContain(`至少要 ${PHOTO_MIN_WIDTH} 像素`);
    expect(problem.message).toContain(`at least ${PHOTO_MIN_WIDTH} px wide`);
    expect(problem.fix).toContain('content/pictures/photos/station-square.jpg');
  });

  test('a photo one pixel too narrow', async () => {
    const problem = only(withPhotoFile(await jpeg(PHOTO_MIN_WIDTH - 1, 2000)), 'pictures[2].file');
    expect(problem.found).toBe(`${PHOTO_MIN_WIDTH - 1}×2000`);
  });

  test('a photo stored wide but shown upright (EXIF rotation) is measured as shown', async () => {
    const problem = only(withPhotoFile(await jpeg(1600, 900, 6)), 'pictures[2].file');
    expect(problem.found).toBe('900×1600');
    expect(withPhotoFile(await jpeg(1600, PHOTO_MIN_WIDTH, 6)).map(formatProblem)).toEqual([]);
  });

  test('every problem at once: the files are still checked when another picture has a wrong field', async () => {
    const root = project();
    writeFileSync(path.join(root, 'content/pictures/photos/station-square.jpg'), await jpeg(600, 400));
    rmSync(path.join(root, 'content/pictures/photos/lane-after.jpg'));
    const full = path.join(root, FILE);
    const json = JSON.parse(readFileSync(full, 'utf8')) as Json;
    if (json.pictures[5]) json.pictures[5]['credit'] = '示意图：测试组绘制';
    writeFileSync(full, JSON.stringify(json, null, 2));
    const problems = checkPictures(root);
    only(problems, 'pictures[5].credit');
    expect(only(problems, 'pictures[2].file').found).toBe('600×400');
    expect(only(problems, 'pictures[6].file').message).toContain('the picture file does not exist');
    expect(problems).toHaveLength(3);
  });

  test('a photo file that is not an image', () => {
    const problem = only(withPhotoFile('not a picture'), 'pictures[2].file');
    expect(problem.message).toContain('读不出图片尺寸');
    expect(problem.message).toContain('cannot be read as an image');
    expect(problem.fix).toContain('JPEG');
  });

  test('a kind that is neither photo nor illustration', () => {
    const problem = only(
      withEdit((json) => {
        if (json.pictures[0]) json.pictures[0]['kind'] = '照片';
      }),
      'pictures[0].kind',
    );
    expect(problem.message).toContain('expected "photo" or "illustration"');
  });

  test('the same id twice', () => {
    const problem = only(
      withEdit((json) => {
        if (json.pictures[1]) json.pictures[1]['id'] = json.pictures[0]?.['id'];
      }),
      'pictures[1].id',
    );
    expect(problem.message).toContain('used twice');
  });

  test('a bad date', () => {
    const problem = only(
      withEdit((json) => {
        if (json.pictures[0]) json.pictures[0]['date'] = '2025年7月';
      }),
      'pictures[0].date',
    );
    expect(problem.message).toContain('expected YYYY, YYYY-MM or YYYY-MM-DD');
  });

  test('a typo in a field name suggests the right one', () => {
    const problem = only(
      withEdit((json) => {
        const picture = json.pictures[0];
        if (!picture) return;
        picture['captoin'] = picture['caption'];
        delete picture['caption'];
      }),
      'pictures[0].captoin',
    );
    expect(problem.fix).toContain('"caption"');
  });

  test('a syntax slip gives line and column', () => {
    const root = project();
    const full = path.join(root, FILE);
    const text = readFileSync(full, 'utf8').replace('"kind": "illustration",', '"kind": "illustration"，');
    writeFileSync(full, text);
    const [problem] = checkPictures(root);
    expect(problem?.file).toBe(FILE);
    expect(problem?.message).toContain('中文标点');
    expect(problem?.line).toBe(text.split('\n').findIndex((line) => line.includes('"illustration"，')) + 1);
  });

  test('a missing metadata file', () => {
    const root = project();
    rmSync(path.join(root, FILE));
    const [problem] = checkPictures(root);
    expect(problem?.file).toBe(FILE);
    expect(problem?.message).toContain('missing');
  });
});
