/**
 * A real oEmbed consumer against the site as production serves it (nginx with deploy/nginx/): the
 * npm client unfurl.js is given a chart page's URL, finds the oEmbed response through the page's
 * discovery `<link>`, fetches it over HTTP and returns HTML holding our iframe, as a CMS would.
 * The site is built for its public origin, so the client's requests to that origin are sent to the
 * local server (what DNS does in production); nothing else is changed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { unfurl } from 'unfurl.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { htmlPathsInDist } from '../helpers/site-pages.ts';
import { startNginx, type NginxServer } from '../helpers/nginx.ts';
import { ROOT } from '../helpers/temp-project.ts';

const DIST = process.env['DIST_DIR'] ?? path.join(ROOT, 'dist');
const PAGES = htmlPathsInDist(DIST);
const CHART_PAGES = PAGES.filter((p) => /^\/charts\/[a-z0-9-]+\/$/.test(p));
const LATEST_EMBEDS = PAGES.filter((p) => /^\/embed\/[a-z0-9-]+\/$/.test(p));
/** The site's public origin, as the built pages' canonical links give it. */
const ORIGIN = new URL(
  parseHTML(readFileSync(path.join(DIST, 'index.html'), 'utf8'))
    .document.querySelector('link[rel="canonical"]')
    ?.getAttribute('href') ?? '',
).origin;

/** The newest pinned embed of a chart, as built. */
function newestPinned(chartId: string): string {
  const versions = PAGES.flatMap((p) => {
    const match = new RegExp(`^/embed/${chartId}/v(\\d+)/$`).exec(p);
    return match ? [Number(match[1])] : [];
  });
  return `/embed/${chartId}/v${Math.max(...versions)}/`;
}

const iframeOf = (html: string) => parseHTML(`<body>${html}</body>`).document.querySelector('iframe');

describe('oEmbed with a real client (unfurl.js) against nginx', () => {
  let server: NginxServer;
  const viaServer = (url: string) => fetch(url.startsWith(ORIGIN) ? server.url + url.slice(ORIGIN.length) : url);

  beforeAll(async () => {
    server = await startNginx({ root: DIST });
  });

  afterAll(async () => {
    await server?.close();
  });

  test('there are chart pages and embeds', () => {
    expect(CHART_PAGES.length).toBeGreaterThan(0);
    expect(LATEST_EMBEDS.length).toBe(CHART_PAGES.length);
  });

  test.each(CHART_PAGES.map((p) => [p]))(
    '%s: discovered, fetched, and the HTML is the iframe of its latest embed',
    async (urlPath) => {
      const result = await unfurl(ORIGIN + urlPath, { fetch: viaServer });
      const oembed = result.oEmbed;
      expect(oembed?.type).toBe('rich');
      if (oembed?.type !== 'rich') return;
      expect(oembed.version).toBe('1.0');
      expect(oembed.title).toBeTruthy();
      expect(oembed.provider_name).toBeTruthy();
      expect(oembed.width).toBeGreaterThan(0);
      expect(oembed.height).toBeGreaterThan(0);
      const chartId = urlPath.split('/')[2] ?? '';
      const iframe = iframeOf(oembed.html);
      expect(iframe?.getAttribute('src')).toBe(`${ORIGIN}/embed/${chartId}/`);
      expect(iframe?.getAttribute('title')).toBe(oembed.title);
      expect(iframe?.getAttribute('height')).toBe(String(oembed.height));
      // The same client reads the page's share tags: the image a preview shows.
      expect(result.open_graph.images?.[0]).toMatchObject({ width: 1200, height: 675 });
      expect(result.twitter_card.card).toBe('summary_large_image');
    },
  );

  test.each(LATEST_EMBEDS.map((p) => [p]))('%s: the embed page itself is discoverable', async (urlPath) => {
    const result = await unfurl(ORIGIN + urlPath, { fetch: viaServer });
    expect(result.oEmbed?.type).toBe('rich');
    if (result.oEmbed?.type !== 'rich') return;
    expect(iframeOf(result.oEmbed.html)?.getAttribute('src')).toBe(ORIGIN + urlPath);
  });

  test('/oembed/?url= answers as a registered provider, the way WordPress asks', async () => {
    // WordPress's WP_oEmbed::fetch adds maxwidth, maxheight, url (encoded), dnt and format.
    const ask = (pageUrl: string, format = 'json') =>
      viaServer(
        `${ORIGIN}/oembed/?maxwidth=600&maxheight=960&url=${encodeURIComponent(pageUrl)}&dnt=1&format=${format}`,
      );
    const built = (file: string) => JSON.parse(readFileSync(path.join(DIST, file), 'utf8')) as unknown;
    for (const chartPage of CHART_PAGES) {
      const chartId = chartPage.split('/')[2] ?? '';
      const pinned = newestPinned(chartId);
      for (const [pageUrl, file] of [
        [chartPage, `oembed/${chartId}/latest.json`],
        [`/embed/${chartId}/`, `oembed/${chartId}/latest.json`],
        [pinned, `oembed/${chartId}/${pinned.split('/')[3]}.json`],
      ] as const) {
        const response = await ask(ORIGIN + pageUrl);
        expect(response.status, pageUrl).toBe(200);
        expect(response.headers.get('content-type')).toMatch(/^application\/json\b/);
        expect(response.headers.get('access-control-allow-origin')).toBe('*');
        expect(await response.json(), pageUrl).toEqual(built(file));
      }
    }
    expect((await ask(`${ORIGIN}/charts/no-such-chart/`)).status).toBe(404);
    expect((await ask(`${ORIGIN}/changchun/`)).status).toBe(404);
    expect((await ask(`${ORIGIN}${CHART_PAGES[0]}`, 'xml')).status).toBe(501);
  });

  test('the responses are JSON any origin may read', async () => {
    const page = parseHTML(readFileSync(path.join(DIST, CHART_PAGES[0] ?? '', 'index.html'), 'utf8')).document;
    const href = page.querySelector('link[type="application/json+oembed"]')?.getAttribute('href') ?? '';
    const response = await viaServer(href);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json\b/);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });
});
