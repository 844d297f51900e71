/**
 * Reads and checks our English translations of the quotes (content/quotes.en.json), and says what a
 * quote's translation lacks: the English story refuses a <Quote> whose translation is missing or
 * incomplete with the file, the quote and the field, as other editor errors do.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describeIssues } from '../data/describe-issues.ts';
import { parseJsonFile } from '../data/parse-json.ts';
import type { EditorProblem } from '../data/problems.ts';
import type { Quote } from '../schemas/quotes.ts';
import {
  QUOTE_TRANSLATIONS_FILE,
  quoteTranslationsFileSchema,
  type QuoteTranslation,
} from '../schemas/quote-translations.ts';

export type ReadTranslations =
  { ok: true; translations: ReadonlyMap<string, QuoteTranslation> } | { ok: false; problems: EditorProblem[] };

/** The translations by quote id; an absent file holds none (a site with no English story needs none). */
export function readQuoteTranslations(root: string): ReadTranslations {
  const full = path.join(root, QUOTE_TRANSLATIONS_FILE);
  if (!existsSync(full)) return { ok: true, translations: new Map() };
  const parsed = parseJsonFile(QUOTE_TRANSLATIONS_FILE, readFileSync(full));
  if (!parsed.ok) return parsed;
  const result = quoteTranslationsFileSchema.safeParse(parsed.value);
  if (!result.success) {
    return {
      ok: false,
      problems: describeIssues(
        QUOTE_TRANSLATIONS_FILE,
        result.error.issues,
        parsed.value,
        quoteTranslationsFileSchema,
        parsed.locate,
      ),
    };
  }
  return { ok: true, translations: new Map(result.data.quotes.map((quote) => [quote.id, quote])) };
}

/** Every problem with the translations file itself (syntax, fields); none when it is absent. */
export function checkQuoteTranslations(root: string): EditorProblem[] {
  const read = readQuoteTranslations(root);
  return read.ok ? [] : read.problems;
}

/**
 * What `translation` lacks for `original`: the whole entry, or the name or place the original has.
 * Returns undefined when the translation is complete.
 */
export function translationMiss(
  original: Quote,
  translation: QuoteTranslation | undefined,
): { message: string; fix: string } | undefined {
  const id = original.id;
  if (!translation) {
    return {
      message: `引语 "${id}" 没有英文译文：${QUOTE_TRANSLATIONS_FILE} 里缺少 id 为 "${id}" 的一项 (quote "${id}" has no English translation in ${QUOTE_TRANSLATIONS_FILE})`,
      fix: `在 ${QUOTE_TRANSLATIONS_FILE} 的 quotes 里加上 { "id": "${id}", "name": …, "role": …, "place": …, "text": "译文" } (add an entry with the quote's id and its translation)`,
    };
  }
  for (const field of ['name', 'place'] as const) {
    if ((original[field] === null) === (translation[field] === null)) continue;
    const missing = translation[field] === null;
    return {
      message: missing
        ? `${QUOTE_TRANSLATIONS_FILE} 里引语 "${id}" 的 ${field} 是 null，原文却有 "${original[field] ?? ''}" (quote "${id}": the original has a ${field}, the translation has none)`
        : `${QUOTE_TRANSLATIONS_FILE} 里引语 "${id}" 写了 ${field}，原文却没有 (quote "${id}": the translation has a ${field} the original lacks)`,
      fix: missing
        ? `把 "${field}" 写成英文 (write the ${field} in English)`
        : `把 "${field}" 改为 null (set "${field}" to null)`,
    };
  }
  return undefined;
}
