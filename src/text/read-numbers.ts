/**
 * Reads every number a Chinese sentence states, each as a whole token in the sentence's own notation,
 * so that a figure can be checked against the number its source actually says — not against a run
 * of digits that happens to sit inside a longer number ("9500" does not state 950, 50 or 0).
 *
 * Notations read: Arabic digits, also full-width (９５００) and with thousands separators (9,500);
 * decimals (17.3); the 万/亿 multipliers (17.3万 = 173000, 1.2亿); Chinese numerals (两个月, 十三,
 * 一万二千, 二〇二五); percentages as %, ％, 百分之… and 成 (三成 = 30 %); and the article's
 * qualifiers: 近 (nearly), 约 (about), 余/多 (more than).
 */
import type { Qualifier } from './format-number.ts';

/** One number as the sentence states it. */
export interface StatedNumber {
  /** The number itself: "17.3万" → 173000, "近三成" → 30. */
  value: number;
  /** 近 → nearly, 约 → about, 余/多 → more_than; absent when the sentence gives the number plainly. */
  qualifier?: Qualifier;
  /** Given as a share (%, ％, 百分之, 成): only a figure in % can cite it. */
  percent: boolean;
  /** Written only in Chinese numerals (两, 三成): such a token names a figure only when its unit follows. */
  chinese: boolean;
  /** The token as written, qualifiers included, e.g. "1300余", "近三成". */
  text: string;
  /** What the sentence says right after the token (where a unit would stand). */
  after: string;
}

const CHINESE_DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const DIGIT = '零〇一二两三四五六七八九';

/**
 * One token: Arabic digits (with 1,234 grouping or decimals) followed by optional 万/亿 multipliers
 * (not 千 or 百: 2千米 is two kilometres), or Chinese numerals starting with a digit or 十 (a word
 * like 百姓 or 万人 does not start a number). Either may be followed by 成 (tenths) and one more
 * digit (三成五 = 35 %). Digits inside a token are never a token of their own: 9500 is one number.
 */
const TOKEN = new RegExp(
  [
    `(?<arabic>\\d{1,3}(?:,\\d{3})+(?![\\d,])(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?<mult>[万亿]*)`,
    `(?<chinese>[${DIGIT}十][${DIGIT}十百千万亿]*)`,
  ].join('|'),
  'gu',
);

const PREFIXES: [string, Qualifier][] = [
  ['将近', 'nearly'],
  ['接近', 'nearly'],
  ['近', 'nearly'],
  ['大约', 'about'],
  ['约', 'about'],
  ['超过', 'more_than'],
  ['逾', 'more_than'],
];
/** Words that end in 近 without meaning "nearly": 最近3天 is "the last 3 days". */
const NOT_NEARLY = ['最近', '附近', '临近', '就近'];
const SUFFIXES: [string, Qualifier][] = [
  ['余', 'more_than'],
  ['多', 'more_than'],
];

