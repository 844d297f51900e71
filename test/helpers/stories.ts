/**
 * The stories of the project under test (content/stories/*.mdx in ROOT, and their editions in
 * content/stories/en/), as tests need them: edition, slug, URL path, raw MDX, frontmatter and the
 * references the text makes. Tests derive what to check from here instead of naming a story, so
 * they hold for whatever stories and editions there are.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { storyFiles } from '../../src/stories/editions.ts';
import { localePath, type Lang } from '../../src/text/lang.ts';
import { ROOT } from './temp-project.ts';

export interface StoryFile {
  /** The edition: "zh" for the original, "en" for content/stories/en/. */
  lang: Lang;
  /** The file name without .mdx: the story's URL segment. */
  slug: string;
  /** `content/stories/<slug>.mdx` (or `content/stories/en/<slug>.mdx`), as error messages name it. */
  file: string;
  /** `/<slug>/`, or `/en/<slug>/` for the English edition. */
  urlPath: string;
  mdx: string;
  /** The frontmatter as written (placeholders unfilled). */
  frontmatter: Record<string, unknown> & { title: string; dek: string; order?: number };
}

/**
 * Every story in every edition, in home-page order (frontmatter `order`, then slug), each original
 * before its editions; `{ lang }` keeps one edition.
 */
export function readStories(root = ROOT, options: { lang?: Lang } = {}): StoryFile[] {
  return storyFiles(root)
    .filter(({ lang }) => options.lang === undefined || lang === options.lang)
    .map(({ lang, slug, file }) => {
      const mdx = readFileSync(path.join(root, file), 'utf8');
      const frontmatter = loadYaml(/^---\n([\s\S]*?)\n---/.exec(mdx)?.[1] ?? '') as StoryFile['frontmatter'];
      return { lang, slug, file, urlPath: localePath(lang, `/${slug}/`), mdx, frontmatter };
    })
    .sort(
      (a, b) =>
        (a.frontmatter.order ?? 0) - (b.frontmatter.order ?? 0) ||
        a.slug.localeCompare(b.slug) ||
        Number(a.lang !== 'zh') - Number(b.lang !== 'zh'),
    );
}

/** The `of` references of every `<Num of="…" />` in a story, in order. */
export function numReferences(mdx: string): string[] {
  return [...mdx.matchAll(/<Num of="([^"]+)"/g)].map((match) => match[1] ?? '');
}

/** The ids of every `<Component id="…">` of one kind in a story, in order. */
export function componentIds(mdx: string, component: string): string[] {
  return [...mdx.matchAll(new RegExp(`<${component} id="([^"]+)"`, 'g'))].map((match) => match[1] ?? '');
}
