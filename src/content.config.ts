/**
 * Content collections: the stories (MDX with checked frontmatter).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { storyFrontmatterSchema } from './schemas/story.ts';

export const collections = {
  stories: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/stories' }),
    schema: storyFrontmatterSchema,
  }),
};
