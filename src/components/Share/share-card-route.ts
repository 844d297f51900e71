/**
 * The share cards of one edition's stories (`/share/<story>.png`, `/en/share/<story>.png`): the
 * `og:image` of each story page, 1200×675, drawn at build time from its headline with the bundled
 * font. The Chinese and English routes are this one module.
 */
import type { APIRoute } from 'astro';
import { storyCardPng } from '../../render/share-card.ts';
import { storyCard } from '../../stories/share-facts.ts';
import { getSiteData } from '../../stories/site-data.ts';
import { storiesIn, type StoryEntry } from '../../stories/story-collections.ts';
import type { Lang } from '../../text/lang.ts';

/** What one card is drawn from. */
export interface ShareCardProps {
  frontmatter: StoryEntry['data'];
  lang: Lang;
}

/** The static paths of `lang`'s share cards. */
export async function shareCardPaths(lang: Lang) {
  return (await storiesIn(lang)).map((story) => ({
    params: { story: story.id },
    props: { frontmatter: story.data, lang } satisfies ShareCardProps,
  }));
}

/** One card as PNG. */
export const shareCardGet: APIRoute<ShareCardProps> = async ({ props }) => {
  const png = await storyCardPng(storyCard(props.frontmatter, getSiteData().catalog, props.lang));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
