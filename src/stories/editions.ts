/**
 * Where each edition of a story lives. The original (Chinese) story is `content/stories/<slug>.mdx`;
 * its English edition is `content/stories/en/<slug>.mdx`, the same slug in a folder named after the
 * language, so an editor finds one next to the other and the two pages' URLs match
 * (`/<slug>/` and `/en/<slug>/`). Any edition but the original is optional.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { LANGS, ORIGINAL_LANG, type Lang } from '../text/lang.ts';

/** The folder of the original stories, relative to the project root. */
export const STORIES_DIR = 'content/stories';

/** The folder of `lang`'s stories, relative to the project root. */
export function storiesDir(lang: Lang): string {
  return lang === ORIGINAL_LANG ? STORIES_DIR : `${STORIES_DIR}/${lang}`;
}

/** The MDX file of `slug`'s edition in `lang`, relative to the project root. */
export function storyFile(lang: Lang, slug: string): string {
  return `${storiesDir(lang)}/${slug}.mdx`;
}

/** The edition a story file is in, from its path (relative or absolute, either slash). */
export function storyFileLang(file: string): Lang {
  const parts = file.replaceAll('\\', '/').split('/');
  const folder = parts.at(-2);
  const parent = parts.at(-3);
  for (const lang of LANGS) {
    if (lang !== ORIGINAL_LANG && folder === lang && parent === 'stories') return lang;
  }
  return ORIGINAL_LANG;
}

/** One story file of one edition. */
export interface StoryFileRef {
  lang: Lang;
  slug: string;
  /** Relative to the project root, e.g. "content/stories/en/changchun.mdx". */
  file: string;
}

/** Every story file of every edition under `root`, originals first, each edition's by file name. */
export function storyFiles(root: string): StoryFileRef[] {
  return LANGS.flatMap((lang) => {
    const dir = path.join(root, storiesDir(lang));
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
      .map((entry) => entry.name)
      .sort()
      .map((name) => {
        const slug = name.slice(0, -'.mdx'.length);
        return { lang, slug, file: storyFile(lang, slug) };
      });
  });
}
