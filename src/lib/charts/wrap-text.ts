/**
 * Line-wraps text for SVG files that have no browser to do it: Chinese characters are about one em
 * wide, Latin letters and digits about half. Good enough for titles and credit lines.
 */

function charWidth(char: string): number {
  // CJK ideographs, CJK and full-width punctuation, and the curly quotes Chinese text uses are one em.
  return /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F\u2018-\u201F\u2026\u2014]/.test(char) ? 1 : 0.56;
}

/** Splits `text` into lines no wider than `maxWidth` pixels at `fontSize`. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  // A little slack: glyph widths vary, and a line that overflows is worse than one that wraps early.
  const limit = maxWidth * 0.97;
  let line = '';
  let width = 0;
  for (const char of text) {
    const w = charWidth(char) * fontSize;
    if (width + w > limit && line !== '') {
      lines.push(line);
      line = '';
      width = 0;
    }
    line += char;
    width += w;
  }
  if (line !== '') lines.push(line);
  return lines;
}
