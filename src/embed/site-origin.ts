/**
 * The site's public origin for absolute URLs (embed codes, charts.json, sitemap, credits).
 * astro.config.mjs always sets `site` (from SITE_URL, or localhost for local builds).
 */
export function siteOrigin(site: URL | undefined): string {
  if (!site) throw new Error('astro.config.mjs must set `site`.');
  return site.origin;
}
