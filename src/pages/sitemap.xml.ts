/**
 * `/sitemap.xml`: every indexable HTML page (home, stories, chart index and chart pages) in every
 * language edition, as absolute URLs on the site's origin. A page that exists in several editions
 * lists all of them as hreflang alternates (`xhtml:link`), on each of its URLs, both ways. Embeds
 * and the 404 page are `noindex` and left out; the embeds are listed in `/charts.json`.
 */
import type { APIRoute } from 'astro';
import { CHARTS } from '../charts/index.ts';
import { chartPageUrl, SITE_PATHS } from '../embed/urls.ts';
import { escapeXml } from '../text/escape-xml.ts';
import { siteOrigin } from '../embed/site-origin.ts';
import { storiesIn, storyAlternates } from '../stories/story-collections.ts';
import { LANG_TAG, LANGS, localePath, ORIGINAL_LANG, type Lang } from '../text/lang.ts';

/** One page in each edition that has it. */
type Editions = Partial<Record<Lang, string>>;

/** A page every edition has: the original's path, and each other edition's under its prefix. */
function everyEdition(sitePath: string): Editions {
  return Object.fromEntries(LANGS.map((lang) => [lang, localePath(lang, sitePath)]));
}

/**
 * The editions with chart pages: the original, and English once its routes (src/pages/en/charts/)
 * exist, read from the route files themselves so the sitemap never lists a page the build lacks.
 */
const CHART_EDITIONS: readonly Lang[] =
  Object.keys(import.meta.glob('./en/charts/**/*.astro')).length > 0 ? LANGS : [ORIGINAL_LANG];

/** A chart index or chart page in every edition that has chart pages. */
function chartEditions(sitePath: string): Editions {
  return Object.fromEntries(CHART_EDITIONS.map((lang) => [lang, localePath(lang, sitePath)]));
}

export const GET: APIRoute = async ({ site }) => {
  const origin = siteOrigin(site);
  const slugs = [...new Set([...(await storiesIn('zh')), ...(await storiesIn('en'))].map((story) => story.id))];
  const pages: Editions[] = [
    everyEdition(SITE_PATHS.home),
    ...(await Promise.all(slugs.map((slug) => storyAlternates(slug)))),
    chartEditions(SITE_PATHS.charts),
    ...CHARTS.map((c) => chartEditions(chartPageUrl(c.id))),
  ];
  const href = (path: string) => escapeXml(new URL(path, origin).href);
  const entries = pages.flatMap((editions) => {
    const present = LANGS.flatMap((lang) => {
      const path = editions[lang];
      return path === undefined ? [] : [{ lang, path }];
    });
    const original = editions[ORIGINAL_LANG];
    const links =
      present.length > 1
        ? [
            ...present.map(
              (e) => `    <xhtml:link rel="alternate" hreflang="${LANG_TAG[e.lang]}" href="${href(e.path)}"/>`,
            ),
            ...(original ? [`    <xhtml:link rel="alternate" hreflang="x-default" href="${href(original)}"/>`] : []),
          ]
        : [];
    return present.map((e) => ['  <url>', `    <loc>${href(e.path)}</loc>`, ...links, '  </url>'].join('\n'));
  });
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
