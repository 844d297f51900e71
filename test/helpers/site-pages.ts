/**
 * The pages the quality gates visit, as the site itself lists them: `/sitemap.xml` for the
 * indexable pages, `/charts.json` for the (noindex) embeds of every edition, and the 404 page. `htmlPathsInDist`
 * lets a test check that this list misses no built page.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { readStories } from './stories.ts';

/** URL paths of every story (content/stories/<slug>.mdx → /<slug>/), in home-page order. */
export const STORIES: readonly string[] = readStories().map((story) => story.urlPath);

/** The first story on the home page, for checks that need one story page. */
export const STORY: string = STORIES[0] ?? '/';

/**
 * Paths of every page the site publishes, read from the built site folder (the same files the
 * server sends): the sitemap's pages, then every embed in charts.json, then the 404 page.
 */
export function sitePages(dist: string): string[] {
  const sitemap = readFileSync(path.join(dist, 'sitemap.xml'), 'utf8');
  const indexable = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  type Embeds = { embed: { latest: string; pinned: Record<string, string> } };
  const manifest = JSON.parse(readFileSync(path.join(dist, 'charts.json'), 'utf8')) as {
    charts: (Embeds & { editions?: Record<string, Embeds> })[];
  };
  // Every edition's embeds (`editions`), and the top-level ones of a manifest from before editions.
  const embeds = manifest.charts.flatMap((chart) =>
    [chart, ...Object.values(chart.editions ?? {})].flatMap(({ embed }) =>
      [embed.latest, ...Object.values(embed.pinned)].map((url) => new URL(url).pathname),
    ),
  );
  return [...new Set([...indexable, ...embeds, '/404.html'])];
}

/** URL paths of every HTML file in a built site folder (`index.html` files as directory URLs). */
export function htmlPathsInDist(dist: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return walk(full);
      if (!name.endsWith('.html')) return [];
      const relative = path.relative(dist, full).split(path.sep).join('/');
      return [relative.endsWith('index.html') ? `/${relative.slice(0, -'index.html'.length)}` : `/${relative}`];
    });
  return walk(dist).sort();
}
