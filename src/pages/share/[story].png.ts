/**
 * `/share/<story>.png`: a story's share card (1200×675), the `og:image` of its page, drawn at build
 * time from its headline with the bundled font.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { storyCardPng } from '../../render/share-card.ts';
import { getSiteData } from '../../stories/site-data.ts';
import { storyCard } from '../../stories/share-facts.ts';

export const getStaticPaths = (async () => {
  const stories = await getCollection('stories');
  return stories.map((story) => ({ params: { story: story.id }, props: { frontmatter: story.data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<Awaited<ReturnType<typeof getStaticPaths>>[number]['props']> = async ({ props }) => {
  const png = await storyCardPng(storyCard(props.frontmatter, getSiteData().catalog, 'zh'));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
