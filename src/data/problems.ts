/**
 * What an editor sees when a data or content file is wrong: the file, the field, what was found,
 * what was expected and how to fix it, Chinese first. Never a stack trace.
 */

/** One problem in one file, in words an editor can act on. */
export interface EditorProblem {
  /** Project-relative path with forward slashes, e.g. `data/enclosures/v2.json`. */
  file: string;
  /** The field, as a JSON path like `sites_rectified` or `sources[0].date`; absent for whole-file problems. */
  path?: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** 1-based column in the file, when known. */
  column?: number;
  /** What is wrong or what was expected, bilingual: `应为非负整数 (expected a non-negative integer)`. */
  message: string;
  /** The value found, already formatted for display (JSON-quoted strings). */
  found?: string;
  /** How to fix it, bilingual. */
  fix?: string;
}

/** Formats a value found in a file for an error message: JSON, shortened. */
export function showFound(value: unknown): string {
  if (value === undefined) return '（空 missing）';
  let shown: string;
  try {
    shown = JSON.stringify(value) ?? String(value);
  } catch {
    shown = String(value);
  }
  return shown.length > 80 ? `${shown.slice(0, 77)}…` : shown;
}

/**
 * One problem as text, e.g.
 * `data/enclosures/v2.json › sites_rectified：应为非负整数 (expected a non-negative integer)，实际为 "636"`
 * followed by an indented line with the position and the fix.
 */
export function formatProblem(problem: EditorProblem): string {
  const where = problem.path ? `${problem.file} › ${problem.path}` : problem.file;
  const found = problem.found === undefined ? '' : `，实际为 ${problem.found}`;
  const lines = [`${where}：${problem.message}${found}`];
  const details: string[] = [];
  if (problem.line !== undefined) {
    const column = problem.column === undefined ? '' : `:${problem.column}`;
    details.push(`位置 at ${problem.file}:${problem.line}${column}`);
  }
  if (problem.fix) details.push(`改法 fix：${problem.fix}`);
  if (details.length > 0) lines.push(`    ${details.join(' · ')}`);
  return lines.join('\n');
}

/** A whole report: a bilingual headline, then each problem. */
export function formatReport(problems: readonly EditorProblem[], what: { zh: string; en: string }): string {
  const header = `✗ ${what.zh}未通过：发现 ${problems.length} 个问题 (${what.en} failed: ${problems.length} problem${problems.length === 1 ? '' : 's'})`;
  return [header, '', ...problems.map(formatProblem).flatMap((text) => [text, ''])].join('\n').trimEnd();
}

/**
 * An error that carries editor problems. Scripts and the build print `formatReport` of it and exit
 * without a stack trace.
 */
export class EditorError extends Error {
  readonly problems: readonly EditorProblem[];
  constructor(problems: readonly EditorProblem[], what: { zh: string; en: string }) {
    super(formatReport(problems, what));
    this.name = 'EditorError';
    this.problems = problems;
  }
}

export function isEditorError(error: unknown): error is EditorError {
  return error instanceof Error && error.name === 'EditorError' && 'problems' in error;
}
