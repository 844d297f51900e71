/**
 * What link previews, search engines and CMSes read from the built site: every story and chart page
 * carries a 1200×675 share image that exists, with its size and text, article dates and locale;
 * every JSON-LD block in dist/ parses and has the fields its type needs, pointing at files that
 * exist; every embed page has an oEmbed discovery link to a response whose iframe is that embed.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { htmlPathsInDist, STORIES } from '../helpers/site-pages.ts';
import { ROOT } from '../helpers/temp-project.ts';

const DIST = process.env['DIST_DIR'] ?? path.join(ROOT, 'dist');
const PAGES = htmlPathsInDist(DIST);
const CHART_PAGES = PAGES.filter((p) => /^\/charts\/[a-z0-9-]+\/$/.test(p));
const EMBED_PAGES = PAGES.filter((p) => /^\/embed\/[a-z0-9-]+\/(v\d+\/)?$/.test(p));
/** A share card may weigh this much: link previews and WeChat fetch it on slow networks. */
const SHARE_IMAGE_MAX_BYTES = 150_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function page(urlPath: string): Document {
  return parseHTML(readFileSync(path.join(DIST, urlPath, urlPath.endsWith('.html') ? '' : 'index.html'), 'utf8'))
    .document;
}

/** The built file an absolute URL of the site points at (the site's origin is the canonical's). */
function distFileOf(url: string, origin: string): string {
  const parsed = new URL(url);
  expect(parsed.origin, url).toBe(origin);
  const file = path.join(DIST, decodeURIComponent(parsed.pathname));
  return parsed.pathname.endsWith('/') ? path.join(file, 'index.html') : file;
}

const meta = (document: Document, key: string): string[] =>
  [...document.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)].map(
    (el) => el.getAttribute('content') ?? '',
  );
const one = (document: Document, key: string): string => {
  const values = meta(document, key);
  expect(values, key).toHaveLength(1);
  return values[0] ?? '';
};
const originOf = (document: Document): string =>
  new URL(document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '').origin;

describe('share tags on every story and chart page', () => {
  test('there are stories and chart pages to check', () => {
    expect(STORIES.length).toBeGreaterThan(0);
    expect(CHART_PAGES.length).toBeGreaterThan(0);
  });

  test.each([...STORIES, ...CHART_PAGES].map((p) => [p]))('%s', (urlPath) => {
    const document = page(urlPath);
    const origin = originOf(document);
    const image = one(document, 'og:image');
    const file = distFileOf(image, origin);
    expect(existsSync(file), `${image} is built`).toBe(true);
    const size = imageSize(readFileSync(file));
    expect({ type: size.type, width: size.width, height: size.height }).toEqual({
      type: 'png',
      width: 1200,
      height: 675,
    });
    expect(one(document, 'og:image:width')).toBe('1200');
    expect(one(document, 'og:image:height')).toBe('675');
    expect(statSync(file).size, `${image} bytes`).toBeLessThanOrEqual(SHARE_IMAGE_MAX_BYTES);
    expect(one(document, 'og:image:alt').length).toBeGreaterThan(10);
    expect(one(document, 'og:type')).toBe('article');
    expect(one(document, 'twitter:card')).toBe('summary_large_image');
    expect(one(document, 'og:url')).toBe(document.querySelector('link[rel="canonical"]')?.getAttribute('href'));
    // og:locale is the page's own language, in Open Graph's spelling (zh-CN → zh_CN).
    const lang = document.documentElement.getAttribute('lang') ?? '';
    expect(one(document, 'og:locale').toLowerCase().replace('_', '-')).toMatch(new RegExp(`^${lang.toLowerCase()}`));
    expect(meta(document, 'og:locale:alternate')).not.toContain(one(document, 'og:locale'));
    const published = one(document, 'article:published_time');
    const modified = one(document, 'article:modified_time');
    expect(published).toMatch(ISO_DAY);
    expect(modified).toMatch(ISO_DAY);
    expect(published <= modified, `${published} ≤ ${modified}`).toBe(true);
  });
});

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

/** Every JSON-LD block of every built page, parsed. */
const BLOCKS = PAGES.flatMap((urlPath) => {
  const document = page(urlPath);
  return [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => ({
    urlPath,
    document,
    data: JSON.parse(script.textContent ?? '') as unknown,
  }));
});

