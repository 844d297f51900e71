/**
 * Headless Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core
 * (never a downloaded browser), with the flags that keep it off the network, plus the devices the
 * tests use and a served copy of dist/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';
import { NGINX_PATH, startNginx } from './nginx.ts';
import { ROOT } from './temp-project.ts';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}. Install it with: sudo apt-get install -y chromium`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
      '--disable-gpu',
    ],
  });
}

/** A phone: 390×844 CSS pixels, touch, zh-CN. */
export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
};

/** A small phone: 360×640. */
export const SMALL_PHONE: BrowserContextOptions = { ...PHONE, viewport: { width: 360, height: 640 } };

/** A laptop: 1280×800. */
export const DESKTOP: BrowserContextOptions = {
  viewport: { width: 1280, height: 800 },
  deviceScaleFactor: 1,
  locale: 'zh-CN',
};

/** The built site the browser tests load: dist/, or DIST_DIR when set. */
export const DIST = process.env['DIST_DIR'] ?? path.join(ROOT, 'dist');

/**
 * Serves the built site on a free port of 127.0.0.1 (or the given host): with nginx and the
 * production configuration (deploy/nginx/) where nginx is installed, as in CI, so the browser
 * tests see what readers get; else with `npm run serve`'s server.
 */
export function serveDist(host = '127.0.0.1'): Promise<StaticServer> {
  return existsSync(NGINX_PATH) ? startNginx({ root: DIST, host }) : startStaticServer({ root: DIST, host });
}

/** Where screenshots go for a person to look at (ignored by git). */
export const SCREENSHOTS = path.join(ROOT, 'test/screenshots');

/**
 * Serves the built site and launches Chromium once for a test file (closing both afterwards), and
 * makes sure the screenshots folder exists. Use inside a test file's top level.
 */
export function useServedSite(): { readonly url: string; readonly browser: Browser } {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveDist();
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      if (!server) throw new Error('useServedSite: the site is served only inside tests');
      return server.url;
    },
    get browser() {
      if (!browser) throw new Error('useServedSite: the browser runs only inside tests');
      return browser;
    },
  };
}