/** Full-width digits, decimal point and percent sign read as ASCII, one character for one. */
function toHalfWidth(text: string): string {
  return text.replace(/[０-９．％]/gu, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}

/** Multiplies a decimal string by 10^shift without floating-point error: ("17.3", 4) → 173000. */
function shiftDecimal(digits: string, shift: number): number {
  const [whole = '', fraction = ''] = digits.split('.');
  const padded = fraction.padEnd(shift, '0');
  return Number(`${whole}${padded.slice(0, shift)}.${padded.slice(shift) || '0'}`);
}

/** Below 万: "三" → 3, "十三" → 13, "一百零五" → 105, "两千三" → 2300, "二〇二五" → 2025. */
function readBelowWan(text: string): number {
  if (![...text].some((char) => char in SMALL_UNIT)) {
    return Number([...text].map((char) => CHINESE_DIGIT[char] ?? 0).join('') || '0');
  }
  let sum = 0;
  let digit: number | undefined;
  let lastUnit = 1;
  let zeroSince = false;
  for (const char of text) {
    const unit = SMALL_UNIT[char];
    if (unit === undefined) {
      digit = CHINESE_DIGIT[char] ?? 0;
      if (digit === 0) zeroSince = true;
    } else {
      // 十 with no digit before it counts one ten: 十三 = 13.
      sum += (digit ?? (unit === 10 ? 1 : 0)) * unit;
      digit = undefined;
      lastUnit = unit;
      zeroSince = false;
    }
  }
  // A trailing digit right after a unit counts in the next unit down: 两千三 = 2300, 一百零五 = 105.
  if (digit !== undefined) sum += zeroSince || lastUnit === 1 ? digit : (digit * lastUnit) / 10;
  return sum;
}

/** Any Chinese numeral: splits at 亿 and 万 (一亿二千万 = 120000000). */
function readChinese(text: string): number {
  for (const [mark, size] of [
    ['亿', 1e8],
    ['万', 1e4],
  ] as const) {
    const at = text.lastIndexOf(mark);
    if (at >= 0) return (at === 0 ? 1 : readChinese(text.slice(0, at))) * size + readChinese(text.slice(at + 1));
  }
  return readBelowWan(text);
}

/** The power of ten of a run of multipliers after Arabic digits: "万" → 4, "万亿" → 12. */
function multiplierPower(mult: string): number {
  return [...mult].reduce((power, char) => power + (char === '亿' ? 8 : 4), 0);
}

/** The qualifier word `before` ends with, if any: 近 in "近三成", but not the 近 of 最近. */
function qualifierPrefix(before: string): [string, Qualifier] | undefined {
  if (NOT_NEARLY.some((word) => before.endsWith(word))) return undefined;
  return PREFIXES.find(([word]) => before.endsWith(word));
}

/** Every number `sentence` states, in order. */
export function readNumbers(sentence: string): StatedNumber[] {
  const text = toHalfWidth(sentence);
  const numbers: StatedNumber[] = [];
  // The end of the last token with its 成 and qualifier: the 五 of 三成五 is not a number of its own.
  let consumed = 0;
  for (const match of text.matchAll(TOKEN)) {
    const { arabic, mult = '', chinese } = match.groups ?? {};
    const start = match.index;
    if (start < consumed) continue;
    let end = start + match[0].length;
    let value =
      arabic !== undefined
        ? shiftDecimal(arabic.replaceAll(',', ''), multiplierPower(mult))
        : readChinese(chinese ?? '');
    // Where the token's text begins: before 百分之 and a qualifier such as 近.
    let lead = start;
    let percent = false;
    if (text.slice(0, lead).endsWith('百分之')) {
      percent = true;
      lead -= '百分之'.length;
    }
    const prefix = qualifierPrefix(text.slice(0, lead));
    if (prefix) lead -= prefix[0].length;
    let qualifier = prefix?.[1];
    if (text[end] === '成') {
      // 三成 = 30 %, 三成五 = 35 %.
      percent = true;
      value *= 10;
      end += 1;
      const next = CHINESE_DIGIT[text[end] ?? ''];
      if (next !== undefined) {
        value += next;
        end += 1;
      }
    }
    const suffix = SUFFIXES.find(([word]) => text.startsWith(word, end));
    if (suffix) {
      qualifier ??= suffix[1];
      end += suffix[0].length;
    }
    if (text[end] === '%') {
      percent = true;
      end += 1;
    }
    consumed = end;
    numbers.push({
      value,
      ...(qualifier ? { qualifier } : {}),
      percent,
      chinese: arabic === undefined,
      text: sentence.slice(lead, end),
      after: sentence.slice(end),
    });
  }
  return numbers;
}

/** A figure as a dataset holds it, with the unit its schema declares. */
export interface StatedFigure {
  value: number;
  qualifier?: Qualifier | undefined;
  unit: string;
}

/**
 * Whether `stated` is the figure: the same number with the same qualifier, a share only for a figure
 * in %, and a number in Chinese numerals only when the figure's unit follows it (so the 一 of 统一
 * does not source a figure of 1).
 */
export function isStated(figure: StatedFigure, stated: StatedNumber): boolean {
  // Object.is: a figure of -0 would be shown as "-0", which no sentence states.
  if (!Object.is(stated.value, figure.value) || stated.qualifier !== figure.qualifier) return false;
  if (stated.percent) return figure.unit === '%';
  if (stated.chinese && figure.unit !== '' && figure.unit !== '%') return stated.after.startsWith(figure.unit);
  return true;
}

/** Whether `sentence` states `figure` as one whole number in its own notation. */
export function sentenceStates(sentence: string, figure: StatedFigure): boolean {
  return readNumbers(sentence).some((stated) => isStated(figure, stated));
}
