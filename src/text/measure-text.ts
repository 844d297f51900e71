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

/** Width of one character in em: CJK and full-width forms are 1em, Latin letters and digits about 0.6em. */
function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (char === ' ') return 0.3;
  if (code < 0x2000) return /[A-Z%]/.test(char) ? 0.7 : 0.6;
  return 1;
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
