/**
 * Content collections: the stories (MDX with checked frontmatter) and the pictures with their
 * before/after pairs (content/pictures.json, processed by astro:assets). The picture fields are
 * defined once, in src/schemas/pictures.ts; here `file` becomes an `image()` so Astro imports it.
 */
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import {
  PICTURES_DIR,
  PICTURES_FILE,
  pictureObject,
  picturePairSchema,
  pictureSchema,
  refinePicture,
} from './schemas/pictures.ts';
import { storyFrontmatterSchema } from './schemas/story.ts';

/**
 * The part of content/pictures.json a collection holds; malformed files are reported by checkPictures.
 * In the preview, a file that is not JSON and entries that break `schema` (or name a missing file) are
 * left out, so Astro's loader does not print its own English error with a stack trace: checkPictures
 * reports the same mistake in the editors' words, and the story hides its text until it is fixed.
 */
function picturesPart(text: string, part: 'pictures' | 'pairs', schema: z.ZodType): Record<string, unknown>[] {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    if (import.meta.env.DEV) return [];
    throw error;
  }
  const list = Array.isArray(data[part]) ? (data[part] as Record<string, unknown>[]) : [];
  if (!import.meta.env.DEV) return list;
  return list.filter(
    (entry) =>
      schema.safeParse(entry).success &&
      (typeof entry['file'] !== 'string' || existsSync(path.join(PICTURES_DIR, entry['file']))),
  );
}

/**
 * In the preview, a story saved with a frontmatter mistake makes Astro's loader log "[ERROR] Failed
 * to reload …" (it keeps the last good entry). The editor check reports the same mistake in the
 * editors' words, in the terminal and the banner, so the loader's own errors go to the debug log.
 */
function previewQuiet(loader: Loader): Loader {
  if (!import.meta.env.DEV) return loader;
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        logger: new Proxy(context.logger, {
          get: (target, key) => (key === 'error' ? target.debug.bind(target) : Reflect.get(target, key)),
        }),
      }),
  };
}

export const collections = {
  stories: defineCollection({
    loader: previewQuiet(glob({ pattern: '*.mdx', base: './content/stories' })),
    schema: storyFrontmatterSchema,
  }),
  // The English editions: content/stories/en/<slug>.mdx, the same slug as the original (src/stories/editions.ts).
  storiesEn: defineCollection({
    loader: previewQuiet(glob({ pattern: '*.mdx', base: './content/stories/en' })),
    schema: storyFrontmatterSchema,
  }),
  pictures: defineCollection({
    loader: file(PICTURES_FILE, {
      // `file` is relative to content/pictures/; image() resolves paths from content/pictures.json.
      parser: (text) =>
        picturesPart(text, 'pictures', pictureSchema).map((picture) => ({
          ...picture,
          file: typeof picture['file'] === 'string' ? `./pictures/${picture['file']}` : picture['file'],
        })),
    }),
    schema: ({ image }) => pictureObject.extend({ file: image() }).superRefine(refinePicture),
  }),
  picturePairs: defineCollection({
    loader: file(PICTURES_FILE, { parser: (text) => picturesPart(text, 'pairs', picturePairSchema) }),
    schema: picturePairSchema,
  }),
};
