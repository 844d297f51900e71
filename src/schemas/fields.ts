/**
 * Field builders shared by every dataset schema.
 *
 * Each builder carries a bilingual "expected …" message (Chinese first, because editors read Chinese)
 * so that a wrong edit is reported in words an editor understands, and figure builders carry the
 * label and unit that prose, charts and CSV downloads use. Units live here, next to the field, so a
 * number can never be shown with the wrong unit.
 */
import { z } from 'zod';
import { QUALIFIERS, formatChineseNumber, type Qualifier } from '../text/format-number.ts';

/** Encodes a bilingual message into the one string zod carries: `中文 (English)`. */
export function bilingual(zh: string, en: string): string {
  return `${zh} (${en})`;
}

export { QUALIFIERS, type Qualifier };

/** Metadata stored on every figure schema; read by `Num`, the CSV writer and the charts. */
export interface FigureMeta {
  /** Short Chinese label, e.g. "整治围挡". */
  label: string;
  /** English label for CSV headers and the data index. */
  label_en: string;
  /** Display unit in Chinese, e.g. "处", "平方米"; an empty string for a bare number. */
  unit: string;
  /**
   * The unit in English (`UNITS_EN`): "m²", "%", "months"; "" where English counts with a bare
   * number (处, 个). Absent for a unit `UNITS_EN` lacks, which test/unit/schemas/schema-labels.test.ts
   * reports (the English edition shows the Chinese unit until then).
   */
  unit_en?: string;
  /** Marks the schema as a citable figure (every figure needs a source sentence). */
  figure: true;
}

/**
 * The plausible range of a figure, chosen from what the field means (how many hoardings a city can
 * have, how large a city's road area can be), never from today's value: a typo with extra zeros
 * (9,500,000 for 9,500) is refused with a message saying why, instead of building for minutes and
 * shipping a page of megabytes.
 */
export interface Range {
  /** Smallest plausible value; 0 when absent (negative figures get their own message). */
  min?: number;
  /** Largest plausible value. */
  max: number;
  /** Why the range holds, in Chinese and English, e.g. `['一座城市的围挡不会超过十万处', 'a city has no more than 100,000 hoardings']`. */
  why: readonly [zh: string, en: string];
}

const EN = new Intl.NumberFormat('en-US');

/** Shows a bound both ways an editor may think of it: `10万（100000）`, or plain `120`. */
function showBound(value: number): string {
  const chinese = formatChineseNumber(value);
  return chinese === String(value) ? chinese : `${chinese}（${value}）`;
}

/**
 * The message for a figure outside its range: the range, why it holds, and the fix (the usual cause
 * is an extra zero or a figure written in the wrong unit). The file and field are added by the
 * data check, which names both.
 */
export function rangeMessage(range: Range, unit: string): string {
  const min = range.min ?? 0;
  const [whyZh, whyEn] = range.why;
  return bilingual(
    `应在 ${showBound(min)} 到 ${showBound(range.max)}${unit} 之间，因为${whyZh}；请核对是否多打了零或用错了单位，改成文章里的数字`,
    `expected ${EN.format(min)} to ${EN.format(range.max)}, because ${whyEn}; check for an extra zero or a wrong unit and write the article's figure`,
  );
}

/** Adds the range checks to a number schema (the non-negative check stays the builder's own). */
function bounded(schema: z.ZodNumber, range: Range, unit: string): z.ZodNumber {
  const message = rangeMessage(range, unit);
  const min = range.min ?? 0;
  const withMax = schema.max(range.max, { error: message });
  return min > 0 ? withMax.min(min, { error: message }) : withMax;
}

/**
 * Every Chinese unit a schema uses, in English. Chinese counts things with measure words (636处围挡,
 * 25条街道) where English has a bare number and a noun ("636 hoardings"), so those units are "".
 * A unit missing here stops the schema from loading, naming the unit: add its English form.
 */
export const UNITS_EN: Readonly<Record<string, string>> = {
  '': '',
  '%': '%',
  平方米: 'm²',
  米: 'm',
  公里: 'km',
  个月: 'months',
  天: 'days',
  年: 'years',
  袋: 'bags',
  处: '',
  个: '',
  条: '',
  类: '',
  座: '',
  项: '',
  家: '',
  户: '',
  人: '',
};

/** The English form of a schema's unit, or undefined for a unit `UNITS_EN` lacks. */
export function unitEn(unit: string): string | undefined {
  return UNITS_EN[unit];
}

/** The message for a unit without an English form, in both languages, naming the fix. */
export function missingUnitMessage(unit: string): string {
  return bilingual(
    `单位「${unit}」没有英文写法：请在 src/schemas/fields.ts 的 UNITS_EN 里加上它`,
    `the unit "${unit}" has no English form: add it to UNITS_EN in src/schemas/fields.ts`,
  );
}

/** A figure's metadata, with the range it enforces (`min`, `max`) for readers of the schema. */
function figureMeta(label: string, label_en: string, unit: string, range: Range) {
  const unit_en = unitEn(unit);
  const meta: FigureMeta = { label, label_en, unit, ...(unit_en === undefined ? {} : { unit_en }), figure: true };
  return { ...meta, min: range.min ?? 0, max: range.max };
}