/** Checks the fields every typed block needs; returns the block's type. */
function checkBlock(data: unknown, document: Document, urlPath: string): string {
  expect(isObject(data), urlPath).toBe(true);
  if (!isObject(data)) return '';
  const origin = originOf(document);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  expect(data['@context']).toBe('https://schema.org');
  expect(data['url']).toBe(canonical);
  expect(data['inLanguage']).toBe(document.documentElement.getAttribute('lang'));
  for (const key of ['datePublished', 'dateModified']) expect(data[key], key).toMatch(ISO_DAY);
  const basedOn = list(data['isBasedOn']);
  expect(basedOn.length).toBeGreaterThan(0);
  for (const source of basedOn) expect(isObject(source) && typeof source['name'] === 'string').toBe(true);
  expect(isObject(data['publisher']) && typeof data['publisher']['name'] === 'string').toBe(true);
  switch (data['@type']) {
    case 'NewsArticle': {
      for (const key of ['headline', 'description']) expect(String(data[key] ?? '').length, key).toBeGreaterThan(0);
      expect(data['headline']).toBe(document.querySelector('h1')?.textContent?.trim());
      const images = list(data['image']);
      expect(images.length).toBeGreaterThan(0);
      for (const image of images) {
        const url = isObject(image) ? String(image['url']) : String(image);
        expect(existsSync(distFileOf(url, origin)), url).toBe(true);
      }
      break;
    }
    case 'Dataset': {
      for (const key of ['name', 'description', 'version'])
        expect(String(data[key] ?? '').length, key).toBeGreaterThan(0);
      // No licence is stated in the data, so none may be claimed.
      expect(data['license']).toBeUndefined();
      const downloads = list(data['distribution']).filter(isObject);
      expect(downloads.map((d) => d['encodingFormat']).sort()).toEqual(['application/json', 'text/csv']);
      for (const download of downloads) {
        const url = String(download['contentUrl']);
        expect(existsSync(distFileOf(url, origin)), url).toBe(true);
      }
      break;
    }
    default:
      throw new Error(`${urlPath}: unexpected JSON-LD type ${String(data['@type'])}`);
  }
  return String(data['@type']);
}

describe('structured data (JSON-LD) in dist/', () => {
  test('every story has one NewsArticle and every chart page one Dataset', () => {
    for (const urlPath of STORIES)
      expect(
        BLOCKS.filter((b) => b.urlPath === urlPath).map((b) => isObject(b.data) && b.data['@type']),
        urlPath,
      ).toEqual(['NewsArticle']);
    for (const urlPath of CHART_PAGES)
      expect(
        BLOCKS.filter((b) => b.urlPath === urlPath).map((b) => isObject(b.data) && b.data['@type']),
        urlPath,
      ).toEqual(['Dataset']);
  });

  test.each(BLOCKS.map((b, i) => [`${b.urlPath} #${i}`, b] as const))('%s', (_name, block) => {
    checkBlock(block.data, block.document, block.urlPath);
  });
});

/** Every oEmbed response file in dist/, as a URL path. */
const OEMBED_FILES = readdirSync(path.join(DIST, 'oembed'), { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => `/${path.relative(DIST, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`)
  .sort();

describe('oEmbed', () => {
  test('every embed page and chart page links its oEmbed response, and every response is linked', () => {
    const linked = new Set<string>();
    for (const urlPath of [...EMBED_PAGES, ...CHART_PAGES]) {
      const links = [...page(urlPath).querySelectorAll('link[rel="alternate"][type="application/json+oembed"]')];
      expect(links, urlPath).toHaveLength(1);
      linked.add(new URL(links[0]?.getAttribute('href') ?? '').pathname);
    }
    expect([...linked].sort()).toEqual(OEMBED_FILES);
  });

  test.each(EMBED_PAGES.map((p) => [p]))('%s: the response embeds this very page', (urlPath) => {
    const document = page(urlPath);
    const origin = originOf(document);
    const link = document.querySelector('link[type="application/json+oembed"]');
    const response = JSON.parse(readFileSync(distFileOf(link?.getAttribute('href') ?? '', origin), 'utf8')) as Json;
    expect(response).toMatchObject({ type: 'rich', version: '1.0' });
    expect(response['title']).toBe(link?.getAttribute('title'));
    expect(response['title']).toBe(document.querySelector('title')?.textContent);
    for (const key of ['provider_name', 'provider_url', 'html', 'thumbnail_url'])
      expect(typeof response[key], key).toBe('string');
    for (const key of ['width', 'height', 'thumbnail_width', 'thumbnail_height'])
      expect(Number.isInteger(response[key]) && Number(response[key]) > 0, key).toBe(true);
    const iframe = parseHTML(`<body>${String(response['html'])}</body>`).document.querySelector('iframe');
    expect(iframe?.getAttribute('src')).toBe(`${origin}${urlPath}`);
    expect(iframe?.getAttribute('height')).toBe(String(response['height']));
    expect(parseHTML(`<body>${String(response['html'])}</body>`).document.querySelector('script')).toBeNull();
    const thumbnail = imageSize(readFileSync(distFileOf(String(response['thumbnail_url']), origin)));
    expect([thumbnail.width, thumbnail.height]).toEqual([response['thumbnail_width'], response['thumbnail_height']]);
  });
});
