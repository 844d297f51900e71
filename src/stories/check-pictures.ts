/**
 * Checks content/pictures.json the way the data check reads data: JSON syntax, every field against
 * the schema (missing alt, an illustration credited as a photo, a pair pointing at an unknown
 * picture), and that every file it names exists under content/pictures/. Problems name the file,
 * the field and the fix, in Chinese and English.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PICTURES_DIR, PICTURES_FILE, picturesFileSchema, type PicturesFile } from '../schemas/pictures.ts';
import { describeIssues } from '../data/describe-issues.ts';
import { parseJsonFile } from '../data/parse-json.ts';
import type { EditorProblem } from '../data/problems.ts';

export type ReadPictures = { ok: true; pictures: PicturesFile } | { ok: false; problems: EditorProblem[] };

/** Reads and validates content/pictures.json, without looking at the picture files. */
export function readPictures(root: string): ReadPictures {
  const full = path.join(root, PICTURES_FILE);
  if (!existsSync(full)) {
    return {
      ok: false,
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
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const result = picturesFileSchema.safeParse(parsed.value);
  if (!result.success) {
    return {
      ok: false,
      problems: describeIssues(PICTURES_FILE, result.error.issues, parsed.value, picturesFileSchema, parsed.locate),
    };
  }
  return { ok: true, pictures: result.data };
}

/** Every problem with content/pictures.json and the files it names; empty when all is well. */
export function checkPictures(root: string): EditorProblem[] {
  const read = readPictures(root);
  if (!read.ok) return read.problems;
  const parsed = parseJsonFile(PICTURES_FILE, readFileSync(path.join(root, PICTURES_FILE)));
  const locate = parsed.ok ? parsed.locate : () => undefined;
  const problems: EditorProblem[] = [];
  read.pictures.pictures.forEach((picture, index) => {
    const full = path.join(root, PICTURES_DIR, picture.file);
    if (existsSync(full) && statSync(full).isFile()) return;
    const fieldPath = ['pictures', index, 'file'] as const;
    problems.push({
      file: PICTURES_FILE,
      path: `pictures[${index}].file`,
      ...locate(fieldPath),
      message: `找不到图片文件 ${PICTURES_DIR}/${picture.file} (the picture file does not exist)`,
      found: JSON.stringify(picture.file),
      fix:
        picture.kind === 'illustration' && picture.file.startsWith('illustrations/')
          ? '示意图由 npm run pictures:draw 生成；若已运行，请检查文件名是否拼错 (illustrations are drawn by npm run pictures:draw; if it has run, check the file name)'
          : `把图片放进 ${PICTURES_DIR}/，或改正文件名（区分大小写）(put the picture in ${PICTURES_DIR}/ or fix the name; case matters)`,
    });
  });
  return problems;
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
