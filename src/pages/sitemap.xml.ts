/**
 * `/sitemap.xml`: every indexable HTML page (home, stories, chart index and chart pages) as absolute
 * URLs on the site's origin. Embeds and the 404 page are `noindex` and left out; the embeds are
 * listed in `/charts.json`.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { CHARTS } from '../charts/index.ts';
import { chartPageUrl, SITE_PATHS, storyUrl } from '../embed/urls.ts';
import { escapeXml } from '../text/escape-xml.ts';
import { siteOrigin } from '../embed/site-origin.ts';

export const GET: APIRoute = async ({ site }) => {
  const origin = siteOrigin(site);
  const stories = (await getCollection('stories')).sort((a, b) => a.data.order - b.data.order);
  const paths = [
    SITE_PATHS.home,
    ...stories.map((story) => storyUrl(story.id)),
    SITE_PATHS.charts,
    ...CHARTS.map((c) => chartPageUrl(c.id)),
  ];
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...paths.map((path) => `  <url><loc>${escapeXml(new URL(path, origin).href)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
