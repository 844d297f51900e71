/**
 * Frontmatter of a story's MDX file.
 */
import { z } from 'zod';
import { text } from './fields.ts';

export const storyFrontmatterSchema = z.strictObject({
  /** Headline, in Chinese; may hold {dataset.field} placeholders, filled from the data. */
  title: text(),
  /** One- or two-sentence standfirst under the headline; may hold {dataset.field} placeholders. */
  dek: text(),
  /** Rubric above the headline, e.g. the article's column "下基层 转作风". */
  kicker: text().optional(),
  /** Short description for search engines and link previews; may hold {dataset.field} placeholders. */
  description: text(),
  /** Byline or desk credit. */
  credit: text(),
  /** Order on the home page: lower first. */
  order: z.number().int().default(0),
});
