/**
 * JSON paths as editors read them: `sites.tiebei-2nd-road.hoarding_area_m2`, `sources[0].date`.
 * The same notation names fields in error messages, in `sources[].sentences` and in `<Num of>`.
 */

export type PathSegment = string | number;

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** Formats path segments as `a.b[0].c`; odd keys are bracket-quoted. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && PLAIN_KEY.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

/** Parses `a.b[0].c` or `a["odd key"]` back into segments; undefined when malformed. */
export function parsePath(path: string): PathSegment[] | undefined {
  const segments: PathSegment[] = [];
  const token = /\.?([A-Za-z0-9_][A-Za-z0-9_-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  let index = 0;
  while (index < path.length) {
    token.lastIndex = index;
    const match = token.exec(path);
    if (!match || (index === 0 && path.startsWith('.'))) return undefined;
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else if (match[3] !== undefined) segments.push(JSON.parse(match[3]) as string);
    index = token.lastIndex;
  }
  return segments.length > 0 ? segments : undefined;
}

/** Reads the value at a path; undefined when any step is missing. */
export function getAtPath(value: unknown, segments: readonly PropertyKey[]): unknown {
  let current: unknown = value;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}