/** Metadata stored on text-list schemas (lists the article gives without counts). */
export interface TextMeta {
  label: string;
  label_en: string;
}

const COUNT = bilingual('应为非负整数', 'expected a non-negative integer');
const MEASURE = bilingual('应为非负数', 'expected a non-negative number');
const TEXT = bilingual('应为非空文字', 'expected non-empty text');
const DATE = bilingual('应为日期，格式为 年-月-日，如 2025-07-11', 'expected a date as YYYY-MM-DD');
const PARTIAL_DATE = bilingual(
  '应为日期：年、年-月 或 年-月-日，如 2025 或 2025-07-11',
  'expected YYYY, YYYY-MM or YYYY-MM-DD',
);
const ID = bilingual(
  '应为小写英文字母、数字和连字符组成的标识，如 tiebei-2nd-road',
  'expected a kebab-case id such as tiebei-2nd-road',
);

/** A whole, non-negative number of things (hoardings, problems, parks), within `range`. */
export function count(label: string, label_en: string, unit: string, range: Range) {
  const base = z.number({ error: COUNT }).int({ error: COUNT }).min(0, { error: COUNT });
  return bounded(base, range, unit).meta(figureMeta(label, label_en, unit, range));
}

/** A non-negative measurement that may have decimals (areas, lengths, percentages), within `range`. */
export function measure(label: string, label_en: string, unit: string, range: Range) {
  const base = z.number({ error: MEASURE }).min(0, { error: MEASURE });
  return bounded(base, range, unit).meta(figureMeta(label, label_en, unit, range));
}

/**
 * A figure the article gives approximately: "近三成" is `{ value: 30, qualifier: "nearly" }`,
 * "1300余平方米" is `{ value: 1300, qualifier: "more_than" }`.
 */
export function approx(label: string, label_en: string, unit: string, range: Range) {
  return z
    .strictObject(
      {
        /** The number as the article gives it, within `range`. */
        value: bounded(z.number({ error: MEASURE }).min(0, { error: MEASURE }), range, unit),
        /** nearly = 近, more_than = 余, about = 约. */
        qualifier: z.enum(QUALIFIERS, {
          error: bilingual(
            '应为 nearly（近）、more_than（余）或 about（约）之一',
            'expected one of nearly, more_than, about',
          ),
        }),
      },
      {
        error: bilingual(
          '应为 { "value": 数字, "qualifier": "nearly" } 这样的对象',
          'expected an object like { "value": 30, "qualifier": "nearly" }',
        ),
      },
    )
    .meta(figureMeta(label, label_en, unit, range));
}

/** Free text that must not be empty or only spaces. */
export function text() {
  return z.string({ error: TEXT }).trim().min(1, { error: TEXT });
}

/** A list of short texts the article names without counts (e.g. kinds of problems). */
export function textList(label: string, label_en: string) {
  return z
    .array(text(), { error: bilingual('应为文字列表 ["…", "…"]', 'expected a list of texts') })
    .min(1, { error: bilingual('列表至少需要一项', 'expected at least one item') })
    .meta({ label, label_en } satisfies TextMeta);
}

/** A full calendar date, YYYY-MM-DD, checked against the calendar (no 2025-02-30). */
export function isoDate() {
  return z.iso.date({ error: DATE }).meta({ date: true });
}

/**
 * A date known only to the year or month (ISO 8601 reduced precision): "2025", "2025-07" or a full
 * date. Used where the article says "截至目前" (as of now) without naming the day.
 */
export function partialIsoDate() {
  return z.string({ error: PARTIAL_DATE }).refine(isValidPartialDate, { error: PARTIAL_DATE }).meta({ date: true });
}

function isValidPartialDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [, , month, day] = match;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return false;
  if (day !== undefined) return z.iso.date().safeParse(value).success;
  return true;
}

/** A stable kebab-case identifier; ids become public URLs and must not change once published. */
export function id() {
  return z.string({ error: ID }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: ID });
}

/** A plain object of records keyed by stable kebab-case id, e.g. `sites`. */
export function keyedRecords<T extends z.ZodType>(record: T) {
  return z.record(id(), record, {
    error: bilingual('应为以标识为键的对象 { "id": { … } }', 'expected an object keyed by id'),
  });
}

/** A list of records whose `id`s must differ: a second record with the same id would never be shown. */
export function uniqueIds<T extends z.ZodType<{ id: string }>>(list: z.ZodArray<T>) {
  return list.superRefine((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(item.id)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'id'],
          input: item.id,
          message: bilingual(
            `标识 "${item.id}" 重复了，每一项的 id 必须不同`,
            `the id "${item.id}" is used twice; ids must differ`,
          ),
        });
      }
      seen.add(item.id);
    });
  });
}

/** A figure's value and qualifier, whether it is stored as a plain number or as `{ value, qualifier }`. */
export function readFigure(raw: unknown): { value: number; qualifier?: Qualifier } {
  if (typeof raw === 'number') return { value: raw };
  const { value, qualifier } = raw as { value: number; qualifier: Qualifier };
  return { value, qualifier };
}
