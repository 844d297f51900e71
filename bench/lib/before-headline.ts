/**
 * How many bytes must arrive before a page's headline can be shown: the HTML through its first
 * </h1> and the render-blocking stylesheets and scripts referenced before it.
 */
import { ZERO, addSizes, sizesOf, type Sizes } from './byte-sizes.ts';
import { distFile, fileSizes, readPage } from './dist-files.ts';
import { localPath } from './page-references.ts';

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
