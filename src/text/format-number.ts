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
