/**
 * Measuring and wrapping text without a browser, for laying out charts at build time: the width of
 * a line, the height of a line, and Chinese line breaking between words (word-segments.ts, the
 * boundaries pages mark with <wbr>). Plot's own `lineWidth` only breaks at spaces and hyphens, so
 * it cannot wrap Chinese. Widths are estimates that err on the wide side (no
 * font is loaded), so a line measured to fit does fit. Pure: the same input gives the same output.
 */
import type { Lang } from './lang.ts';
import { NO_LINE_END, NO_LINE_START, wordBoundaries } from './word-segments.ts';

/** Opening brackets: a line break just before one keeps the bracketed words together. */
const BRACKETS = '（(';
/** Closing brackets: a parenthesis closed on the line needs no keeping together. */
const CLOSING = '）)';
/** Line height as a multiple of the font size. */
const LEADING = 1.2;

/**
 * Advance widths in em of the Latin characters English chart text uses, in the font the project
 * ships (Noto Sans SC, the larger of its regular and bold advance, rounded up), so English is
 * measured as it is drawn, not guessed: "m" and "W" are nearly twice as wide as "i" and "l".
 * test/unit/text/measure-text.test.ts checks every entry against the font files.
 */
export const LATIN_EM: Readonly<Record<string, number>> = {
  ' ': 0.23,
  '!': 0.37,
  '"': 0.58,
  '#': 0.59,
  $: 0.59,
  '%': 0.97,
  '&': 0.74,
  "'": 0.33,
  '(': 0.38,
  ')': 0.38,
  '*': 0.51,
  '+': 0.59,
  ',': 0.33,
  '-': 0.37,
  '.': 0.33,
  '/': 0.4,
  ':': 0.33,
  ';': 0.33,
  '<': 0.59,
  '=': 0.59,
  '>': 0.59,
  '?': 0.52,
  '@': 1.01,
  '[': 0.38,
  '\\': 0.4,
  ']': 0.38,
  '^': 0.59,
  _: 0.57,
  '`': 0.63,
  '{': 0.38,
  '|': 0.3,
  '}': 0.38,
  '~': 0.59,
  0: 0.59,
  1: 0.59,
  2: 0.59,
  3: 0.59,
  4: 0.59,
  5: 0.59,
  6: 0.59,
  7: 0.59,
  8: 0.59,
  9: 0.59,
  A: 0.65,
  B: 0.69,
  C: 0.66,
  D: 0.72,
  E: 0.62,
  F: 0.59,
  G: 0.72,
  H: 0.76,
  I: 0.33,
  J: 0.57,
  K: 0.69,
  L: 0.58,
  M: 0.86,
  N: 0.75,
  O: 0.77,
  P: 0.67,
  Q: 0.77,
  R: 0.69,
  S: 0.63,
  T: 0.63,
  U: 0.75,
  V: 0.62,
  W: 0.92,
  X: 0.63,
  Y: 0.58,
  Z: 0.62,
  a: 0.6,
  b: 0.65,
  c: 0.53,
  d: 0.65,
  e: 0.59,
  f: 0.38,
  g: 0.6,
  h: 0.64,
  i: 0.31,
  j: 0.31,
  k: 0.61,
  l: 0.32,
  m: 0.97,
  n: 0.65,
  o: 0.63,
  p: 0.65,
  q: 0.65,
  r: 0.44,
  s: 0.5,
  t: 0.43,
  u: 0.64,
  v: 0.58,
  w: 0.87,
  x: 0.57,
  y: 0.58,
  z: 0.52,
  '–': 0.55,
  '—': 0.91,
  '²': 0.43,
  é: 0.59,
};

/**
 * Width of one character in em, on the wide side: CJK and full-width forms (and the CJK font's
 * curly quotes) are 1em; a Latin character is the larger of the old class estimate (letters and
 * digits 0.6em, capitals and % 0.7em, a space 0.3em) and its advance in the shipped font, so text
 * the Chinese edition always measured keeps its width unless the font is wider.
 */
