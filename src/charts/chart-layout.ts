/**
 * Layout helpers shared by the chart modules (and by the standalone SVG downloads): measuring and
 * wrapping Chinese text (Plot's own `lineWidth` only breaks at spaces and hyphens, so it cannot wrap
 * Chinese), laying out unit grids in pixels, and the two Plot pieces every pixel-laid-out chart
 * repeats. All pure: the same input gives the same output.
 */
import * as Plot from '@observablehq/plot';

/**
 * Chart text size in CSS pixels, set on every chart's root by the renderer: at least 12 px on a
 * 360 px phone, where the narrow rendering is drawn at its own size.
 */
export const BASE_FONT_SIZE = 13;

/** Line height in pixels for wrapped text, as Plot lays it out (1em per line, plus leading). */
export function lineHeight(fontSize = BASE_FONT_SIZE): number {
  return Math.ceil(fontSize * 1.2);
}

/** Characters a line must not start with (Chinese line-breaking rules, 避头). */
const NO_LINE_START = '，。、；：！？）》」』”’%…,.;:!?)';
/** Characters a line must not end with (避尾). */
const NO_LINE_END = '（《「『“‘(';
/** Opening brackets: a line break just before one keeps the bracketed words together. */
const BRACKETS = '（(';

/** Width of one character in em: CJK and full-width forms are 1em, Latin letters and digits about 0.6em. */
function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (char === ' ') return 0.3;
  if (code < 0x2000) return /[A-Z%]/.test(char) ? 0.7 : 0.6;
  return 1;
}

/** Approximate rendered width of `text` in pixels at `fontSize` (errs on the wide side). */
export function textWidth(text: string, fontSize = BASE_FONT_SIZE): number {
  let sum = 0;
  for (const char of text) sum += charWidth(char);
  return sum * fontSize;
}

/** Splits text into unbreakable pieces: single CJK characters, Latin/digit runs, with punctuation glued on. */
function pieces(text: string): string[] {
  const raw = text.match(/[A-Za-z0-9.,%+\-×÷≈=~/]+|\s+|./gsu) ?? [];
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
 * before closing or after opening punctuation) and at spaces; keeps explicit line breaks.
 */
export function wrapLines(text: string, maxWidth: number, fontSize = BASE_FONT_SIZE): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line: string[] = [];
    for (const piece of pieces(paragraph)) {
      const next = [...line, piece];
      if (line.join('').trim() !== '' && textWidth(next.join('').trimEnd(), fontSize) > maxWidth) {
        // Prefer to break before an opening bracket on this line, keeping a parenthesis whole.
        const bracket = line.findLastIndex((p, i) => i > 0 && BRACKETS.includes(p[0] ?? ''));
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

/** A cell of a unit grid, in pixels. */
export interface GridCell {
  /** Index of the unit, from 0. */
  index: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Lays out `count` units left to right, top to bottom, `columns` to a row, each cell `cell` pixels
 * square with `gap` pixels between marks, starting at (`left`, `top`). A fractional count gives a
 * last cell whose width is the fraction (an honest partial unit).
 */
export function unitGrid(count: number, columns: number, cell: number, gap: number, left = 0, top = 0): GridCell[] {
  const cells: GridCell[] = [];
  const whole = Math.floor(count);
  const total = count > whole ? whole + 1 : whole;
  for (let index = 0; index < total; index++) {
    const column = index % columns;
    const row = Math.floor(index / columns);
    const fraction = index < whole ? 1 : count - whole;
    const x1 = left + column * cell;
    const y1 = top + row * cell;
    cells.push({ index, x1, y1, x2: x1 + (cell - gap) * fraction, y2: y1 + cell - gap });
  }
  return cells;
}

/** Rows a unit grid of `count` units needs at `columns` per row. */
export function gridRows(count: number, columns: number): number {
  return Math.max(1, Math.ceil(count / columns));
}

/** Plot options for a chart laid out in pixels: x and y are positions, not data, and draw no axes. */
export function pixelFrame(width: number, height: number): Plot.PlotOptions {
  return { width, height, margin: 0, x: { type: 'identity', axis: null }, y: { type: 'identity', axis: null } };
}

export interface TextBlockOptions {
  /** Left edge (the text is left-aligned). */
  x: number | Date;
  /** Top of the first line. */
  y: number;
  fill: string;
  /** Names the mark group in the SVG (`mark-…`), for tests and styling. */
  className: string;
  fontSize?: number;
  fontWeight?: number;
}

/** Lines of text, left-aligned from a top-left corner, at the chart's line height. */
export function textBlock(lines: readonly string[], options: TextBlockOptions): Plot.Text {
  const { fontSize, fontWeight, ...place } = options;
  const size = fontSize ?? BASE_FONT_SIZE;
  return Plot.text([lines.join('\n')], {
    ...place,
    text: (d: string) => d,
    textAnchor: 'start',
    lineAnchor: 'top',
    lineHeight: lineHeight(size) / size,
    ...(fontSize === undefined ? {} : { fontSize }),
    ...(fontWeight === undefined ? {} : { fontWeight }),
  });
}
