/**
 * Finds the English in a Chinese text, so it can be marked `lang="en"` (WCAG 3.1.2, language of
 * parts) and a screen reader reads it with English pronunciation. Editors write bilingual strings
 * such as "嵌入 (embed)" or "首个版本：……。(First version: …)"; the English is every stretch
 * without Chinese characters that holds a Latin word. Digits, dates and punctuation alone stay Chinese.
 */

/** One piece of a text: English or not, in order; joined, the pieces give the text back. */
export interface LangRun {
  text: string;
  en: boolean;
}

/** Stretches of text without Han characters, CJK punctuation or full-width forms (（）：，). */
const NOT_CHINESE = /([^\p{Script=Han}\u3000-\u303f\uff00-\uffef]+)/u;
/** A Latin word of two letters or more (a lone "m" in "m²" is a unit, not a word). */
const LATIN_WORD = /[A-Za-z]{2,}/;

export function langRuns(text: string): LangRun[] {
  const runs: LangRun[] = [];
  const push = (piece: string, en: boolean): void => {
    if (piece === '') return;
    const last = runs.at(-1);
    if (last && last.en === en) last.text += piece;
    else runs.push({ text: piece, en });
  };
  // split() with a capture group alternates: Chinese, other, Chinese, other, …
  text.split(NOT_CHINESE).forEach((piece, i) => {
    if (i % 2 === 0 || !LATIN_WORD.test(piece)) return push(piece, false);
    // Spaces at the edges belong to the Chinese around it, not to the English.
    const [, lead = '', english = '', trail = ''] = /^(\s*)([^]*?)(\s*)$/.exec(piece) ?? [];
    push(lead, false);
    push(english, true);
    push(trail, false);
  });
  return runs;
}
