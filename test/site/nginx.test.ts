/**
 * The site as production serves it: Debian's nginx with deploy/nginx/site.conf serving dist/.
 * nginx sends the headers of public/_headers (the file other hosts and `npm run serve` use), pages
 * may be framed only by the site and embeds by anyone, text is gzipped, and `immutable` caching is
 * sent only for hashed assets and pinned versions, never on an error. The checks that hold for any
 * host run against `npm run serve` (scripts/lib/static-server.ts) too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/lib/headers-file.ts';
import { startStaticServer } from '../../scripts/lib/static-server.ts';
import { startNginx } from '../helpers/nginx.ts';
import { htmlPathsInDist, STORIES } from '../helpers/site-pages.ts';
import { ROOT } from '../helpers/temp-project.ts';

const DIST = process.env['DIST_DIR'] ?? path.join(ROOT, 'dist');
const PAGES = htmlPathsInDist(DIST);
const first = <T>(items: readonly T[], what: string): T => {
  const item = items[0];
  if (item === undefined) throw new Error(`the built site has no ${what}`);
  return item;
};
/** URL paths of the files under a folder of dist/, e.g. files('_astro'). */
const files = (folder: string): string[] =>
  readdirSync(path.join(DIST, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${path.relative(DIST, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`)
    .sort();

const CHART_PAGE = first(
  PAGES.filter((p) => /^\/charts\/[a-z0-9-]+\/$/.test(p)),
  'chart page',
);
const LATEST_EMBED = first(
  PAGES.filter((p) => /^\/embed\/[a-z0-9-]+\/$/.test(p)),
  'latest embed',
);
const PINNED_EMBED = first(
  PAGES.filter((p) => /^\/embed\/[a-z0-9-]+\/v\d+\/$/.test(p)),
  'pinned embed',
);
/** The English edition's embeds and downloads, served by the same rules. */
const EN_LATEST_EMBED = first(
  PAGES.filter((p) => /^\/en\/embed\/[a-z0-9-]+\/$/.test(p)),
  'English latest embed',
);
const EN_PINNED_EMBED = first(
  PAGES.filter((p) => /^\/en\/embed\/[a-z0-9-]+\/v\d+\/$/.test(p)),
  'English pinned embed',
);
const EN_PINNED_DOWNLOAD = first(
  files('en/downloads').filter((p) => /^\/en\/downloads\/[^/]+\/v\d+\//.test(p)),
  'English pinned download',
);
const ASSET_JS = first(
  files('_astro').filter((p) => p.endsWith('.js')),
  'script in _astro/',
);
const ASSET_OTHER = first(
  files('_astro').filter((p) => !p.endsWith('.js')),
  'other file in _astro/',
);
const PINNED_DATA = files('data').filter((p) => /^\/data\/[^/]+\/v\d+\.[a-z]+$/.test(p));
const LATEST_DATA = first(
  files('data').filter((p) => /\/latest\.json$/.test(p)),
  'latest.json',
);
const PINNED_DOWNLOAD = first(
  files('downloads').filter((p) => /^\/downloads\/[^/]+\/v\d+\//.test(p)),
  'pinned download',
);
const OEMBED_LATEST = first(
  files('oembed').filter((p) => /^\/oembed\/[^/]+\/latest\.json$/.test(p)),
  'latest oEmbed response',
);
const OEMBED_PINNED = first(
  files('oembed').filter((p) => /^\/oembed\/[^/]+\/v\d+\.json$/.test(p)),
  'pinned oEmbed response',
);
const PINNED_CSV = first(
  PINNED_DATA.filter((p) => p.endsWith('.csv')),
  'CSV data version',
);

const EVERY_KIND = [
  '/',
  ...STORIES,
  CHART_PAGE,
  '/404.html',
  LATEST_EMBED,
  PINNED_EMBED,
  '/embed.js',
  '/charts.json',
  ASSET_JS,
  ASSET_OTHER,
  LATEST_DATA,
  ...PINNED_DATA.slice(0, 2),
  PINNED_DOWNLOAD,
  EN_LATEST_EMBED,
  EN_PINNED_EMBED,
  EN_PINNED_DOWNLOAD,
  OEMBED_LATEST,
  OEMBED_PINNED,
];

/** Missing files where a server might wrongly send long-lived caching. */
const MISSING = [
  '/_astro/no-such-asset.Abc123.js',
  `${PINNED_EMBED}no-such-page/`,
  PINNED_DATA[0]?.replace(/v\d+\./, 'v999.') ?? '/data/x/v999.json',
  `${path.posix.dirname(PINNED_DOWNLOAD)}/no-such-file.png`,
  '/no-such-page/',
];

const directives = (policy: string | null): Map<string, string[]> =>
  new Map(
    (policy ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...sources]) => [name.toLowerCase(), sources]),
  );

const isImmutable = (response: Response) => /\bimmutable\b/.test(response.headers.get('cache-control') ?? '');

const SERVERS = [
  ['nginx (deploy/nginx/site.conf)', () => startNginx({ root: DIST })],
  ['npm run serve', () => startStaticServer({ root: DIST })],
] as const;

describe.each(SERVERS)('served by %s', (_name, start) => {
  let url = '';
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    const server = await start();
    url = server.url;
    close = server.close;
  });

  afterAll(async () => {
    await close?.();
  });

  test('pages may be framed only by the site itself, embeds by anyone', async () => {
    for (const urlPath of ['/', ...STORIES, CHART_PAGE, '/404.html']) {
      const response = await fetch(url + urlPath);
      expect(response.status, urlPath).toBe(200);
      const csp = directives(response.headers.get('content-security-policy'));
      expect(csp.get('frame-ancestors'), urlPath).toEqual(["'self'"]);
      expect(csp.get('object-src'), urlPath).toEqual(["'none'"]);
      expect(response.headers.get('x-frame-options'), urlPath).toBe('SAMEORIGIN');
    }
    for (const urlPath of [LATEST_EMBED, PINNED_EMBED, EN_LATEST_EMBED, EN_PINNED_EMBED]) {
      const response = await fetch(url + urlPath);
      expect(response.status, urlPath).toBe(200);
      const csp = directives(response.headers.get('content-security-policy'));
      expect(csp.get('frame-ancestors'), urlPath).toEqual(['*']);
      expect(csp.get('object-src'), urlPath).toEqual(["'none'"]);
      expect(response.headers.get('x-frame-options'), urlPath).toBeNull();
    }
  });

  test('every header that _headers sets is sent exactly as _headers says (caching apart)', async () => {
    const rules = parseHeadersFile(readFileSync(path.join(DIST, '_headers'), 'utf8'));
    const names = new Set(rules.flatMap((rule) => rule.set.map(([name]) => name.toLowerCase())));
    names.delete('cache-control');
    expect(names.size).toBeGreaterThan(3);
    for (const urlPath of EVERY_KIND) {
      const response = await fetch(url + urlPath);
      expect(response.status, urlPath).toBe(200);
      const expected = headersFor(rules, urlPath);
      for (const name of names) expect(response.headers.get(name), `${urlPath} ${name}`).toBe(expected[name] ?? null);
    }
  });

  test('the CSV downloads are text/csv in UTF-8', async () => {
    const response = await fetch(url + PINNED_CSV);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv\b/);
  });

  test('hashed assets are immutable; pages, the latest embed, latest data and /embed.js are not', async () => {
    for (const urlPath of [ASSET_JS, ASSET_OTHER]) {
      const response = await fetch(url + urlPath);
      expect(response.status, urlPath).toBe(200);
      expect(isImmutable(response), urlPath).toBe(true);
    }
    for (const urlPath of [
      '/',
      ...STORIES,
      CHART_PAGE,
      LATEST_EMBED,
      EN_LATEST_EMBED,
      LATEST_DATA,
      '/embed.js',
      '/charts.json',
      OEMBED_LATEST,
    ]) {
      const response = await fetch(url + urlPath);
      expect(response.status, urlPath).toBe(200);
      expect(isImmutable(response), urlPath).toBe(false);
    }
  });

  test('a missing file is a 404 with the 404 page and never immutable, even under /_astro/', async () => {
    const notFoundPage = readFileSync(path.join(DIST, '404.html'), 'utf8');
    for (const urlPath of MISSING) {
      const response = await fetch(url + urlPath);
      expect(response.status, urlPath).toBe(404);
      expect(isImmutable(response), `${urlPath}: ${response.headers.get('cache-control')}`).toBe(false);
      expect(await response.text(), urlPath).toBe(notFoundPage);
    }
  });

  test('_headers itself is not served', async () => {
    expect((await fetch(`${url}/_headers`)).status).toBe(404);
  });
});

describe('nginx only', () => {
  let url = '';
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    const server = await startNginx({ root: DIST });
    url = server.url;
    close = server.close;
  });

  afterAll(async () => {
    await close?.();
  });

  test('pinned versions are immutable: embeds, data and downloads', async () => {
    for (const urlPath of [
      PINNED_EMBED,
      EN_PINNED_EMBED,
      ...PINNED_DATA,
      PINNED_DOWNLOAD,
      EN_PINNED_DOWNLOAD,
      OEMBED_PINNED,
    ]) {
      const response = await fetch(url + urlPath);
      expect(response.status, urlPath).toBe(200);
      expect(response.headers.get('cache-control'), urlPath).toBe('public, max-age=31536000, immutable');
    }
  });

  test('text is gzipped when the reader accepts it, and unzips to the built file', async () => {
    for (const urlPath of ['/', ASSET_JS, PINNED_CSV, '/charts.json']) {
      const file = path.join(DIST, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
      // fetch() would unzip silently; node:http shows the bytes as sent.
      const { headers, body } = await rawGet(url + urlPath, { 'accept-encoding': 'gzip' });
      expect(headers['content-encoding'], urlPath).toBe('gzip');
      expect(headers['vary'], urlPath).toMatch(/accept-encoding/i);
      expect(gunzipSync(body).equals(readFileSync(file)), urlPath).toBe(true);
      const plain = await rawGet(url + urlPath, {});
      expect(plain.headers['content-encoding'], urlPath).toBeUndefined();
      expect(plain.body.equals(readFileSync(file)), urlPath).toBe(true);
    }
  });
});

async function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  const http = await import('node:http');
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
        response.on('error', reject);
      })
      .on('error', reject);
  });
}
