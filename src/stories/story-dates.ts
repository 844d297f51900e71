/**
 * A story's dates, from the data versions it shows (the story has no date of its own): it was
 * published when the last of its datasets first was, and modified when the newest published version
 * of its datasets was, so a correction or an update moves `modified` (a draft in the preview does not). Share cards, JSON-LD
 * (`datePublished`, `dateModified`) and the story's footer read them here.
 */
import type { Catalog } from '../data/catalog.ts';
import { storyVersions } from './story-versions.ts';

export interface StoryDates {
  /** YYYY-MM-DD (China): the day the first versions of all the story's datasets were out. */
  published: string | undefined;
  /** YYYY-MM-DD (China): the day the newest published version of its datasets was published. */
  modified: string | undefined;
}

const latest = (days: (string | undefined)[]): string | undefined =>
  days
    .filter((day): day is string => day !== undefined)
    .sort()
    .at(-1);

/**
 * The dates of the story `content/stories/<story>.mdx`. Drafts have no publication day and do not
 * count; a story whose data is all unpublished (only in the preview) has neither date.
 */
export function storyDates(story: string, catalog: Catalog, root: string = process.cwd()): StoryDates {
  const { versions } = storyVersions(root, catalog, story);
  return {
    published: latest(versions.map((v) => v.history.find((version) => version.published_on)?.published_on)),
    modified: latest(versions.flatMap((v) => v.history.map((version) => version.published_on))),
  };
}