function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (char === ' ') return 0.3;
  if (code >= 0x2000 && LATIN_EM[char] === undefined) return 1;
  const estimate = code >= 0x2000 ? 0 : /[A-Z%]/.test(char) ? 0.7 : 0.6;
  return Math.max(estimate, LATIN_EM[char] ?? 0.75);
}

/** Approximate rendered width of `text` in pixels at `fontSize` (errs on the wide side). */
export function textWidth(text: string, fontSize: number): number {
  let sum = 0;
  for (const char of text) sum += charWidth(char);
  return sum * fontSize;
}

/** Height of one line of text in whole pixels, leading included. */
export function lineHeight(fontSize: number): number {
  return Math.ceil(fontSize * LEADING);
}

/**
 * Splits text into unbreakable pieces: words (word-segments.ts) and spaces, with punctuation glued
 * on. A word wider than the whole line is cut back into single CJK characters and Latin/digit runs
 * (numbers, URLs), as `overflow-wrap: anywhere` does on the page.
 */
function pieces(text: string, lang: Lang, maxWidth: number, fontSize: number): string[] {
  const raw = text.match(/[A-Za-z0-9.,:%+\-×÷≈=~/_#?&]+|\s+|./gsu) ?? [];
  const boundaries = new Set(wordBoundaries(text, lang));
  const words: string[][] = [];
  let offset = 0;
  let afterSpace = true;
  for (const token of raw) {
    const space = /^\s/u.test(token);
    const word = words.at(-1);
    if (word && !space && !afterSpace && !boundaries.has(offset)) word.push(token);
    else words.push([token]);
    offset += token.length;
    afterSpace = space;
  }
  const unbreakable = words.flatMap((word) => (textWidth(word.join(''), fontSize) > maxWidth ? word : [word.join('')]));
  const out: string[] = [];
  for (const piece of unbreakable) {
    const previous = out.at(-1);
    if (
      previous !== undefined &&
      (NO_LINE_START.includes(piece[0] ?? '') || NO_LINE_END.includes(previous.at(-1) ?? ''))
    ) {
      out[out.length - 1] = previous + piece;
    } else {
      out.push(piece);
    }
  }
  return out;
}

/**
 * Wraps text to lines no wider than `maxWidth` pixels, breaking between Chinese words (never before
 * closing or after opening punctuation) and at spaces; keeps explicit line breaks. A word wider than
 * the line breaks between its characters; a piece wider than the whole line (a long number) is
 * never cut: it stands on a line of its own. `lang` other than "zh" breaks at spaces only.
 */
export function wrapLines(text: string, maxWidth: number, fontSize: number, lang: Lang = 'zh'): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line: string[] = [];
    for (const piece of pieces(paragraph, lang, maxWidth, fontSize)) {
      const next = [...line, piece];
      if (line.join('').trim() !== '' && textWidth(next.join('').trimEnd(), fontSize) > maxWidth) {
        // When the break would fall inside a parenthesis, prefer to break before its opening
        // bracket, keeping the parenthesis whole.
        const opened = line.findLastIndex((p, i) => i > 0 && BRACKETS.includes(p[0] ?? ''));
        const closed = line.slice(opened).some((p) => [...CLOSING].some((c) => p.includes(c)));
        const bracket = opened > 0 && !closed ? opened : -1;
        const carry =
          bracket > 0 && textWidth(next.slice(bracket).join(''), fontSize) <= maxWidth ? bracket : line.length;
        lines.push(line.slice(0, carry).join('').trimEnd());
        line = [...line.slice(carry), piece];
        line[0] = line[0]!.trimStart();
      } else {
        line = next;
      }
    }
    lines.push(line.join('').trimEnd());
  }
  return lines;
}

/** Height in pixels of `lines` lines of text at `fontSize`. */
export function textHeight(lines: number, fontSize: number): number {
  return lines * lineHeight(fontSize);
}
