/**
 * A new dataset starts as a skeleton (`npm run dataset:new`) whose texts say what to write, each
 * beginning with the mark 待填写 ("to fill in"). The skeleton matches the schema, so the editor sees
 * every blank at once, as a plain problem, until each one is filled: nothing half-written can be
 * published.
 */
import { formatPath, type PathSegment } from '../text/json-path.ts';
import type { EditorProblem } from './problems.ts';

/** The mark that opens every text an editor still has to write. */
export const TO_FILL = '待填写';

interface Unfilled {
  path: PathSegment[];
  text: string;
}

/** Every string in `value` that still holds the mark, with its path, in document order. */
function unfilled(value: unknown, path: PathSegment[] = []): Unfilled[] {
  if (typeof value === 'string') return value.includes(TO_FILL) ? [{ path, text: value }] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => unfilled(item, [...path, index]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => unfilled(item, [...path, key]));
  }
  return [];
}

/** One problem for every text in a version file that still says 待填写. */
export function checkFilledIn(
  file: string,
  value: unknown,
  locate: (path: readonly PathSegment[]) => { line: number; column: number } | undefined,
): EditorProblem[] {
  return unfilled(value).map(({ path, text }) => ({
    file,
    path: formatPath(path),
    ...locate(path),
    message: '还没有填写 (not filled in yet)',
    fix: `换成这段说明要的内容，连同“${TO_FILL}”整段替换 (replace the whole text with what it asks for)：${text.replace(/^待填写[：:]?\s*/, '')}`,
  }));
}
