/**
 * `content/quotes.en.json`: our English translations of the quotes in the `quotes` dataset, for the
 * English edition. The quotes themselves stay verbatim data with their source; a translation is our
 * words, so it lives with the content, keyed by the quote's id, and the page marks it as ours.
 */
import { z } from 'zod';
import { bilingual, id, text, uniqueIds } from './fields.ts';

/** The translations file, relative to the project root. */
export const QUOTE_TRANSLATIONS_FILE = 'content/quotes.en.json';

/** One quote in English. `name` and `place` are null exactly where the Chinese original has null. */
export const quoteTranslationSchema = z.strictObject(
  {
    /** The id of the quote in data/quotes/, e.g. "zhang-jianguo-park". */
    id: id(),
    /** The name in pinyin, family name first ("Zhang Jianguo"), or null for unnamed speakers. */
    name: text().nullable(),
    /** The role in English, e.g. "retired teacher". */
    role: text(),
    /** The place in English, or null when the original gives none. */
    place: text().nullable(),
    /** Our translation of the quote, without quotation marks. */
    text: text(),
  },
  {
    error: bilingual(
      '应为 { "id": …, "name": …, "role": …, "place": …, "text": … } 这样的对象',
      'expected a quote translation object',
    ),
  },
);

export const quoteTranslationsFileSchema = z.strictObject(
  {
    /** What the file is, for editors. */
    note: text().optional(),
    /** One entry per translated quote. */
    quotes: uniqueIds(
      z.array(quoteTranslationSchema, { error: bilingual('应为引语译文列表 [ { … } ]', 'expected a list of quotes') }),
    ),
  },
  { error: bilingual('应为 { "quotes": [ … ] } 这样的对象', 'expected { "quotes": [ … ] }') },
);

export type QuoteTranslation = z.infer<typeof quoteTranslationSchema>;
