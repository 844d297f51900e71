/**
 * axe-core on every built page (the sitemap's pages, every embed from charts.json, the 404 page),
 * at 360 and 1280 px wide, in light and dark, with reduced motion: no violation of WCAG 2.0, 2.1
 * and 2.2 A/AA rules. The story is checked at the top, with each scrollytelling state active, and
 * again after scrolling to the end (lazy pictures loaded) with every data table opened.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DESKTOP, DIST, SMALL_PHONE, useServedSite } from '../helpers/browser.ts';
import { htmlPathsInDist, sitePages, STORIES } from '../helpers/site-pages.ts';
import { scrollToEnd, showStep, SLOW_WAIT_MS } from '../helpers/reader-scroll.ts';
import { ROOT } from '../helpers/temp-project.ts';

const AXE_SOURCE = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PAGES = sitePages(DIST);

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
  html: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

const site = useServedSite();

/** Runs axe in the page (or in part of it) and returns the violations, each labelled with where. */
async function runAxe(page: Page, where: string, include?: string): Promise<string[]> {
  // The pages' CSP forbids inline scripts: the context is opened with bypassCSP so that axe can be
  // injected here. CSP itself is checked by test/browser/network.test.ts and test/site/csp.test.ts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(
    async ({ tags, include }) => {
      const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<{ violations: unknown }> } }).axe;
      const result = await axe.run(include ? { include: [include] } : document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return result.violations;
    },
    { tags: TAGS, include },
  );
  return (violations as AxeViolation[]).map(formatViolation(where));
}

/** One violation, readably: rule, impact, help, and up to five targets with axe's summary. */
function formatViolation(where: string) {
  return (violation: AxeViolation): string => {
    const nodes = violation.nodes.slice(0, 5).map((node) => {
      const summary = (node.failureSummary ?? '').replace(/\s*\n\s*/g, ' ').trim();
      return `    - ${JSON.stringify(node.target)}\n      ${summary}\n      ${node.html.slice(0, 160)}`;
    });
    const more = violation.nodes.length > 5 ? [`    … and ${violation.nodes.length - 5} more`] : [];
    return [
      `${where}: ${violation.id} (${violation.impact ?? 'no impact'}) — ${violation.help}`,
      `    ${violation.helpUrl}`,
      ...nodes,
      ...more,
    ].join('\n');
  };
}

/** Every check of one page: the whole page; for the story, each scrollytelling state and the end. */
async function checkPage(context: BrowserContext, urlPath: string, label: string): Promise<string[]> {
  const page = await context.newPage();
  try {
    await page.goto(site.url + urlPath, { waitUntil: 'load' });
    const found = await runAxe(page, `${urlPath} ${label}`);
    if (STORIES.includes(urlPath)) {
      if ((await page.locator('scrolly-story').count()) > 0)
        await page.waitForSelector('scrolly-story[data-ready]', { timeout: SLOW_WAIT_MS });
      const steps = await page.locator('[data-step]').count();
      for (let i = 0; i < steps; i++) {
        await showStep(page, i);
        found.push(...(await runAxe(page, `${urlPath} ${label} scrolly step ${i}`, '[data-scrolly]')));
      }
      await scrollToEnd(page);
      await page.$$eval('details', (all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
      found.push(...(await runAxe(page, `${urlPath} ${label} scrolled to the end, tables open`)));
    }
    return found;
  } finally {
    await page.close();
  }
}

test('the page list covers every HTML page in dist/', () => {
  expect([...PAGES].sort()).toEqual(htmlPathsInDist(DIST));
  for (const story of STORIES) expect(PAGES).toContain(story);
});

const DEVICES: [string, BrowserContextOptions][] = [
  ['360 px', { ...SMALL_PHONE, viewport: { width: 360, height: 640 } }],
  ['1280 px', DESKTOP],
];

describe.each(
  DEVICES.flatMap(([name, device]) =>
    (['light', 'dark'] as const).map((scheme) => ({ label: `${name} ${scheme}`, device, scheme })),
  ),
)('$label', ({ label, device, scheme }) => {
  let context: BrowserContext;

  beforeAll(async () => {
    context = await site.browser.newContext({
      ...device,
      colorScheme: scheme,
      reducedMotion: 'reduce',
      bypassCSP: true,
    });
  });

  afterAll(async () => {
    await context?.close();
  });

  test.concurrent.for(PAGES)(
    '%s has no WCAG A/AA violations',
    { timeout: SLOW_WAIT_MS + 60_000 },
    async (urlPath, { expect }) => {
      const violations = await checkPage(context, urlPath, label);
      // The message lists each violation; the count alone would say nothing.
      expect(violations.length, `\n${violations.join('\n')}\n`).toBe(0);
    },
  );
});
