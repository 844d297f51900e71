/**
 * What a page's requests in a browser run cost, by kind of resource: each same-origin response is
 * matched to its file in dist/, compressed by us so that both encodings are known.
 */
import { KINDS, ZERO, kindOfPath, transferSizes, type Kind } from './byte-sizes.ts';
import { distFile, fileSizes } from './dist-files.ts';

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
