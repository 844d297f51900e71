/**
 * The stories of each language edition, as Astro's content collections hold them: `stories` for the
 * original, `storiesEn` for content/stories/en/. Pages ask here instead of naming a collection, so
 * a route, the home page and the sitemap agree on which editions a story has.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { localePath, type Lang } from '../text/lang.ts';
import { storyUrl } from '../embed/urls.ts';

/** A story entry of any edition. */
export type StoryEntry = CollectionEntry<'stories'> | CollectionEntry<'storiesEn'>;

/** The stories of `lang`'s edition, lower `order` first, then by slug, so a list never shuffles. */
export async function storiesIn(lang: Lang): Promise<StoryEntry[]> {
  const stories: StoryEntry[] = lang === 'en' ? await getCollection('storiesEn') : await getCollection('stories');
  return stories.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id, 'en'));
}

/** The site path of `slug`'s story in `lang`'s edition: "/changchun/", "/en/changchun/". */
export function storyPath(lang: Lang, slug: string): string {
  return localePath(lang, storyUrl(slug));
}

/** The site path of the story in every edition that has it, e.g. `{ zh: '/changchun/', en: '/en/changchun/' }`. */
export async function storyAlternates(slug: string): Promise<Partial<Record<Lang, string>>> {
  const [zh, en] = await Promise.all([storiesIn('zh'), storiesIn('en')]);
  return {
    ...(zh.some((story) => story.id === slug) ? { zh: storyPath('zh', slug) } : {}),
    ...(en.some((story) => story.id === slug) ? { en: storyPath('en', slug) } : {}),
  };
}
