/**
 * A story's dates, from the data versions it shows (the story has no date of its own): it was
 * published when the last of its datasets first was, and modified when the newest published version
 * of its datasets was, so a correction or an update moves `modified` (a draft in the preview does not). Share cards, JSON-LD
 * (`datePublished`, `dateModified`) and the story's footer read them here.
 */
import type { Catalog } from '../data/catalog.ts';
import { publicationDates } from './publication-dates.ts';
import { storyVersions } from './story-versions.ts';

export interface StoryDates {
  /** YYYY-MM-DD (China): the day the first versions of all the story's datasets were out. */
  published: string | undefined;
  /** YYYY-MM-DD (China): the day the newest published version of its datasets was published. */
  modified: string | undefined;
}

/**
 * The dates of the story `content/stories/<story>.mdx`, from the datasets it shows
 * (`publicationDates`). Drafts have no publication day and do not count; a story whose data is all
 * unpublished (only in the preview) has neither date.
 */
export function storyDates(story: string, catalog: Catalog, root: string = process.cwd()): StoryDates {
  const { versions } = storyVersions(root, catalog, story);
  const dates = publicationDates(
    catalog,
    versions.map((v) => v.dataset),
  );
  return { published: dates?.published, modified: dates?.modified };
}
