/**
 * The fields every version file of every dataset carries: which version it is, when its numbers
 * were true, what changed, and where every figure comes from.
 */
import { z } from 'zod';
import { bilingual, partialIsoDate, text } from './fields.ts';

/** One publication a dataset draws from, with the exact sentence behind each figure. */
export const sourceSchema = z.strictObject(
  {
    /** The outlet that published the report; say so plainly when the source text does not name it. */
    publication: text(),
    /** The headline of the report, verbatim. */
    title: text(),
    /** The column or rubric the report ran under, if any (e.g. "下基层 转作风"). */
    column: text().optional(),
    /** Publication date, as precise as is known: YYYY, YYYY-MM or YYYY-MM-DD. */
    date: partialIsoDate(),
    /** How the date was worked out when the report does not print it. */
    date_note: text().optional(),
    /** Web address of the report, when one exists: http or https only (never javascript: or data:). */
    url: z
      .url({
        protocol: /^https?$/,
        error: bilingual('应为完整网址，以 https:// 开头', 'expected a full https:// URL'),
      })
      .optional(),
    /**
     * The exact sentence each figure comes from, keyed by the figure's path in this file
     * (e.g. "sites_rectified" or "sites.tiebei-2nd-road.hoarding_area_m2"). Copy it verbatim.
     */
    sentences: z
      .record(z.string(), text(), {
        error: bilingual('应为 { "字段路径": "原文句子" } 这样的对象', 'expected { "field path": "exact sentence" }'),
      })
      .default({}),
  },
  { error: bilingual('应为来源对象 { "publication": …, "title": …, "date": … }', 'expected a source object') },
);

/**
 * A version that corrects a mistake in an earlier one (not an update with newer figures): stories
 * that use the dataset show a dated correction notice linking both versions. The data check makes
 * sure `of` names an earlier published version (src/data/corrections.ts).
 */
export const correctionSchema = z.strictObject(
  {
    /** The version this one corrects: an earlier, published version number. */
    of: z
      .number({ error: bilingual('应为被更正的版本号（正整数）', 'expected the number of the corrected version') })
      .int({ error: bilingual('应为正整数', 'expected a positive integer') })
      .min(1, { error: bilingual('应为正整数', 'expected a positive integer') }),
    /** What was wrong and what is right now, in one sentence each language; readers see it. */
    what: z.strictObject(
      {
        /** In Chinese, e.g. "释放道路面积应为17.3万平方米，此前误作13.7万平方米。" */
        zh: text(),
        /** The same in English (our translation). */
        en: text(),
      },
      { error: bilingual('应为 { "zh": "…", "en": "…" }', 'expected { "zh": "…", "en": "…" }') },
    ),
  },
  {
    error: bilingual(
      '应为更正说明 { "of": 被更正的版本号, "what": { "zh": "…", "en": "…" } }',
      'expected a correction { "of": corrected version, "what": { "zh": "…", "en": "…" } }',
    ),
  },
);

export type Correction = z.infer<typeof correctionSchema>;

/** The fields shared by all datasets; spread into each dataset's schema. */
export const envelopeShape = {
  /** Version number; must equal N in the file name vN.json. */
  version: z
    .number({
      error: bilingual(
        '应为正整数，且与文件名 vN.json 中的 N 相同',
        'expected a positive integer equal to N in vN.json',
      ),
    })
    .int({ error: bilingual('应为正整数', 'expected a positive integer') })
    .min(1, { error: bilingual('应为正整数', 'expected a positive integer') }),
  /** The date the figures were true ("截至…"), as precise as the source gives it. */
  as_of: partialIsoDate(),
  /** How `as_of` was worked out when the source does not print the day. */
  as_of_note: text().optional(),
  /** What changed from the previous version, in Chinese then English. Version 1 says where it came from. */
  note: text(),
  /** Set only when this version corrects a mistake in an earlier one; see `correctionSchema`. */
  correction: correctionSchema.optional(),
  /** Where the figures come from; at least one source. */
  sources: z
    .array(sourceSchema, { error: bilingual('应为来源列表 [ { … } ]', 'expected a list of sources') })
    .min(1, { error: bilingual('至少需要一个来源', 'expected at least one source') }),
};

export type Source = z.infer<typeof sourceSchema>;
