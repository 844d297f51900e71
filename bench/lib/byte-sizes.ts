/**
 * Sizes of bytes as a site sends them: raw, gzip -9 and brotli (quality 11), and the kind of a file
 * or URL (HTML, CSS, JS, image, font) that decides whether a host compresses it at all.
 */
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

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
