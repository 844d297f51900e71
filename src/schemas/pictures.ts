/**
 * `content/pictures.json`: every picture in the stories (photos and our labelled illustrations)
 * and the before/after pairs the slider compares. This is the one definition of the fields; the
 * Astro content collections extend it with `image()` so astro:assets processes the files, and
 * `checkPictures` uses it to report an editor's mistakes in plain words.
 *
 * To replace an illustration with a real photo: put the photo in content/pictures/ (e.g.
 * photos/xinmin-pocket-park.jpg) and edit that one entry: `file`, `kind: "photo"`, `alt`,
 * `credit`, `date`.
 */
import { z } from 'zod';
import { bilingual, id, partialIsoDate, text } from './fields.ts';

/** The metadata file, relative to the project root. */
export const PICTURES_FILE = 'content/pictures.json';
/** The folder picture files live in; `file` is relative to it. */
export const PICTURES_DIR = 'content/pictures';

/** A photograph, or a drawing we made because no photo is available. */
export const PICTURE_KINDS = ['illustration', 'photo'] as const;
export type PictureKind = (typeof PICTURE_KINDS)[number];

/** The words that must appear in an illustration's credit, so it is never taken for a photo. */
export const ILLUSTRATION_MARK = '示意图';
/** The same for the English credit (`credit_en`), matched case-insensitively. */
export const ILLUSTRATION_MARK_EN = 'Illustration';

const FILE = bilingual(
  '应为 content/pictures/ 下的图片路径，用英文字母、数字、- 和 _，以 .jpg、.jpeg、.png、.webp 或 .avif 结尾，如 photos/xinmin-pocket-park.jpg',
  'expected a path inside content/pictures/ made of letters, digits, - and _, ending in .jpg, .jpeg, .png, .webp or .avif',
);

/**
 * The file's path as an editor writes it: relative, inside content/pictures/ (no segment may start
 * with a dot, so no `..`), a raster format sharp can read.
 */
