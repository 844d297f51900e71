/**
 * Every figure must name the sentence it comes from. This finds the figures in a parsed version (by
 * the `figure` metadata on their schema) and checks them against `sources[].sentences`, both ways:
 * no figure without a sentence, no sentence for a field that does not exist.
 */
import type { z } from 'zod';
import { formatPath, getAtPath, parsePath, type PathSegment } from './json-path.ts';
import type { EditorProblem } from './problems.ts';
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

/** Problems with the citations of one valid version file. */
export function checkCitations(
  file: string,
  schema: z.ZodType,
  data: Cited,
  locate: (path: readonly PathSegment[]) => { line: number; column: number } | undefined,
): EditorProblem[] {
  const problems: EditorProblem[] = [];
  const cited = new Set<string>();
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
      }
    }
  });
  for (const path of figurePaths(schema, data)) {
    const key = formatPath(path);
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
