/**
 * Checks content/pictures.json the way the data check reads data: JSON syntax, every field against
 * the schema (missing alt, an illustration credited as a photo or a photo as an illustration, a
 * pair pointing at an unknown picture), that every file it names exists under content/pictures/,
 * and that every photo is large enough for the widest version the site makes of it. Problems name
 * the file, the picture, the field and the fix, in Chinese and English.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import {
  PICTURES_DIR,
  PICTURES_FILE,
  pictureSchema,
  picturesFileSchema,
  type Picture,
  type PicturesFile,
} from '../schemas/pictures.ts';
import { describeIssues } from '../data/describe-issues.ts';
import { parseJsonFile } from '../data/parse-json.ts';
import type { EditorProblem } from '../data/problems.ts';
import { PICTURE_MAX_WIDTH } from './picture-options.ts';

/**
 * The narrowest photo we accept, in pixels as displayed: the widest version the site generates
 * (PICTURE_MAX_WIDTH), so a photo is never blown up beyond its own pixels and published blurry.
 * docs/EDITING.md states the same number. Illustrations are drawn by us at a size that fits.
 */
export const PHOTO_MIN_WIDTH = PICTURE_MAX_WIDTH;

/** A picture file's displayed size (EXIF rotation applied), or undefined when it cannot be read as an image. */
export function displayedSize(file: string): { width: number; height: number } | undefined {
  try {
    const { width, height, orientation } = imageSize(readFileSync(file));
    // EXIF orientations 5–8 are turned a quarter: the stored width is the displayed height.
    return (orientation ?? 0) >= 5 ? { width: height, height: width } : { width, height };
  } catch {
    return undefined;
  }
}

export type ReadPictures = { ok: true; pictures: PicturesFile } | { ok: false; problems: EditorProblem[] };

/** Reads and validates content/pictures.json, without looking at the picture files. */
export function readPictures(root: string): ReadPictures {
  const read = parsePictures(root);
  return read.ok ? { ok: true, pictures: read.pictures } : { ok: false, problems: read.problems };
}

type ParsedPictures = (
  { ok: true; pictures: PicturesFile } | { ok: false; problems: EditorProblem[]; value?: unknown }
) & { locate: Locate };
type Locate = (path: readonly (string | number)[]) => { line: number; column: number } | undefined;

/** content/pictures.json read and validated; when only the schema fails, also the parsed JSON. */
function parsePictures(root: string): ParsedPictures {
  const full = path.join(root, PICTURES_FILE);
  const nowhere: Locate = () => undefined;
  if (!existsSync(full)) {
    return {
      ok: false,
      locate: nowhere,
      problems: [
        {
          file: PICTURES_FILE,
          message: '找不到图片信息文件 (the picture metadata file is missing)',
          fix: '从版本库恢复 content/pictures.json (restore content/pictures.json from git)',
        },
      ],
    };
  }
  const parsed = parseJsonFile(PICTURES_FILE, readFileSync(full));
  if (!parsed.ok) return { ok: false, locate: nowhere, problems: parsed.problems };
  const result = picturesFileSchema.safeParse(parsed.value);
  if (result.success) return { ok: true, pictures: result.data, locate: parsed.locate };
  return {
    ok: false,
    locate: parsed.locate,
    value: parsed.value,
    problems: describeIssues(PICTURES_FILE, result.error.issues, parsed.value, picturesFileSchema, parsed.locate),
  };
}

/**
 * The pictures whose own fields are valid, with their place in the list. When the file has
 * mistakes elsewhere these are still checked, so an editor sees every problem in one round.
 */
function validPictures(value: unknown): { picture: Picture; index: number }[] {
  const list = typeof value === 'object' && value !== null ? (value as { pictures?: unknown }).pictures : undefined;
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry, index) => {
    const result = pictureSchema.safeParse(entry);
    return result.success ? [{ picture: result.data, index }] : [];
  });
}

/** Every problem with content/pictures.json and the files it names; empty when all is well. */
export function checkPictures(root: string): EditorProblem[] {
  const read = parsePictures(root);
  const problems: EditorProblem[] = read.ok ? [] : [...read.problems];
  const pictures = read.ok
    ? read.pictures.pictures.map((picture, index) => ({ picture, index }))
    : validPictures(read.value);
  for (const { picture, index } of pictures) {
    const full = path.join(root, PICTURES_DIR, picture.file);
    const fieldPath = ['pictures', index, 'file'] as const;
    const where = { file: PICTURES_FILE, path: `pictures[${index}].file`, ...read.locate(fieldPath) };
    if (!existsSync(full) || !statSync(full).isFile()) {
      problems.push({
        ...where,
        message: `找不到图片文件 ${PICTURES_DIR}/${picture.file} (the picture file does not exist)`,
        found: JSON.stringify(picture.file),
        fix:
          picture.kind === 'illustration' && picture.file.startsWith('illustrations/')
            ? '示意图由 npm run pictures:draw 生成；若已运行，请检查文件名是否拼错 (illustrations are drawn by npm run pictures:draw; if it has run, check the file name)'
            : `把图片放进 ${PICTURES_DIR}/，或改正文件名（区分大小写）(put the picture in ${PICTURES_DIR}/ or fix the name; case matters)`,
      });
      continue;
    }
    if (picture.kind === 'photo') {
      const problem = photoSizeProblem(picture.id, picture.file, displayedSize(full));
      if (problem) problems.push({ ...where, ...problem });
    }
  }
  return problems;
}

/** Why a photo of this size cannot be published, or undefined when it is large enough. */
function photoSizeProblem(
  id: string,
  file: string,
  size: { width: number; height: number } | undefined,
): Pick<EditorProblem, 'message' | 'found' | 'fix'> | undefined {
  const name = `${PICTURES_DIR}/${file}`;
  if (!size) {
    return {
      message: `照片 "${id}" 的文件 ${name} 读不出图片尺寸，不是有效的 JPEG、PNG、WebP 或 AVIF 图片 (the file of photo "${id}" cannot be read as an image)`,
      found: JSON.stringify(file),
      fix: '用看图软件打开确认，另存为 JPEG 后替换这个文件 (open it in an image viewer, save it as JPEG and replace the file)',
    };
  }
  if (size.width >= PHOTO_MIN_WIDTH) return undefined;
  return {
    message: `照片 "${id}" 只有 ${size.width}×${size.height} 像素，宽度至少要 ${PHOTO_MIN_WIDTH} 像素，否则网页上会被放大、变模糊 (photo "${id}" is ${size.width}×${size.height} px; a photo must be at least ${PHOTO_MIN_WIDTH} px wide or the page blows it up)`,
    found: `${size.width}×${size.height}`,
    fix: `向摄影者要宽度至少 ${PHOTO_MIN_WIDTH} 像素（最好 1600 像素）的原图，替换 ${name}；不要自己放大 (ask the photographer for the original, at least ${PHOTO_MIN_WIDTH} px wide, ideally 1600, and replace ${name}; do not enlarge it yourself)`,
  };
}

/** The picture and pair ids, for checking `<Picture id>` and `<BeforeAfter id>` in the stories. */
export function pictureIds(root: string): { pictures: Set<string>; pairs: Set<string> } | undefined {
  const read = readPictures(root);
  if (!read.ok) return undefined;
  return {
    pictures: new Set(read.pictures.pictures.map((picture) => picture.id)),
    pairs: new Set(read.pictures.pairs.map((pair) => pair.id)),
  };
}
