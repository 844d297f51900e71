/**
 * The stories of the project under test (content/stories/*.mdx in ROOT), as tests need them: slug,
 * URL path, raw MDX, frontmatter and the references the text makes. Tests derive what to check
 * from here instead of naming a story, so they hold for whatever stories there are.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { ROOT } from './temp-project.ts';

export interface StoryFile {
  /** The file name without .mdx: the story's URL segment. */
  slug: string;
  /** `content/stories/<slug>.mdx`, as error messages name it. */
  file: string;
  /** `/<slug>/`. */
  urlPath: string;
  mdx: string;
  /** The frontmatter as written (placeholders unfilled). */
  frontmatter: Record<string, unknown> & { title: string; dek: string; order?: number };
}

/** Every story, in home-page order (frontmatter `order`, then slug). */
export function readStories(root = ROOT): StoryFile[] {
  const dir = path.join(root, 'content/stories');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const slug = name.slice(0, -'.mdx'.length);
      const mdx = readFileSync(path.join(dir, name), 'utf8');
      const frontmatter = loadYaml(/^---\n([\s\S]*?)\n---/.exec(mdx)?.[1] ?? '') as StoryFile['frontmatter'];
      return { slug, file: `content/stories/${name}`, urlPath: `/${slug}/`, mdx, frontmatter };
    })
    .sort((a, b) => (a.frontmatter.order ?? 0) - (b.frontmatter.order ?? 0) || a.slug.localeCompare(b.slug));
}

/** The `of` references of every `<Num of="…" />` in a story, in order. */
export function numReferences(mdx: string): string[] {
  return [...mdx.matchAll(/<Num of="([^"]+)"/g)].map((match) => match[1] ?? '');
}

/** The ids of every `<Component id="…">` of one kind in a story, in order. */
export function componentIds(mdx: string, component: string): string[] {
  return [...mdx.matchAll(new RegExp(`<${component} id="([^"]+)"`, 'g'))].map((match) => match[1] ?? '');
}
