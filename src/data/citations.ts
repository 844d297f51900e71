/**
 * Every figure must name the sentence it comes from. This finds the figures in a parsed version (by
 * the `figure` metadata on their schema) and checks them against `sources[].sentences`, both ways:
 * no figure without a sentence, no sentence for a field that does not exist.
 */
import type { z } from 'zod';
import { formatPath, getAtPath, parsePath, type PathSegment } from '../text/json-path.ts';
import type { EditorProblem } from './problems.ts';
import { readFigure } from '../schemas/fields.ts';
import { formatChineseNumber } from '../text/format-number.ts';
import { metaOf, schemaAt } from './schema-at.ts';

/** Paths of every figure present in `value`, found by walking it alongside its schema. */
export function figurePaths(schema: z.ZodType, value: unknown, prefix: PathSegment[] = []): PathSegment[][] {
  const at = schemaAt(schema, prefix);
  if (!at || value === undefined || value === null) return [];
  if (metaOf(at)?.['figure'] === true) return [prefix];
  if (Array.isArray(value)) return value.flatMap((item, index) => figurePaths(schema, item, [...prefix, index]));
  if (typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => figurePaths(schema, item, [...prefix, key]));
  }
  return [];
}

interface Cited {
  sources: { sentences: Record<string, string> }[];
}

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/**
 * The ways a report may write a figure: digits ("636"), the 万 form ("17.3万"), small numbers in
 * Chinese ("两个月"), and percentages as 成 ("近三成" for 30%).
 */
export function writtenForms(value: number, unit: string): string[] {
  const forms = [String(value), formatChineseNumber(value).replace(/^约/, '')];
  if (Number.isInteger(value) && value <= 10) forms.push(`${CHINESE_DIGITS[value] ?? ''}${unit}`, value === 2 ? `两${unit}` : '');
  if (unit === '%' && value % 10 === 0 && value <= 100) forms.push(`${CHINESE_DIGITS[value / 10] ?? ''}成`);
  return forms.filter((form) => form !== '' && form !== unit);
}

/** Problems with the citations of one valid version file. */
export function checkCitations(
  file: string,
  schema: z.ZodType,
  data: Cited,
  locate: (path: readonly PathSegment[]) => { line: number; column: number } | undefined,
): EditorProblem[] {
  const problems: EditorProblem[] = [];
  const cited = new Set<string>();
  const sentences = new Map<string, string>();
  data.sources.forEach((source, index) => {
    for (const key of Object.keys(source.sentences)) {
      const path = parsePath(key);
      const where: PathSegment[] = ['sources', index, 'sentences', key];
      if (!path || getAtPath(data, path) === undefined) {
        problems.push({
          file,
          path: formatPath(where),
          ...locate(where),
          message: '引用的字段不存在 (this sentence cites a field that does not exist)',
          found: JSON.stringify(key),
          fix: '把键改成文件中某个字段的路径，如 sites_rectified (use the path of a field in this file)',
        });
      } else {
        cited.add(formatPath(path));
        sentences.set(formatPath(path), source.sentences[key] ?? '');
      }
    }
  });
  for (const path of figurePaths(schema, data)) {
    const key = formatPath(path);
    const sentence = sentences.get(key);
    if (sentence !== undefined) {
      const { value } = readFigure(getAtPath(data, path));
      const unit = String(metaOf(schemaAt(schema, path) ?? schema)?.['unit'] ?? '');
      if (!writtenForms(value, unit).some((form) => sentence.includes(form))) {
        problems.push({
          file,
          path: key,
          ...locate(path),
          message: `来源原句里没有这个数字 (the source sentence does not contain this figure)`,
          found: String(value),
          fix: '检查数字是否改错；如果数字确实变了，换上新来源里写着这个数字的原句 (check the figure; if it really changed, cite the new source\'s sentence that states it)',
        });
      }
    }
    if (!cited.has(key)) {
      problems.push({
        file,
        path: key,
        ...locate(path),
        message: '这个数字没有注明来源原句 (this figure has no source sentence)',
        fix: `在 sources[…].sentences 里加上 "${key}": "原文句子" (add "${key}": "<exact sentence>" to sources[…].sentences)`,
      });
    }
  }
  return problems;
}
