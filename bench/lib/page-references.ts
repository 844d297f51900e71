/**
 * What an HTML page references, read from its markup: scripts (inline or external, classic or
 * module), stylesheets, inline styles and every image candidate, same-origin URLs only, resolved
 * against the page; and the largest image any page of a built site references.
 */
import { statSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { distFile, htmlPages, readPage } from './dist-files.ts';

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

/** The path of a same-origin URL, resolved against `base`; undefined for other origins and data: URLs. */
export function localPath(reference: string, base: string): string | undefined {
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
