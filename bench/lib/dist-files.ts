/**
 * The files of a built site in dist/: which file a URL path is served from, every HTML page, pages
 * matching a pattern, a page's HTML, and a file's compressed sizes (remembered: brotli is slow).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { sizesOf, type Sizes } from './byte-sizes.ts';

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

/** The HTML of a page in dist/. */
export function readPage(dist: string, pageUrl: string): string {
  const file = distFile(dist, pageUrl);
  if (!file) throw new Error(`No page ${pageUrl} in ${dist}`);
  return readFileSync(file, 'utf8');
}
