/**
 * Debian's nginx serving a built site with the production configuration (deploy/nginx/site.conf),
 * as an ordinary process: a free loopback port, and its configuration, pid file, logs and temp
 * folders in a temporary directory (no root paths, `daemon off`), so tests see the responses
 * readers get. Install nginx with `sudo apt-get install -y nginx-light` (.ci/run does).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './temp-project.ts';

export const NGINX_PATH = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';
export const NGINX_CONFIG_DIR = path.join(ROOT, 'deploy/nginx');

export interface NginxServer {
  /** Base URL, e.g. http://127.0.0.1:40123 (no trailing slash). */
  url: string;
  close: () => Promise<void>;
}

/** A port nobody listens on right now (the OS picks it; nginx binds it a moment later). */
function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** The whole nginx.conf around the production site rules: only paths under `dir`, no daemon. */
function nginxConf(dir: string, root: string, host: string, port: number): string {
  // Running as root (CI containers), nginx would switch its workers to `nobody`; keep the user.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  const temp = (name: string) => path.join(dir, 'temp', name);
  return `${user}daemon off;
worker_processes 1;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    include changchun/mime-extra.conf;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${temp('body')};
    proxy_temp_path ${temp('proxy')};
    fastcgi_temp_path ${temp('fastcgi')};
    uwsgi_temp_path ${temp('uwsgi')};
    scgi_temp_path ${temp('scgi')};
    server {
        listen ${host}:${port};
        root ${root};
        include changchun/site.conf;
    }
}
`;
}

async function waitUntilServing(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}):\n${log()}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error(`nginx did not answer on ${url} within 10 s:\n${log()}`);
}

/** Starts nginx serving `root` (a built site) with deploy/nginx/site.conf. */
export async function startNginx(options: { root: string; host?: string }): Promise<NginxServer> {
  if (!existsSync(NGINX_PATH)) {
    throw new Error(`nginx not found at ${NGINX_PATH}. Install it with: sudo apt-get install -y nginx-light`);
  }
  const host = options.host ?? '127.0.0.1';
  const dir = mkdtempSync(path.join(tmpdir(), 'nginx-'));
  mkdirSync(path.join(dir, 'temp'));
  // The site rules include `changchun/…` relative to the configuration folder, as in production.
  symlinkSync(NGINX_CONFIG_DIR, path.join(dir, 'changchun'));
  const port = await freePort(host);
  const conf = path.join(dir, 'nginx.conf');
  writeFileSync(conf, nginxConf(dir, path.resolve(options.root), host, port));
  let output = '';
  const child = spawn(NGINX_PATH, ['-p', `${dir}/`, '-c', conf, '-e', path.join(dir, 'error.log')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const log = () => {
    const errorLog = path.join(dir, 'error.log');
    return output + (existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '');
  };
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://${host}:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilServing(url, child, log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, close: stop };
}
