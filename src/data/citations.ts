/**
 * Every figure must name the sentence it comes from. This finds the figures in a parsed version (by
 * the `figure` metadata on their schema) and checks them against `sources[].sentences`, both ways:
 * no figure without a sentence, no sentence for a field that does not exist.
 */
import { z } from 'zod';
import { formatPath, getAtPath, parsePath, type PathSegment } from '../text/json-path.ts';
import type { EditorProblem } from './problems.ts';
import { readFigure } from '../schemas/fields.ts';
import { formatFigure } from '../text/format-number.ts';
import { readNumbers, isStated, type StatedFigure } from '../text/read-numbers.ts';
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

/** The shape `checkCitations` reads; a file that fails its schema may still have it. */
const citedShape = z.object({ sources: z.array(z.object({ sentences: z.record(z.string(), z.string()) })) });

/**
 * The citation problems of a file that failed its schema, so an editor sees them in the same round
 * as the schema's: only when its sources are well-formed, only for figures whose own value is valid,
 * and never at a path the schema already reported.
 */
export function checkCitationsOfInvalid(
  file: string,
  schema: z.ZodType,
  value: unknown,
  reported: ReadonlySet<string>,
  locate: (path: readonly PathSegment[]) => { line: number; column: number } | undefined,
): EditorProblem[] {
  const cited = citedShape.safeParse(value);
  if (!cited.success) return [];
  const validFigure = (path: PathSegment[]) => schemaAt(schema, path)?.safeParse(getAtPath(value, path)).success === true;
  return checkCitations(file, schema, cited.data, locate, value, validFigure).filter(
    (problem) => problem.path === undefined || !reported.has(problem.path),
  );
}

/** Problems with the citations of one valid version file. */
export function checkCitations(
  file: string,
  schema: z.ZodType,
  data: Cited,
  locate: (path: readonly PathSegment[]) => { line: number; column: number } | undefined,
  /** The whole file's value (for a file that failed its schema, `data` holds only its sources). */
  value: unknown = data,
  /** Which figures to check: all of a valid file, the individually valid ones of an invalid file. */
  include: (path: PathSegment[]) => boolean = () => true,
): EditorProblem[] {
  const problems: EditorProblem[] = [];
  const cited = new Set<string>();
  const sentences = new Map<string, string>();
  data.sources.forEach((source, index) => {
    for (const key of Object.keys(source.sentences)) {
      const path = parsePath(key);
      const where: PathSegment[] = ['sources', index, 'sentences', key];
      if (!path || getAtPath(value, path) === undefined) {
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
  for (const path of figurePaths(schema, value).filter(include)) {
    const key = formatPath(path);
    const sentence = sentences.get(key);
    if (sentence !== undefined) {
      const unit = String(metaOf(schemaAt(schema, path) ?? schema)?.['unit'] ?? '');
      const problem = unstatedFigure({ ...readFigure(getAtPath(value, path)), unit }, sentence);
      if (problem) problems.push({ file, path: key, ...locate(path), ...problem });
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

/**
 * Why `sentence` does not source `figure`, or undefined when it states it. The sentence must state the
 * very number as a whole token in its own notation (see read-numbers.ts): "问题9500个" sources 9500,
 * never 950, 50 or 0. The fix names the numbers the sentence does state, and points at the qualifier
 * when only that differs ("近三成" is 30 with qualifier nearly).
 */
export function unstatedFigure(
  figure: StatedFigure,
  sentence: string,
): { message: string; found: string; fix: string } | undefined {
  const stated = readNumbers(sentence);
  if (stated.some((number) => isStated(figure, number))) return undefined;
  const found = formatFigure(figure.value, figure.unit, figure.qualifier);
  const sameNumber = stated.find((number) => number.value === figure.value && number.qualifier !== figure.qualifier);
  if (sameNumber) {
    const qualifier = sameNumber.qualifier ?? null;
    return {
      message: `来源原句里没有这个数字：原句写的是“${sameNumber.text}” (the source sentence does not contain this figure: it says "${sameNumber.text}")`,
      found,
      fix: qualifier
        ? `把数字写成 { "value": ${figure.value}, "qualifier": "${qualifier}" } (write the figure as { "value": ${figure.value}, "qualifier": "${qualifier}" })`
        : `原句给的是确数，去掉 qualifier，只写 ${figure.value} (the sentence gives the exact number: drop the qualifier and write ${figure.value})`,
    };
  }
  const listed = stated.map((number) => `“${number.text}”`).join('、') || '无 (none)';
  return {
    message: '来源原句里没有这个数字 (the source sentence does not contain this figure)',
    found,
    fix: `数字必须与原句中某个完整的数一致（原句中的数：${listed}）；检查数字是否改错，如果数字确实变了，换上新来源里写着这个数字的原句 (the figure must equal a whole number the sentence states (numbers in it: ${listed}); check the figure, and if it really changed, cite the new source's sentence that states it)`,
  };
}
