/**
 * Content collections: the stories (MDX with checked frontmatter) and the pictures with their
 * before/after pairs (content/pictures.json, processed by astro:assets). The picture fields are
 * defined once, in src/schemas/pictures.ts; here `file` becomes an `image()` so Astro imports it.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { PICTURES_FILE, pictureObject, picturePairSchema, refinePicture } from './schemas/pictures.ts';
import { storyFrontmatterSchema } from './schemas/story.ts';

/** The part of content/pictures.json a collection holds; malformed files are reported by checkPictures. */
function picturesPart(text: string, part: 'pictures' | 'pairs'): Record<string, unknown>[] {
  const data = JSON.parse(text) as Record<string, unknown>;
  const list = data[part];
  return Array.isArray(list) ? (list as Record<string, unknown>[]) : [];
}

export const collections = {
  stories: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/stories' }),
    schema: storyFrontmatterSchema,
  }),
  pictures: defineCollection({
    loader: file(PICTURES_FILE, {
      // `file` is relative to content/pictures/; image() resolves paths from content/pictures.json.
      parser: (text) =>
        picturesPart(text, 'pictures').map((picture) => ({
          ...picture,
          file: typeof picture['file'] === 'string' ? `./pictures/${picture['file']}` : picture['file'],
        })),
    }),
    schema: ({ image }) => pictureObject.extend({ file: image() }).superRefine(refinePicture),
  }),
  picturePairs: defineCollection({
    loader: file(PICTURES_FILE, { parser: (text) => picturesPart(text, 'pairs') }),
    schema: picturePairSchema,
  }),
};
