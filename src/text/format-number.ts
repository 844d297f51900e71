/**
 * Numbers as Chinese readers expect them: 万 and 亿 for large numbers (17.3万), no thousands
 * separators below 万 (9340), and the article's qualifiers: 近 (nearly), 余 (more than), 约 (about).
 * Intl.NumberFormat does the 万/亿 grouping; this module only adds honesty about rounding.
 */
/** How an approximate figure relates to its value: 近 (nearly), 余 (more than), 约 (about). */
export const QUALIFIERS = ['nearly', 'more_than', 'about'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

const COMPACT = new Intl.NumberFormat('zh-CN', { notation: 'compact', maximumFractionDigits: 2, useGrouping: false });
const PLAIN = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2, useGrouping: false });
const UNITS: [number, string][] = [
  [1e8, '亿'],
  [1e4, '万'],
];

/**
 * Formats a number for Chinese prose: 636 → "636", 9340 → "9340", 173000 → "17.3万".
 * When the short form rounds the number, it says so with 约: 173456 → "约17.35万".
 */
export function formatChineseNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Cannot format ${value}`);
  const magnitude = Math.abs(value);
  if (magnitude < 1e4) {
    const text = PLAIN.format(value);
    return Number(text) === value ? text : `约${text}`;
  }
  const text = COMPACT.format(value);
  const [scale, suffix] = UNITS.find(([size]) => magnitude >= size) ?? [1, ''];
  const shown = Number(text.replace(suffix, ''));
  return Math.abs(shown * scale - value) < 1e-6 * scale ? text : `约${text}`;
}

/** A figure as the article writes it: "17.3万平方米", "近30%", "1300余平方米". */
export function formatFigure(value: number, unit: string, qualifier?: Qualifier): string {
  const number = formatChineseNumber(value);
  switch (qualifier) {
    case 'nearly':
      return `近${number}${unit}`;
    case 'more_than':
      return `${number}余${unit}`;
    case 'about':
      return number.startsWith('约') ? `${number}${unit}` : `约${number}${unit}`;
    default:
      return `${number}${unit}`;
  }
}

/** Chinese date for display: "2025-07-11" → "2025年7月11日", "2025-07" → "2025年7月", "2025" → "2025年". */
export function formatChineseDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  let text = `${year}年`;
  if (month) text += `${Number(month)}月`;
  if (day) text += `${Number(day)}日`;
  return text;
}

/*
 * English, for the English edition: thousands separators (173,000; 9,340), no short scales, the
 * same honesty about qualifiers ("nearly 30%", "more than 1,300 m²", "about 2,000"), and dates as
 * British and international newsrooms write them ("11 July 2025").
 */
const ENGLISH = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const ENGLISH_WORDS: Readonly<Record<Qualifier, string>> = { nearly: 'nearly', more_than: 'more than', about: 'about' };

/** Formats a number for English prose: 636 → "636", 9340 → "9,340", 173000 → "173,000", 0.5 → "0.5". */
export function formatEnglishNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Cannot format ${value}`);
  const text = ENGLISH.format(value);
  return Number(text.replaceAll(',', '')) === value ? text : `about ${text}`;
}

/**
 * A figure in English: the number, then the unit ("173,000 m²"; "%" and "×" close up: "30%"), with
 * the article's qualifier in words before it: "nearly 30%", "more than 1,300 m²".
 */
export function formatEnglishFigure(value: number, unit: string, qualifier?: Qualifier): string {
  const number = formatEnglishNumber(value);
  const unitText = unit === '' ? '' : /^[%×]/.test(unit) ? unit : ` ${unit}`;
  if (!qualifier || (qualifier === 'about' && number.startsWith('about '))) return `${number}${unitText}`;
  return `${ENGLISH_WORDS[qualifier]} ${number.replace(/^about /, '')}${unitText}`;
}

const ENGLISH_MONTHS = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });

/**
 * English date for display: "2025-07-11" → "11 July 2025", "2025-07" → "July 2025", "2025" → "2025";
 * `year: false` drops the year ("11 July") where the year is already said.
 */
export function formatEnglishDate(isoDate: string, options: { year?: boolean } = {}): string {
  const [year, month, day] = isoDate.split('-');
  const parts: string[] = [];
  if (day) parts.push(String(Number(day)));
  if (month) parts.push(ENGLISH_MONTHS.format(new Date(Date.UTC(Number(year), Number(month) - 1, 1))));
  if (options.year !== false || parts.length === 0) parts.push(String(year));
  return parts.join(' ');
}
