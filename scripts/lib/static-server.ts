/**
 * Serves the built site from dist/ the way a static host would: files as they are, directory
 * URLs to index.html, 404.html for missing pages, gzip/brotli when precompressed, and the headers
 * in dist/_headers (Cloudflare Pages / Netlify format). Used by `npm start`, the tests and the
 * benchmark, so all three see the same responses.
 *
 * `npm run build` replaces dist/ by renaming folders while this server runs, so the folder is
 * looked up again on every request: a new dist/ is served as soon as it is in place, a request in
 * the instant between the two renames gets 503 (try again), and a file that vanishes under a
 * request ends that request, never the server. Caching headers from _headers (immutable assets)
 * are never sent with a 404.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Readable } from 'node:stream';
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

/** One built site as found in the folder: its files, header rules and 404 page. */
interface Site {
  /** Identity of the folder: a rebuild puts a new folder (new inode, new ctime) at the same path. */
  id: string;
  files: ReturnType<typeof sirv>;
  rules: HeaderRule[];
  notFound: Buffer;
}

const isMissing = (error: unknown) => ['ENOENT', 'ENOTDIR'].includes((error as { code?: string }).code ?? '');

function loadSite(root: string, id: string): Site {
  const headersPath = path.join(root, '_headers');
  const notFoundPath = path.join(root, '404.html');
  return {
    id,
    // sirv lists the folder once (fast lookups); a new folder gets a new Site.
    files: sirv(root, { dev: false, etag: true, gzip: true, brotli: true, extensions: ['html'] }),
    rules: existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [],
    notFound: existsSync(notFoundPath) ? readFileSync(notFoundPath) : Buffer.from('Not found'),
  };
}

export async function startStaticServer(options: ServeOptions = {}): Promise<StaticServer> {
  const root = path.resolve(options.root ?? 'dist');
  if (!existsSync(root)) throw new Error(`Nothing to serve: ${root} does not exist. Run npm run build first.`);
  let current: Site | undefined;

  /** The site now in the folder, or undefined while a rebuild has it moved away. */
  const site = (): Site | undefined => {
    try {
      const stats = statSync(root);
      const id = `${stats.dev}:${stats.ino}:${stats.ctimeMs}`;
      if (current?.id !== id) current = loadSite(root, id);
      return current;
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  };

  const rebuilding = (res: http.ServerResponse) => {
    res.writeHead(503, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Retry-After': '1',
      'Cache-Control': 'no-store',
    });
    res.end('网站正在重新生成，请稍后刷新。The site is being rebuilt: reload in a moment.\n');
  };

  const server = http.createServer((req, res) => {
    try {
      const pathname = new URL(req.url ?? '/', 'http://x').pathname;
      if (pathname.startsWith('/_headers')) {
        res.writeHead(404).end();
        return;
      }
      const served = site();
      if (!served) {
        rebuilding(res);
        return;
      }
      // sirv streams the file without an error handler: if a rebuild deletes the file before it
      // is opened, end this response instead of letting the error stop the server.
      res.once('pipe', (source: Readable) => source.once('error', () => res.destroy()));
      for (const [name, value] of Object.entries(headersFor(served.rules, pathname))) res.setHeader(name, value);
      served.files(req, res, () => {
        // A missing page may appear later: never tell caches to keep the 404.
        res.removeHeader('cache-control');
        res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(served.notFound);
      });
    } catch (error) {
      // Whatever went wrong, it ends this request only: the server keeps serving.
      if (res.headersSent) res.destroy();
      else if (isMissing(error)) rebuilding(res);
      else res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Internal error\n');
    }
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
