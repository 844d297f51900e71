/**
 * The Content-Security-Policy really covers what each page needs: every page carries the policy
 * in a <meta> before any script or style, with script-src hashes and neither 'unsafe-inline' nor
 * 'unsafe-eval'; every inline <script> and <style> is listed by its sha256; no inline event
 * handler or javascript: URL would need more. And the served headers are the built _headers:
 * pages may be framed only by the site itself, embeds by anyone, /embed.js is readable anywhere.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseHeadersFile } from '../../scripts/lib/headers-file.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';
import { htmlPathsInDist, STORIES } from '../helpers/site-pages.ts';
import { ROOT } from '../helpers/temp-project.ts';

const DIST = process.env['DIST_DIR'] ?? path.join(ROOT, 'dist');
const PAGES = htmlPathsInDist(DIST);
/** One page of each kind, whichever the site has first. */
const pageLike = (pattern: RegExp): string => PAGES.find((p) => pattern.test(p)) ?? `(no page like ${pattern})`;
const CHART_PAGE = pageLike(/^\/charts\/[a-z0-9-]+\/$/);
const LATEST_EMBED = pageLike(/^\/embed\/[a-z0-9-]+\/$/);
const PINNED_EMBED = pageLike(/^\/embed\/[a-z0-9-]+\/v\d+\/$/);
/** The English edition's embeds, which partners frame the same way. */
const EN_LATEST_EMBED = pageLike(/^\/en\/embed\/[a-z0-9-]+\/$/);
const EN_PINNED_EMBED = pageLike(/^\/en\/embed\/[a-z0-9-]+\/v\d+\/$/);

function read(urlPath: string): string {
  return readFileSync(path.join(DIST, urlPath, urlPath.endsWith('.html') ? '' : 'index.html'), 'utf8');
}

/** The policy's directives: name → source list. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...sources]) => [name.toLowerCase(), sources]),
  );
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('every page: the CSP covers its inline code', () => {
  test('there are pages, and inline scripts and styles for the hashes to cover', () => {
    expect(PAGES.length).toBeGreaterThan(20);
    const documents = [...STORIES, ...PAGES].map((urlPath) => parseHTML(read(urlPath)).document);
    expect(documents.some((document) => document.querySelectorAll('script:not([src])').length > 0)).toBe(true);
    expect(documents.some((document) => document.querySelectorAll('style').length > 0)).toBe(true);
  });

  test.each(PAGES.map((p) => [p]))('%s', (urlPath) => {
    const html = read(urlPath);
    const { document } = parseHTML(html);
    const meta = document.querySelector('meta[http-equiv="content-security-policy"]');
    const policy = directives(meta?.getAttribute('content') ?? '');
    const scriptSrc = policy.get('script-src') ?? [];
    const styleSrc = policy.get('style-src') ?? policy.get('default-src') ?? [];
    expect(scriptSrc.some((s) => s.startsWith("'sha256-"))).toBe(true);
    for (const sources of policy.values()) {
      expect(sources).not.toContain("'unsafe-inline'");
      expect(sources).not.toContain("'unsafe-eval'");
    }
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);

    // A <meta> policy governs only what comes after it.
    const first = document.querySelector('head script, head style, head link[rel="stylesheet"], head meta[http-equiv]');
    expect(first, 'the CSP <meta> comes before any script or style').toBe(meta);

    const inlineScripts = [...document.querySelectorAll('script:not([src])')].filter(
      (s) => !['application/json', 'application/ld+json'].includes(s.getAttribute('type') ?? ''),
    );
    for (const script of inlineScripts)
      expect(scriptSrc, 'inline <script> listed by hash').toContain(sha256(script.textContent ?? ''));
    for (const style of document.querySelectorAll('style'))
      expect(styleSrc, 'inline <style> listed by hash').toContain(sha256(style.textContent ?? ''));

    // Neither inline handlers nor javascript: URLs can be allowed by hashes: there must be none.
    const handlers = [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${el.tagName.toLowerCase()} ${a.name}>`),
    );
    expect(handlers).toEqual([]);
    const scriptUrls = [...document.querySelectorAll('[href], [src], [action], [formaction]')].filter((el) =>
      ['href', 'src', 'action', 'formaction'].some((name) => /^\s*javascript:/i.test(el.getAttribute(name) ?? '')),
    );
    expect(scriptUrls).toEqual([]);
  });
});

describe('the served headers are the built _headers', () => {
  let server: StaticServer;

  beforeAll(async () => {
    server = await startStaticServer({ root: DIST });
  });

  afterAll(async () => {
    await server?.close();
  });

  test('dist/_headers is public/_headers, and it has rules for pages, embeds and /embed.js', () => {
    const built = readFileSync(path.join(DIST, '_headers'), 'utf8');
    expect(built).toBe(readFileSync(path.join(ROOT, 'public/_headers'), 'utf8'));
    const patterns = parseHeadersFile(built).map((rule) => rule.pattern);
    expect(patterns).toEqual(expect.arrayContaining(['/*', '/embed/*', '/en/embed/*', '/embed.js']));
  });

  test('a page may be framed only by the site itself', async () => {
    for (const urlPath of ['/', ...STORIES, CHART_PAGE, '/404.html']) {
      const response = await fetch(server.url + urlPath);
      expect(response.status).toBe(200);
      const csp = directives(response.headers.get('content-security-policy') ?? '');
      expect(csp.get('frame-ancestors'), urlPath).toEqual(["'self'"]);
      expect(response.headers.get('x-frame-options'), urlPath).toBe('SAMEORIGIN');
      expect(response.headers.get('x-content-type-options'), urlPath).toBe('nosniff');
    }
  });

  test('an embed, in every edition, may be framed by anyone, and carries no X-Frame-Options', async () => {
    for (const urlPath of [LATEST_EMBED, PINNED_EMBED, EN_LATEST_EMBED, EN_PINNED_EMBED]) {
      const response = await fetch(server.url + urlPath);
      expect(response.status).toBe(200);
      const csp = directives(response.headers.get('content-security-policy') ?? '');
      expect(csp.get('frame-ancestors'), urlPath).toEqual(['*']);
      expect(response.headers.get('x-frame-options'), urlPath).toBeNull();
      expect(csp.get('object-src')).toEqual(["'none'"]);
    }
  });

  test('/embed.js is readable from any origin and framing rules do not change', async () => {
    const response = await fetch(`${server.url}/embed.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  test('_headers itself is not served', async () => {
    expect((await fetch(`${server.url}/_headers`)).status).toBe(404);
  });
});
