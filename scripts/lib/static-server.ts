/**
 * Serves the built site from dist/ the way a static host would: files as they are, directory
 * URLs to index.html, 404.html for missing pages, gzip/brotli when precompressed, and the headers
 * in dist/_headers (Cloudflare Pages / Netlify format). Used by `npm start`, the tests and the
 * benchmark, so all three see the same responses.
 */
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';
import { headersFor, parseHeadersFile, type HeaderRule } from './headers-file.ts';

export interface StaticServer {
  /** Base URL, e.g. http://127.0.0.1:4321 (no trailing slash). */
  url: string;
  close: () => Promise<void>;
}

export interface ServeOptions {
  /** Folder to serve; default dist/ under the current directory. */
  root?: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
}

export async function startStaticServer(options: ServeOptions = {}): Promise<StaticServer> {
  const root = path.resolve(options.root ?? 'dist');
  if (!existsSync(root)) throw new Error(`Nothing to serve: ${root} does not exist. Run npm run build first.`);
  const headersPath = path.join(root, '_headers');
  const rules: HeaderRule[] = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const notFound = existsSync(path.join(root, '404.html'))
    ? readFileSync(path.join(root, '404.html'))
    : Buffer.from('Not found');
  const files = sirv(root, { dev: false, etag: true, gzip: true, brotli: true, extensions: ['html'] });
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    if (pathname.startsWith('/_headers')) {
      res.writeHead(404).end();
      return;
    }
    for (const [name, value] of Object.entries(headersFor(rules, pathname))) res.setHeader(name, value);
    files(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(notFound);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
