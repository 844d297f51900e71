/**
 * The story a chart comes from, in an edition: the Chinese story that uses it (story-links.ts), or
 * that story's English edition, by its English title. A chart whose story has no English edition
 * links to the English home page.
 */
import { fillPlaceholders } from '../../data/figures.ts';
import { SITE_PATHS } from '../../embed/urls.ts';
import { getSiteData } from '../../stories/site-data.ts';
import { storiesIn, storyPath } from '../../stories/story-collections.ts';
import { storyUrlFor, type StoryLink } from '../../stories/story-links.ts';
import { localePath, type Lang } from '../../text/lang.ts';

export async function chartStoryLink(chartId: string, lang: Lang): Promise<StoryLink> {
  const original = await storyUrlFor(chartId);
  if (lang === 'zh') return original;
  const english = (await storiesIn('en')).find((story) => storyPath('zh', story.id) === original.url);
  if (!english) return { url: localePath('en', SITE_PATHS.home), title: 'Home' };
  return {
    url: storyPath('en', english.id),
    title: fillPlaceholders(getSiteData().catalog, english.data.title, 'en').text,
  };
}
