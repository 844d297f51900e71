/**
 * Frontmatter of a story's MDX file.
 */
import { z } from 'zod';
import { bilingual, text } from './fields.ts';

export const storyFrontmatterSchema = z.strictObject({
  /** Headline, in Chinese. */
  title: text(),
  /** One- or two-sentence standfirst under the headline. */
  dek: text(),
  /** Rubric above the headline, e.g. the article's column "下基层 转作风". */
  kicker: text().optional(),
  /** Short description for search engines and link previews (at most 120 characters). */
  description: text().pipe(z.string().max(120, { error: bilingual('不超过120个字', 'at most 120 characters') })),
  /** Byline or desk credit. */
  credit: text(),
  /** Order on the home page: lower first. */
  order: z.number().int().default(0),
});

export type StoryFrontmatter = z.infer<typeof storyFrontmatterSchema>;
