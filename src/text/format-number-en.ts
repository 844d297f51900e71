/**
 * Numbers and dates as English readers expect them: thousands separators (173,000; 9,340), the
 * article's qualifiers in words ("nearly 30%", "more than 1,300 m²", "about 25") and day-month-year
 * dates ("11 July 2025"). The Chinese forms are in format-number.ts; both read the same values.
 */
import type { Qualifier } from './format-number.ts';

const PLAIN = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });

/** Words for each qualifier, before the number. */
const QUALIFIER_WORDS: Readonly<Record<Qualifier, string>> = {
  nearly: 'nearly',
  more_than: 'more than',
  about: 'about',
};

/**
 * A number for English prose: 636 → "636", 9340 → "9,340", 173000 → "173,000". A number with more
 * than two decimals is rounded and says so: 1.234 → "about 1.23".
 */
export function formatEnglishNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Cannot format ${value}`);
  const text = PLAIN.format(value);
  return Number(text.replaceAll(',', '')) === value ? text : `about ${text}`;
}

/**
 * A figure with its English unit: "173,000 m²", "nearly 30%", "more than 1,300 m²", "636 hoardings".
 * A percent sign follows the number directly; any other unit after a space; "" gives a bare number.
 */
export function formatEnglishFigure(value: number, unit: string, qualifier?: Qualifier): string {
  const number = formatEnglishNumber(value);
  const withUnit = unit === '' ? number : unit === '%' ? `${number}%` : `${number} ${unit}`;
  if (!qualifier) return withUnit;
  // "about 1.23" already says it is approximate.
  if (qualifier === 'about' && number.startsWith('about ')) return withUnit;
  return `${QUALIFIER_WORDS[qualifier]} ${withUnit}`;
}

/** English date: "2025-07-11" → "11 July 2025", "2025-07" → "July 2025", "2025" → "2025"; `year: false` drops it. */
export function formatEnglishDate(isoDate: string, options: { year?: boolean } = {}): string {
  const [year, month, day] = isoDate.split('-');
  const parts: string[] = [];
  if (day) parts.push(String(Number(day)));
  if (month) parts.push(MONTH.format(new Date(Date.UTC(Number(year), Number(month) - 1, 1))));
  if (options.year !== false || parts.length === 0) parts.push(String(year));
  return parts.join(' ');
}