function pictureFile() {
  return z
    .string({ error: FILE })
    .regex(/^(?:[A-Za-z0-9_-]+\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*\.(?:jpe?g|png|webp|avif)$/i, { error: FILE });
}

/** The fields of one picture, shared by the metadata check and the content collection. */
export const pictureShape = {
  /** Stable kebab-case id; the story refers to it as `<Picture id="…" />`. */
  id: id(),
  /** The image file, relative to content/pictures/, e.g. "illustrations/xinmin-pocket-park.jpg". */
  file: pictureFile(),
  /** "photo" for a photograph; "illustration" for a drawing, which is always marked "示意图，非实拍". */
  kind: z.enum(PICTURE_KINDS, {
    error: bilingual('应为 "photo"（照片）或 "illustration"（示意图）', 'expected "photo" or "illustration"'),
  }),
  /** Text alternative in Chinese: what is visible in the picture, for readers who cannot see it. Required. */
  alt: text(),
  /** The same text alternative in English, for the English edition. Required. */
  alt_en: text(),
  /** Caption printed under the picture; for the article's photos, its caption verbatim. */
  caption: text(),
  /** The caption in English (our translation of a photo's caption). Required. */
  caption_en: text(),
  /**
   * Who made it; an illustration's credit must contain "示意图" (e.g. "示意图：数据新闻组依据报道绘制"),
   * a photo's credit (like its alt and caption) must not say 示意图, 插图 or illustration.
   */
  credit: text(),
  /** The credit in English; an illustration's must contain "Illustration", e.g. "Illustration: drawn by the data desk from the report". */
  credit_en: text(),
  /** When the scene shown was as pictured, as precise as is known: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: partialIsoDate(),
  /** How the date was worked out, or what it means (e.g. "整治前，具体日期不详"). */
  date_note: text().optional(),
  /** The date note in English; required when `date_note` is given, and only then. */
  date_note_en: text().optional(),
  /** Where the scene is, as the article names it, e.g. "长春新民大街". */
  place: text(),
  /** The place in English, e.g. "Xinmin Avenue, Changchun". */
  place_en: text(),
};

/**
 * Words that mark a picture as an illustration. A photo's credit, alt or caption may not contain
 * any of them: a reader (or a screen-reader user) would take the photo for a drawing, and an editor
 * who swapped in a photo but kept the old credit would leave the page saying something false.
 * Matched case-insensitively, so "Illustration" counts too.
 */
export const ILLUSTRATION_WORDS = ['示意图', '插图', 'illustration'] as const;

/** The fields of a photo that are read as saying what the picture is, in both editions. */
const PHOTO_TEXT_FIELDS = ['credit', 'alt', 'caption', 'credit_en', 'alt_en', 'caption_en'] as const;

/** The first illustration word in `value`, or undefined. */
export function illustrationWordIn(value: string): string | undefined {
  const lower = value.toLowerCase();
  return ILLUSTRATION_WORDS.find((word) => lower.includes(word));
}

/**
 * Rules across fields of one picture: an illustration is credited as one in both languages, a photo
 * is never credited, described or captioned as one, and a date note is written in both or neither.
 */
export function refinePicture(
  picture: {
    id: string;
    kind: PictureKind;
    credit: string;
    alt: string;
    caption: string;
    credit_en: string;
    alt_en: string;
    caption_en: string;
    date_note?: string | undefined;
    date_note_en?: string | undefined;
  },
  context: z.RefinementCtx,
): void {
  if ((picture.date_note === undefined) !== (picture.date_note_en === undefined)) {
    const missing = picture.date_note === undefined ? 'date_note' : 'date_note_en';
    context.addIssue({
      code: 'custom',
      path: [missing],
      input: undefined,
      message: bilingual(
        `图片 "${picture.id}" 的日期说明只写了一种语言：请补上 "${missing}"（中文写 date_note，英文写 date_note_en），或两个都删去`,
        `picture "${picture.id}" has its date note in one language only: add "${missing}" or remove both`,
      ),
    });
  }
  if (
    picture.kind === 'illustration' &&
    !picture.credit_en.toLowerCase().includes(ILLUSTRATION_MARK_EN.toLowerCase())
  ) {
    context.addIssue({
      code: 'custom',
      path: ['credit_en'],
      input: picture.credit_en,
      message: bilingual(
        `示意图的 credit_en 必须写明 "${ILLUSTRATION_MARK_EN}"，如 "Illustration: drawn by the data desk from the report"`,
        `an illustration's credit_en must contain "${ILLUSTRATION_MARK_EN}" so it is never taken for a photo`,
      ),
    });
  }
  if (picture.kind === 'illustration' && !picture.credit.includes(ILLUSTRATION_MARK)) {
    context.addIssue({
      code: 'custom',
      path: ['credit'],
      input: picture.credit,
      message: bilingual(
        `示意图的 credit 必须写明“${ILLUSTRATION_MARK}”，如 "示意图：数据新闻组依据报道绘制"`,
        `an illustration's credit must contain "${ILLUSTRATION_MARK}" so it is never taken for a photo`,
      ),
    });
  }
  if (picture.kind !== 'photo') return;
  for (const field of PHOTO_TEXT_FIELDS) {
    const word = illustrationWordIn(picture[field]);
    if (word === undefined) continue;
    context.addIssue({
      code: 'custom',
      path: [field],
      input: picture[field],
      message: bilingual(
        `图片 "${picture.id}" 的 "kind" 是 "photo"（照片），"${field}" 里却写着“${word}”。若是实拍照片，删掉“${word}”，${field === 'credit' ? '写明摄影者和机构，如 "新华社记者 张三 摄"' : '只写照片里的内容'}；若其实是示意图，把 "kind" 改为 "illustration"`,
        `picture "${picture.id}" is a photo, "kind": "photo", but its "${field}" says "${word}": if it is a real photo, remove "${word}"${field === 'credit' ? ' and credit the photographer and agency' : ''}; if it is a drawing, set "kind" to "illustration"`,
      ),
    });
  }
}

/** One picture, without the rules across fields (so the content collection can extend it). */
export const pictureObject = z.strictObject(pictureShape, {
  error: bilingual('应为图片对象 { "id": …, "file": …, "alt": … }', 'expected a picture object'),
});

/** One picture, with its rules. */
export const pictureSchema = pictureObject.superRefine(refinePicture);

/** One side of a before/after pair. */
export const pairSideSchema = z.strictObject(
  {
    /** The id of a picture listed in `pictures`, e.g. "nanhu-xincun-before". */
    picture: id(),
    /** Short label shown on the image, e.g. "整治前" or "整治后". */
    label: text(),
    /** The label in English, e.g. "Before" or "After". */
    label_en: text(),
  },
  {
    error: bilingual(
      '应为 { "picture": "图片id", "label": "整治前" } 这样的对象',
      'expected { "picture": "…", "label": "…" }',
    ),
  },
);

/** A before/after pair, compared with the slider: `<BeforeAfter id="…" />`. */
export const picturePairSchema = z.strictObject(
  {
    /** Stable kebab-case id of the pair, e.g. "tiebei-2nd-road". */
    id: id(),
    /** The picture before the change (shown on the left). */
    before: pairSideSchema,
    /** The picture after the change (shown on the right); both pictures should have the same size. */
    after: pairSideSchema,
    /** Caption under the pair: what changed, from the article. */
    caption: text(),
    /** The caption in English. */
    caption_en: text(),
  },
  {
    error: bilingual(
      '应为前后对比对象 { "id": …, "before": …, "after": …, "caption": … }',
      'expected a before/after pair object',
    ),
  },
);

/** The whole file: the pictures, then the pairs; every pair member and every id is checked. */
export const picturesFileSchema = z
  .strictObject(
    {
      /** Every picture, in any order. */
      pictures: z
        .array(pictureSchema, { error: bilingual('应为图片列表 [ { … }, … ]', 'expected a list of pictures') })
        .min(1, { error: bilingual('至少需要一张图片', 'expected at least one picture') }),
      /** The before/after pairs. */
      pairs: z.array(picturePairSchema, {
        error: bilingual('应为前后对比列表 [ { … }, … ]', 'expected a list of pairs'),
      }),
    },
    {
      error: bilingual(
        '应为 { "pictures": [ … ], "pairs": [ … ] } 这样的对象',
        'expected { "pictures": [ … ], "pairs": [ … ] }',
      ),
    },
  )
  // Runs even when some fields are wrong, so an editor sees every problem at once; it reads the
  // input defensively because those fields may be malformed.
  .superRefine(checkReferences, { when: (payload) => isRecord(payload.value) });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function idOf(value: unknown): string | undefined {
  return isRecord(value) && typeof value['id'] === 'string' ? value['id'] : undefined;
}

/** Picture ids are unique, pair ids are unique, and every pair member is a listed picture. */
function checkReferences(input: unknown, context: z.RefinementCtx): void {
  if (!isRecord(input)) return;
  const pictures = Array.isArray(input['pictures']) ? (input['pictures'] as unknown[]) : [];
  const pairs = Array.isArray(input['pairs']) ? (input['pairs'] as unknown[]) : [];
  const ids = new Set<string>();
  pictures.forEach((picture, index) => {
    const pictureId = idOf(picture);
    if (pictureId === undefined) return;
    if (ids.has(pictureId)) {
      context.addIssue({
        code: 'custom',
        path: ['pictures', index, 'id'],
        input: pictureId,
        message: bilingual(
          `图片 id "${pictureId}" 重复了，每张图片的 id 必须不同`,
          `the picture id "${pictureId}" is used twice`,
        ),
      });
    }
    ids.add(pictureId);
  });
  const pairIds = new Set<string>();
  pairs.forEach((pair, index) => {
    if (!isRecord(pair)) return;
    const pairId = idOf(pair);
    if (pairId !== undefined && pairIds.has(pairId)) {
      context.addIssue({
        code: 'custom',
        path: ['pairs', index, 'id'],
        input: pairId,
        message: bilingual(`前后对比 id "${pairId}" 重复了`, `the pair id "${pairId}" is used twice`),
      });
    }
    if (pairId !== undefined) pairIds.add(pairId);
    const members: string[] = [];
    for (const side of ['before', 'after'] as const) {
      const entry = pair[side];
      const member = isRecord(entry) && typeof entry['picture'] === 'string' ? entry['picture'] : undefined;
      if (member === undefined) continue;
      members.push(member);
      if (!ids.has(member)) {
        context.addIssue({
          code: 'custom',
          path: ['pairs', index, side, 'picture'],
          input: member,
          message: bilingual(
            `pictures 里没有 id 为 "${member}" 的图片；可用的有 ${[...ids].join('、')}`,
            `no picture with id "${member}" in "pictures"`,
          ),
        });
      }
    }
    if (members.length === 2 && members[0] === members[1]) {
      context.addIssue({
        code: 'custom',
        path: ['pairs', index, 'after', 'picture'],
        input: members[1],
        message: bilingual('整治前和整治后不能是同一张图片', 'before and after must be different pictures'),
      });
    }
  });
}

export type Picture = z.infer<typeof pictureSchema>;
export type PicturesFile = z.infer<typeof picturesFileSchema>;
