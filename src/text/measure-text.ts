/**
 * Measuring and wrapping text without a browser, for laying out charts at build time: the width of
 * a line, the height of a line, and Chinese line breaking. Plot's own `lineWidth` only breaks at
 * spaces and hyphens, so it cannot wrap Chinese. Widths are estimates that err on the wide side (no
 * font is loaded), so a line measured to fit does fit. Pure: the same input gives the same output.
 */

/** Characters a line must not start with (Chinese line-breaking rules, 避头). */
const NO_LINE_START = '，。、；：！？）》」』”’%…,.;:!?)';
/** Characters a line must not end with (避尾). */
const NO_LINE_END = '（《「『“‘(';
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

/** Splits text into unbreakable pieces: single CJK characters, Latin/digit runs (numbers, URLs), with punctuation glued on. */
function pieces(text: string): string[] {
  const raw = text.match(/[A-Za-z0-9.,:%+\-×÷≈=~/_#?&]+|\s+|./gsu) ?? [];
  const out: string[] = [];
  for (const piece of raw) {
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
 * Wraps text to lines no wider than `maxWidth` pixels, breaking between Chinese characters (never
 * before closing or after opening punctuation) and at spaces; keeps explicit line breaks. A piece
 * wider than the whole line (a long number) is never cut: it stands on a line of its own.
 */
export function wrapLines(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line: string[] = [];
    for (const piece of pieces(paragraph)) {
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
