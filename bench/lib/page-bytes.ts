/**
 * Byte measurements of a built site, shared by `npm run bench` and test/site/byte-budgets.test.ts:
 * raw, gzip -9 and brotli (quality 11) sizes of files in dist/, what an HTML page references
 * (scripts with their module imports, stylesheets, images), its client JS, and the compressed bytes
 * that must arrive before its <h1>. Everything here reads files only: no server, no browser, no clock.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

/** Sizes of one body of bytes: as stored, gzip level 9, brotli quality 11. */
export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export const ZERO: Sizes = { raw: 0, gzip: 0, brotli: 0 };

export function addSizes(a: Sizes, b: Sizes): Sizes {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli };
}

/** Compresses `bytes` the way a production host or a precompressing build would, at maximum effort. */
export function sizesOf(bytes: Uint8Array | string): Sizes {
  const buffer =
    typeof bytes === 'string' ? Buffer.from(bytes) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
    }).length,
  };
}

/** Images and fonts are sent as they are: compressing them again saves nothing, so a host does not. */
export function transferSizes(kind: Kind, sizes: Sizes): Sizes {
  return kind === 'image' || kind === 'font' ? { raw: sizes.raw, gzip: sizes.raw, brotli: sizes.raw } : sizes;
}

export type Kind = 'html' | 'css' | 'js' | 'image' | 'font' | 'other';
export const KINDS: readonly Kind[] = ['html', 'css', 'js', 'image', 'font', 'other'];

const EXTENSION_KIND: Record<string, Kind> = {
  '.html': 'html',
  '.css': 'css',
  '.js': 'js',
  '.mjs': 'js',
  '.jpg': 'image',
  '.jpeg': 'image',
  '.png': 'image',
  '.webp': 'image',
  '.avif': 'image',
  '.gif': 'image',
  '.svg': 'image',
  '.ico': 'image',
  '.woff': 'font',
  '.woff2': 'font',
  '.ttf': 'font',
  '.otf': 'font',
};

