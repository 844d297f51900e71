/**
 * Which story a chart appears in (read from each story's MDX syntax tree), so embeds and chart pages
 * can link back to it. The stories are
 * scanned once per set of stories (not once per page), since embed pages number charts × versions.
 */
import { getCollection } from 'astro:content';
import { fillPlaceholders } from '../data/figures.ts';
import { storyUrl } from '../embed/urls.ts';
import { getSiteData } from './site-data.ts';
import { registeredChartDataset, storyUses } from './story-uses.ts';

export interface StoryLink {
  url: string;
  /** The story's headline, placeholders filled. */
  title: string;
}

const HOME: StoryLink = { url: '/', title: '首页' };
let index: { key: string; byChart: Map<string, StoryLink> } | undefined;

/** The first story (by order) whose MDX uses the chart, or the home page. */
export async function storyUrlFor(chartId: string): Promise<StoryLink> {
  const stories = (await getCollection('stories')).sort((a, b) => a.data.order - b.data.order);
  const key = stories.map((story) => `${story.id}:${story.digest}`).join('|');
  if (index?.key !== key) {
    const { catalog } = getSiteData();
    const byChart = new Map<string, StoryLink>();
    for (const story of stories) {
      const link = { url: storyUrl(story.id), title: fillPlaceholders(catalog, story.data.title).text };
      for (const id of storyUses(story.body ?? '', registeredChartDataset).charts) {
        if (!byChart.has(id)) byChart.set(id, link);
      }
    }
    index = { key, byChart };
  }
  return index.byChart.get(chartId) ?? HOME;
}
