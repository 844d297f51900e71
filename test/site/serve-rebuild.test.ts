/**
 * `npm run serve` keeps serving while `npm run build` replaces dist/ under it (the build renames
 * dist/ away and a new folder into its place): the new site is served as soon as it is there, a
 * request in between gets 503, a file only the old site had is a 404, and the server never dies.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { REPO } from '../helpers/temp-project.ts';

/** A tiny built site: enough for the server's paths (pages, 404 page, _headers, hashed assets). */
function writeSite(folder: string, version: string, asset: string): void {
  mkdirSync(path.join(folder, '_astro'), { recursive: true });
  writeFileSync(path.join(folder, 'index.html'), `<!doctype html><title>${version}</title>`);
  writeFileSync(path.join(folder, '404.html'), `<!doctype html><title>not found ${version}</title>`);
  writeFileSync(path.join(folder, '_astro', asset), `console.log(${JSON.stringify(version)});`);
  writeFileSync(
    path.join(folder, '_headers'),
    '/*\n  X-Content-Type-Options: nosniff\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n',
  );
}

let project = '';
let serve: ChildProcess | undefined;
let url = '';
let output = '';

beforeAll(async () => {
  project = mkdtempSync(path.join(tmpdir(), 'serve-rebuild-'));
  writeSite(path.join(project, 'dist'), 'first', 'old.A1.js');
  // `npm run serve` in the project folder, on a free port.
  serve = spawn(process.execPath, [path.join(REPO, 'scripts/serve.ts')], {
    cwd: project,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  serve.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  url = await new Promise<string>((resolve, reject) => {
    serve?.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+/.exec(output);
      if (match) resolve(match[0]);
    });
    serve?.once('exit', (code) => reject(new Error(`npm run serve exited (${code}):\n${output}`)));
  });
});

afterAll(() => {
  serve?.kill('SIGTERM');
  rmSync(project, { recursive: true, force: true });
});

test('the site is rebuilt under a running `npm run serve`, as scripts/build-site.ts swaps it', async () => {
  const dist = path.join(project, 'dist');
  expect(await (await fetch(`${url}/`)).text()).toContain('first');
  expect((await fetch(`${url}/_astro/old.A1.js`)).status).toBe(200);

  // The build: a complete new site in a staging folder, then dist/ → old, staging → dist/.
  const staging = path.join(project, 'dist.staging-1');
  const old = path.join(project, 'dist.old-1');
  writeSite(staging, 'second', 'new.B2.js');
  renameSync(dist, old);
  const between = await fetch(`${url}/`);
  expect(between.status, 'while dist/ is moved away').toBe(503);
  expect(between.headers.get('retry-after')).toBe('1');
  const assetBetween = await fetch(`${url}/_astro/old.A1.js`);
  expect(assetBetween.status).toBe(503);
  renameSync(staging, dist);
  rmSync(old, { recursive: true, force: true });

  const page = await fetch(`${url}/`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('second');
  const added = await fetch(`${url}/_astro/new.B2.js`);
  expect(added.status).toBe(200);
  expect(await added.text()).toContain('second');
  const removed = await fetch(`${url}/_astro/old.A1.js`);
  expect(removed.status).toBe(404);
  expect(removed.headers.get('cache-control')).toBeNull();
  expect(await removed.text()).toContain('not found second');

  expect(serve?.exitCode, output).toBeNull();
  expect((await fetch(`${url}/`)).status).toBe(200);
});
