/**
 * Which story a chart appears in, so embeds and chart pages can link back to it.
 */
import { getCollection } from 'astro:content';

/** The URL of the first story whose MDX uses the chart, or the home page. */
export async function storyUrlFor(chartId: string): Promise<{ url: string; title: string }> {
  const stories = (await getCollection('stories')).sort((a, b) => a.data.order - b.data.order);
  const uses = new RegExp(`(?:id|chart)="${chartId}"`);
  const story = stories.find((entry) => uses.test(entry.body ?? ''));
  return story ? { url: `/${story.id}/`, title: story.data.title } : { url: '/', title: '首页' };
}