/** The kind of a file or URL path, by extension; directory URLs are HTML pages. */
export function kindOfPath(urlPath: string): Kind {
  const clean = urlPath.split(/[?#]/)[0] ?? '';
  if (clean.endsWith('/')) return 'html';
  return EXTENSION_KIND[path.extname(clean).toLowerCase()] ?? 'other';
}

/** The file in `dist` a same-origin URL path is served from (directory URLs → index.html), if any. */
export function distFile(dist: string, urlPath: string): string | undefined {
  let clean: string;
  try {
    clean = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '');
  } catch {
    return undefined;
  }
  const candidates = clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}.html`, `${clean}/index.html`];
  const root = path.resolve(dist);
  for (const candidate of candidates) {
    const full = path.resolve(root, `.${candidate}`);
    if (!full.startsWith(root + path.sep)) continue;
    if (existsSync(full) && statSync(full).isFile()) return full;
  }
  return undefined;
}

/** Measured files, by absolute path: brotli at quality 11 is slow enough to be worth remembering. */
const cache = new Map<string, Sizes>();

export function fileSizes(file: string): Sizes {
  const known = cache.get(file);
  if (known) return known;
  const sizes = sizesOf(readFileSync(file));
  cache.set(file, sizes);
  return sizes;
}

/** Every HTML page in dist/ as the URL path it is served at: `/changchun/`, `/404.html`. */
export function htmlPages(dist: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string, prefix: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name), `${prefix}${entry.name}/`);
      else if (entry.name === 'index.html') pages.push(prefix);
      else if (entry.name.endsWith('.html')) pages.push(`${prefix}${entry.name}`);
    }
  };
  walk(dist, '/');
  return pages.sort();
}

/** URL paths matching a pattern in which `*` stands for one path segment (or part of one). */
export function matchPages(pages: readonly string[], patterns: readonly string[]): string[] {
  const regexes = patterns.map(
    (pattern) =>
      new RegExp(
        `^${pattern
          .split('*')
          .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join('[^/]+')}$`,
      ),
  );
  return pages.filter((page) => regexes.some((regex) => regex.test(page)));
}

const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** A script the page runs: inline (its text) or external (its URL path, resolved against the page). */
export interface PageScript {
  src?: string;
  inline?: string;
  module: boolean;
}

/** What an HTML document references, URLs resolved against `pageUrl` and kept only when same-origin. */
export interface PageReferences {
  scripts: PageScript[];
  stylesheets: string[];
  inlineStyles: string[];
  /** Every image candidate (all srcset entries, <source>s, icons, preloads, CSS url()s). */
  images: string[];
}

const ORIGIN = 'http://site.invalid';

function localPath(reference: string, base: string): string | undefined {
  if (/^(data|blob|javascript|mailto):/i.test(reference.trim())) return undefined;
  const url = new URL(reference.trim(), new URL(base, ORIGIN));
  return url.origin === ORIGIN ? url.pathname : undefined;
}

function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((match) => match[2] ?? '');
}

export function pageReferences(html: string, pageUrl: string): PageReferences {
  const { document } = parseHTML(html);
  const local = (values: (string | null | undefined)[]): string[] =>
    values.flatMap((value) => (value ? [localPath(value, pageUrl)].filter((v): v is string => v !== undefined) : []));
  const scripts: PageScript[] = [];
  for (const script of document.querySelectorAll('script')) {
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
    if (!JS_TYPES.has(type)) continue;
    const src = script.getAttribute('src');
    const module = type === 'module';
    if (src) {
      const resolved = localPath(src, pageUrl);
      if (resolved) scripts.push({ src: resolved, module });
    } else if ((script.textContent ?? '').trim() !== '') {
      scripts.push({ inline: script.textContent ?? '', module });
    }
  }
  const stylesheets = local(
    [...document.querySelectorAll('link')]
      .filter((link) => /(^|\s)stylesheet(\s|$)/i.test(link.getAttribute('rel') ?? ''))
      .map((link) => link.getAttribute('href')),
  );
  const inlineStyles = [...document.querySelectorAll('style')].map((style) => style.textContent ?? '');
  const styleAttributes = [...document.querySelectorAll('[style]')].map(
    (element) => element.getAttribute('style') ?? '',
  );
  const images = local([
    ...[...document.querySelectorAll('img')].flatMap((img) => [
      img.getAttribute('src'),
      ...srcsetUrls(img.getAttribute('srcset') ?? ''),
    ]),
    ...[...document.querySelectorAll('source')].flatMap((source) => srcsetUrls(source.getAttribute('srcset') ?? '')),
    ...[...document.querySelectorAll('image')].map(
      (image) => image.getAttribute('href') ?? image.getAttribute('xlink:href'),
    ),
    ...[...document.querySelectorAll('link')]
      .filter(
        (link) =>
          /(^|\s)(icon|apple-touch-icon)(\s|$)/i.test(link.getAttribute('rel') ?? '') ||
          link.getAttribute('as') === 'image',
      )
      .flatMap((link) => [link.getAttribute('href'), ...srcsetUrls(link.getAttribute('imagesrcset') ?? '')]),
    ...[...inlineStyles, ...styleAttributes].flatMap(cssUrls),
  ]);
  return { scripts, stylesheets, inlineStyles, images: [...new Set(images)] };
}

/** Module specifiers a built JS file imports: static (`import … from "./x.js"`) and dynamic (`import("./x.js")`). */
export function jsImports(code: string): { static: string[]; dynamic: string[] } {
  const found = { static: new Set<string>(), dynamic: new Set<string>() };
  for (const match of code.matchAll(/\bimport\s*\(\s*(["'`])([^"'`]+)\1\s*\)/g)) found.dynamic.add(match[2] ?? '');
  for (const match of code.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?(["'`])([^"'`]+)\1/g)) {
    found.static.add(match[2] ?? '');
  }
  return { static: [...found.static], dynamic: [...found.dynamic] };
}

/** One JS file a page loads. */
export interface JsFile {
  url: string;
  /** How the page reaches it: a <script src>, a static import, or a dynamic import (loaded later). */
  via: 'script' | 'import' | 'dynamic import';
  sizes: Sizes;
}

export interface ClientJs {
  files: JsFile[];
  /** Each inline <script>, compressed on its own (it travels inside the HTML). */
  inline: Sizes[];
  total: Sizes;
}

/**
 * The client JS of a page: every JS <script> (inline and external) plus the modules those import,
 * statically or dynamically, followed through dist/. Dynamic imports count too: they are still
 * JS the reader's phone downloads and runs, only later.
 */
export function clientJs(dist: string, pageUrl: string, html = readPage(dist, pageUrl)): ClientJs {
  const references = pageReferences(html, pageUrl);
  const files = new Map<string, JsFile>();
  const resolve = (specifier: string, base: string): string | undefined =>
    /^(\.{1,2})?\//.test(specifier) ? localPath(specifier, base) : undefined;
  const follow = (url: string, via: JsFile['via']): void => {
    if (files.has(url)) return;
    const file = distFile(dist, url);
    if (!file) throw new Error(`${pageUrl} loads ${url}, which is not in ${dist}`);
    files.set(url, { url, via, sizes: fileSizes(file) });
    const imports = jsImports(readFileSync(file, 'utf8'));
    for (const specifier of imports.static) {
      const target = resolve(specifier, url);
      if (target) follow(target, via === 'dynamic import' ? via : 'import');
    }
    for (const specifier of imports.dynamic) {
      const target = resolve(specifier, url);
      if (target) follow(target, 'dynamic import');
    }
  };
  const inline: Sizes[] = [];
  for (const script of references.scripts) {
    if (script.src) follow(script.src, 'script');
    else if (script.inline !== undefined) {
      inline.push(sizesOf(script.inline));
      const imports = script.module ? jsImports(script.inline) : { static: [], dynamic: [] };
      for (const specifier of imports.static) {
        const target = resolve(specifier, pageUrl);
        if (target) follow(target, 'import');
      }
      for (const specifier of imports.dynamic) {
        const target = resolve(specifier, pageUrl);
        if (target) follow(target, 'dynamic import');
      }
    }
  }
  const total = [...[...files.values()].map((f) => f.sizes), ...inline].reduce(addSizes, ZERO);
  return { files: [...files.values()], inline, total };
}

/** The HTML of a page in dist/. */
export function readPage(dist: string, pageUrl: string): string {
  const file = distFile(dist, pageUrl);
  if (!file) throw new Error(`No page ${pageUrl} in ${dist}`);
  return readFileSync(file, 'utf8');
}

export interface BeforeHeadline {
  /** Whether the page has an <h1> at all. */
  found: boolean;
  /** The HTML from its first byte through the end of the first </h1>, inline CSS included. */
  html: Sizes;
  /** Stylesheets and classic scripts (not async, defer or module) referenced before the <h1>. */
  renderBlocking: { url: string; sizes: Sizes }[];
  /** HTML prefix plus render-blocking resources. */
  total: Sizes;
}

/**
 * How many bytes must arrive before the page's headline can be shown: the HTML up to and including
 * the first `</h1>`, compressed as its own stream (so it includes the few bytes of gzip header and
 * trailer a real stream would not have yet: a slight over-count), plus every render-blocking
 * stylesheet or script referenced before it.
 */
export function bytesBeforeHeadline(dist: string, pageUrl: string, html = readPage(dist, pageUrl)): BeforeHeadline {
  const start = html.search(/<h1[\s>]/i);
  const end = start < 0 ? -1 : html.slice(start).search(/<\/h1\s*>/i);
  if (start < 0 || end < 0) return { found: false, html: ZERO, renderBlocking: [], total: ZERO };
  const closing = /<\/h1\s*>/i.exec(html.slice(start + end));
  const prefix = html.slice(0, start + end + (closing?.[0].length ?? 5));
  const renderBlocking: BeforeHeadline['renderBlocking'] = [];
  for (const tag of prefix.matchAll(/<(link|script)\b([^>]*)>/gi)) {
    const attributes = tag[2] ?? '';
    const attribute = (name: string): string | undefined =>
      new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
        .exec(attributes)
        ?.slice(1)
        .find((v) => v !== undefined);
    const has = (name: string): boolean => new RegExp(`\\b${name}\\b`, 'i').test(attributes);
    let url: string | undefined;
    if (tag[1]?.toLowerCase() === 'link') {
      const media = attribute('media');
      if (/(^|\s)stylesheet(\s|$)/i.test(attribute('rel') ?? '') && (!media || media === 'all' || media === 'screen'))
        url = attribute('href');
    } else if (!has('async') && !has('defer') && attribute('type') !== 'module') {
      url = attribute('src');
    }
    const target = url ? localPath(url, pageUrl) : undefined;
    const file = target ? distFile(dist, target) : undefined;
    if (target && file) renderBlocking.push({ url: target, sizes: fileSizes(file) });
  }
  const htmlSizes = sizesOf(prefix);
  return {
    found: true,
    html: htmlSizes,
    renderBlocking,
    total: renderBlocking.map((r) => r.sizes).reduce(addSizes, htmlSizes),
  };
}

/** The largest image file any page in dist/ references, with the page that references it. */
export function largestImage(dist: string): { url: string; page: string; bytes: number } | undefined {
  let largest: { url: string; page: string; bytes: number } | undefined;
  for (const page of htmlPages(dist)) {
    for (const url of pageReferences(readPage(dist, page), page).images) {
      const file = distFile(dist, url);
      if (!file) continue;
      const bytes = statSync(file).size;
      if (!largest || bytes > largest.bytes) largest = { url, page, bytes };
    }
  }
  return largest;
}

/** Bytes of one kind of resource a page loaded. */
export interface KindTotal {
  requests: number;
  /** The files as stored in dist/, then compressed by us (images and fonts: as stored). */
  raw: number;
  gzip: number;
  brotli: number;
  /** What actually crossed the wire in the run, headers included (the server's encoding). */
  served: number;
}

/** A request as a browser recorded it (Lighthouse's network-requests audit). */
export interface RecordedRequest {
  url: string;
  resourceType: string;
  transferSize: number;
  statusCode: number;
}

const RESOURCE_KIND: Record<string, Kind> = {
  Document: 'html',
  Stylesheet: 'css',
  Script: 'js',
  Image: 'image',
  Font: 'font',
};

/**
 * Transfer bytes by kind for the requests a page made: each same-origin response is matched to its
 * file in dist/, which we compress ourselves so both encodings are known. Requests with no file
 * (404s, other origins) count only what was served and are listed in `unmatched`.
 */
export function transferByKind(
  dist: string,
  origin: string,
  requests: readonly RecordedRequest[],
): { byKind: Record<Kind, KindTotal>; total: KindTotal; unmatched: string[] } {
  const empty = (): KindTotal => ({ requests: 0, raw: 0, gzip: 0, brotli: 0, served: 0 });
  const byKind = Object.fromEntries(KINDS.map((kind) => [kind, empty()])) as Record<Kind, KindTotal>;
  const total = empty();
  const unmatched: string[] = [];
  for (const request of requests) {
    if (request.url.startsWith('data:')) continue;
    const url = new URL(request.url);
    const kind = RESOURCE_KIND[request.resourceType] ?? kindOfPath(url.pathname);
    const file = url.origin === origin && request.statusCode < 400 ? distFile(dist, url.pathname) : undefined;
    const sizes = file ? transferSizes(kind, fileSizes(file)) : ZERO;
    if (!file) unmatched.push(`${url.pathname} (${request.statusCode})`);
    for (const bucket of [byKind[kind], total]) {
      bucket.requests += 1;
      bucket.raw += sizes.raw;
      bucket.gzip += sizes.gzip;
      bucket.brotli += sizes.brotli;
      bucket.served += request.transferSize;
    }
  }
  return { byKind, total, unmatched };
}
