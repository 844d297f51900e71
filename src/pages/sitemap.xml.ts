/**
 * `/sitemap.xml`: every indexable HTML page (home, stories, chart index and chart pages) as absolute
 * URLs on the site's origin. Embeds and the 404 page are `noindex` and left out; the embeds are
 * listed in `/charts.json`.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { CHARTS } from '../charts/index.ts';
import { chartPageUrl } from '../lib/embed/chart-urls.ts';

/** Escapes the five XML special characters (paths are ours, but a sitemap must be well-formed). */
function xml(text: string): string {
  return text.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c,
  );
}

export const GET: APIRoute = async ({ site }) => {
  const origin = site ?? new URL('http://localhost:4321');
  const stories = (await getCollection('stories')).sort((a, b) => a.data.order - b.data.order);
  const paths = ['/', ...stories.map((story) => `/${story.id}/`), '/charts/', ...CHARTS.map((c) => chartPageUrl(c.id))];
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...paths.map((path) => `  <url><loc>${xml(new URL(path, origin).href)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
