/**
 * Where Chinese text may break between lines: BudouX's Simplified Chinese model cuts a text into
 * phrases, and a line may break only between them, never inside a word. Pages mark the boundaries
 * with <wbr> (and `word-break: keep-all`); chart SVGs wrap at the same boundaries (measure-text.ts).
 * English text is left alone: the browser breaks it at spaces. Pure: text in, segments out.
 */
import { loadDefaultSimplifiedChineseParser } from 'budoux';
import type { Lang } from './lang.ts';

/** Characters a line must not start with (Chinese line-breaking rules, 避头). */
export const NO_LINE_START = '，。、；：！？）》」』”’%…,.;:!?)';
/** Characters a line must not end with (避尾). */
export const NO_LINE_END = '（《「『“‘(';

/** Han characters, CJK punctuation and full-width forms: a boundary needs one of these beside it. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2014\u2018\u2019\u201c\u201d\u2026\u00b7]/u;

let parser: ReturnType<typeof loadDefaultSimplifiedChineseParser> | undefined;

/**
 * Offsets (in UTF-16 code units) inside `text` where a line may break between words. BudouX's
 * boundaries are kept where they stand next to Chinese, so a number, a Latin word or a URL is never
 * cut, a number keeps the unit or measure word after it ("636处", "17.3万平方米" stay whole), and no break falls
 * before closing or after opening punctuation.
 */
export function wordBoundaries(text: string, lang: Lang): number[] {
  if (lang !== 'zh' || !CJK.test(text)) return [];
  parser ??= loadDefaultSimplifiedChineseParser();
  const out: number[] = [];
  let offset = 0;
  for (const chunk of parser.parse(text)) {
    if (offset > 0 && keep(text, offset)) out.push(offset);
    offset += chunk.length;
  }
  return out;
}

/** Whether a break between `text[at - 1]` and `text[at]` falls between words. */
function keep(text: string, at: number): boolean {
  const before = text[at - 1] ?? '';
  const after = text[at] ?? '';
  if (/\s/.test(before) || /\s/.test(after)) return false; // a space is a break of its own
  if (NO_LINE_START.includes(after) || NO_LINE_END.includes(before)) return false;
  if (/\d/u.test(before)) return false; // a number keeps its unit or measure word: "24天", "9340个"
  // …also after a Chinese order of magnitude: "17.3万平方米", "3亿元".
  if (/\d[万亿]$/u.test(text.slice(0, at))) return false;
  return CJK.test(before) || CJK.test(after);
}

/**
 * `text` cut into the pieces a line may break between (joined, they give `text` back). Chinese
 * (`lang` "zh") is cut into words; any other language comes back whole.
 */
export function wordSegments(text: string, lang: Lang): string[] {
  if (text === '') return [];
  const segments: string[] = [];
  let start = 0;
  for (const end of wordBoundaries(text, lang)) {
    segments.push(text.slice(start, end));
    start = end;
  }
  segments.push(text.slice(start));
  return segments;
}
