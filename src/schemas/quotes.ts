/**
 * `quotes`: every person the article quotes, with the quote verbatim.
 */
import { z } from 'zod';
import { envelopeShape } from './envelope.ts';
import { bilingual, id, text, uniqueIds } from './fields.ts';

/** The story sections a quote can belong to. */
export const QUOTE_SECTIONS = ['intro', 'enclosures', 'old-compounds', 'back-streets'] as const;

/** One quoted passage. A person quoted twice has two entries. */
const quoteSchema = z.strictObject({
  /** Stable id, e.g. "zhang-jianguo-park". */
  id: id(),
  /** Name as printed, or null for unnamed residents and online comments. */
  name: text().nullable(),
  /** Role or occupation as printed, e.g. "退休教师", "长春交警". */
  role: text(),
  /** Where they live or work, as printed; null when the article gives no place. */
  place: text().nullable(),
  /** Story section the quote belongs to. */
  section: z.enum(QUOTE_SECTIONS, {
    error: bilingual(`应为以下之一：${QUOTE_SECTIONS.join('、')}`, `expected one of ${QUOTE_SECTIONS.join(', ')}`),
  }),
  /** The quote, verbatim, without the surrounding quotation marks. */
  text: text(),
});

export const quotesSchema = z.strictObject({
  ...envelopeShape,
  /** The quotes in the order they appear in the article. */
  quotes: uniqueIds(z.array(quoteSchema).min(1)),
});

export type Quotes = z.infer<typeof quotesSchema>;
export type Quote = Quotes['quotes'][number];
