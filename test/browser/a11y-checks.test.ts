/**
 * What axe cannot see, checked in the rendered pages:
 * (a) every chart SVG is named and described in Chromium's accessibility tree, and its data is
 *     there as a table (in its figure, or after the scrollytelling section for its states);
 * (b) focus is never hidden (WCAG 2.4.11): tabbing through the story on a phone and a laptop,
 *     every focused element is at least partly on screen and nothing covers its centre;
 * (c) every link, button, summary and input is at least 24×24 CSS px or spaced like one (WCAG
 *     2.5.8), except links inside a sentence, on every page at 360 and 1280 px;
 * (d) one <h1> and no skipped heading level on every page;
 * (e) every page is zh-CN, and English-only runs of text are marked lang="en" (WCAG 3.1.2).
 */
import type { BrowserContextOptions, CDPSession, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DESKTOP, DIST, PHONE, SMALL_PHONE, useServedSite } from '../helpers/browser.ts';
import { showStep } from '../helpers/reader-scroll.ts';
import { sitePages, STORIES } from '../helpers/site-pages.ts';
import { LANG_TAG, splitLocalePath } from '../../src/text/lang.ts';

const PAGES = sitePages(DIST);
const CHART_PAGES = PAGES.filter((p) => STORIES.includes(p) || /^\/(charts|embed)\/[a-z0-9-]+\//.test(p));

const site = useServedSite();

async function open(device: BrowserContextOptions, urlPath: string): Promise<Page> {
  const context = await site.browser.newContext({ ...device, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(site.url + urlPath, { waitUntil: 'load' });
  if (STORIES.includes(urlPath) && (await page.locator('scrolly-story').count()) > 0)
    await page.waitForSelector('scrolly-story[data-ready]');
  return page;
}

interface AxSummary {
  role: string;
  name: string;
  description: string;
  ignored: boolean;
}

/** The accessibility-tree node Chromium built for the element matched by `selector` (nth match). */
async function axNode(cdp: CDPSession, selector: string, nth: number): Promise<AxSummary> {
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
  const nodeId = nodeIds[nth];
  if (nodeId === undefined) throw new Error(`no node ${selector} #${nth}`);
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  const node = nodes[0];
  return {
    role: String(node?.role?.value ?? ''),
    name: String(node?.name?.value ?? ''),
    description: String(node?.description?.value ?? ''),
    ignored: node?.ignored ?? true,
  };
}

describe('(a) charts in the accessibility tree', () => {
  const SVG = 'figure[data-chart] svg[role="img"]';

  describe.each([
    ['phone 390×844', PHONE],
    ['laptop 1280×800', DESKTOP],
  ])('%s', (_name, device) => {
    test.each(CHART_PAGES.map((p) => [p]))('%s: every shown chart SVG is a named, described image', async (urlPath) => {
      const page = await open(device, urlPath);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('Accessibility.enable');
      const steps = await page.locator('[data-step]').count();
      const checked = new Set<number>();
      const problems: string[] = [];
      // Each scrollytelling state is exposed only while it shows: visit every step.
      for (let step = -1; step < steps; step++) {
        if (step >= 0) await showStep(page, step);
        const svgs = await page.$$eval(SVG, (all) =>
          all.map((svg) => ({
            shown: svg.checkVisibility({ visibilityProperty: true }),
            chart: svg.closest('figure')?.getAttribute('data-chart') ?? '',
            title: document.getElementById(svg.getAttribute('aria-labelledby') ?? '')?.textContent?.trim() ?? '',
            desc: document.getElementById(svg.getAttribute('aria-describedby') ?? '')?.textContent?.trim() ?? '',
          })),
        );
        for (const [i, svg] of svgs.entries()) {
          if (!svg.shown || checked.has(i)) continue;
          checked.add(i);
          const node = await axNode(cdp, SVG, i);
          const where = `${urlPath} ${svg.chart} (svg #${i})`;
          if (node.ignored) problems.push(`${where}: shown but not in the accessibility tree`);
          if (node.role !== 'image') problems.push(`${where}: role ${node.role}, expected image`);
          if (node.name.length < 4 || node.name !== svg.title)
            problems.push(`${where}: name "${node.name}", expected its <title> "${svg.title}"`);
          if (node.description.length < 20 || node.description !== svg.desc)
            problems.push(`${where}: description "${node.description.slice(0, 60)}…", expected its <desc>`);
        }
      }
      const figures = await page.$$eval('figure[data-chart]', (all) => all.map((f) => f.getAttribute('data-chart')));
      expect(checked.size, 'every chart figure shows at least one SVG').toBeGreaterThanOrEqual(new Set(figures).size);
      expect(problems, problems.join('\n')).toEqual([]);
      await page.context().close();
    });
  });

  test.each(CHART_PAGES.map((p) => [p]))('%s: every chart has its data as a table', async (urlPath) => {
    const page = await open(PHONE, urlPath);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('Accessibility.enable');
    // The table of a chart figure is in its figure; a scrollytelling state's table follows the section.
    const missing = await page.$$eval('figure[data-chart]', (figures) =>
      figures.flatMap((figure) => {
        const chart = figure.getAttribute('data-chart') ?? '';
        const scrolly = figure.closest('scrolly-story');
        const table = scrolly
          ? scrolly.parentElement?.querySelector(`[data-chart-table="${chart}"] table`)
          : figure.querySelector('details table');
        return table && table.querySelectorAll('tbody tr').length > 0 && table.querySelector('caption') ? [] : [chart];
      }),
    );
    expect(missing, `charts without a data table: ${missing.join(', ')}`).toEqual([]);
    // Opened, each table is a table in the accessibility tree, named by its caption.
    await page.$$eval('details', (all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const captions = await page.$$eval('details table', (tables) =>
      tables.map((t) => t.querySelector('caption')?.textContent?.trim() ?? ''),
    );
    for (const [i, caption] of captions.entries()) {
      const node = await axNode(cdp, 'details table', i);
      expect(node.role, caption).toBe('table');
      expect(node.name).toBe(caption);
    }
    await page.context().close();
  });
});

describe('(b) focus is not obscured (WCAG 2.4.11) tabbing through the story', () => {
  interface FocusProblem {
    what: string;
    problem: string;
  }

  /** Where the focused element is, as the browser left the scroll, and what is on top of its centre. */
  function inspectFocus(): { what: string; problem?: string } | null {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30);
    const what = `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> "${text}"`;
    const rects = [...el.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    if (rects.length === 0) return { what, problem: 'has no box' };
    const inView = rects
      .map((r) => ({
        left: Math.max(r.left, 0),
        top: Math.max(r.top, 0),
        right: Math.min(r.right, window.innerWidth),
        bottom: Math.min(r.bottom, window.innerHeight),
      }))
      .filter((r) => r.right - r.left >= 1 && r.bottom - r.top >= 1);
    const first = inView[0];
    if (!first) return { what, problem: `outside the viewport (top ${Math.round(rects[0]?.top ?? 0)})` };
    const x = (first.left + first.right) / 2;
    const y = (first.top + first.bottom) / 2;
    // Hit testing skips pointer-events:none (the slider's input, which the stage drives): let the
    // focused element itself take part, so anything painted over it still counts.
    const target = el as HTMLElement;
    const before = target.style.pointerEvents;
    target.style.pointerEvents = 'auto';
    const hit = document.elementFromPoint(x, y);
    target.style.pointerEvents = before;
    if (hit && (hit === el || el.contains(hit))) return { what };
    const cover = hit ? `<${hit.tagName.toLowerCase()} class="${hit.getAttribute('class') ?? ''}">` : 'nothing';
    return { what, problem: `centre (${Math.round(x)}, ${Math.round(y)}) is covered by ${cover}` };
  }

  async function tabThrough(page: Page): Promise<{ visited: number; problems: FocusProblem[] }> {
    const problems: FocusProblem[] = [];
    const seen = new Set<string>();
    let visited = 0;
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      await page.waitForTimeout(30);
      const key = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return '';
        const path: number[] = [];
        for (let n: Element | null = el; n?.parentElement; n = n.parentElement)
          path.push([...n.parentElement.children].indexOf(n));
        return path.join('.');
      });
      if (key === '' || seen.has(key)) break;
      seen.add(key);
      visited++;
      const result = await page.evaluate(inspectFocus);
      if (result?.problem) problems.push({ what: result.what, problem: result.problem });
    }
    return { visited, problems };
  }

  test.each(
    STORIES.flatMap((story) => [
      ['phone 390×844', story, PHONE] as const,
      ['laptop 1280×800', story, DESKTOP] as const,
    ]),
  )('%s, %s: every focused element shows, with data tables closed and open', async (_name, story, device) => {
    const page = await open(device, story);
    const closed = await tabThrough(page);
    expect(closed.visited).toBeGreaterThan(0);
    await page.evaluate(() => {
      document.querySelectorAll('details').forEach((d) => (d.open = true));
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    const opened = await tabThrough(page);
    // Open data tables add what they hold to the tab order; a story without charts has none.
    if ((await page.locator('details').count()) > 0) expect(opened.visited).toBeGreaterThan(closed.visited);
    else expect(opened.visited).toBe(closed.visited);
    const problems = [...closed.problems, ...opened.problems].map((p) => `${p.what}: ${p.problem}`);
    expect(problems, problems.join('\n')).toEqual([]);
    await page.context().close();
  });
});

/** Runs in the page: every pointer target smaller than 24×24 that fails the spacing rule too. */
function undersizedTargets(): string[] {
  const SELECTOR = 'a[href], button, summary, input:not([type="hidden"]), select, textarea';
  const blockOf = (el: Element): Element | null => {
    for (let n = el.parentElement; n; n = n.parentElement) {
      const display = getComputedStyle(n).display;
      if (display !== 'inline' && display !== 'contents') return n;
    }
    return null;
  };
  /**
   * WCAG 2.5.8's inline exception: a link laid out inline in a run of text, whose size the line
   * height sets. Only an inline <a> directly in a paragraph or list item that also holds words of
   * its own (not just separators such as " · ") counts as in a sentence.
   */
  const inSentence = (el: Element): boolean => {
    if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
    const block = blockOf(el);
    if (!block || !['P', 'LI'].includes(block.tagName)) return false;
    const copy = block.cloneNode(true) as Element;
    copy.querySelectorAll(SELECTOR).forEach((t) => t.remove());
    return /[\p{L}\p{N}]/u.test(copy.textContent ?? '');
  };
  const targets = [...document.querySelectorAll(SELECTOR)]
    .filter((el) => el.checkVisibility({ visibilityProperty: true }))
    .map((el) => ({ el, box: el.getBoundingClientRect() }))
    .filter(({ box }) => box.width > 0 && box.height > 0);
  const small = targets.filter(({ el, box }) => (box.width < 24 || box.height < 24) && !inSentence(el));
  const centre = (box: DOMRect) => ({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
  const circleHitsBox = (c: { x: number; y: number }, box: DOMRect): boolean => {
    const dx = c.x - Math.max(box.left, Math.min(c.x, box.right));
    const dy = c.y - Math.max(box.top, Math.min(c.y, box.bottom));
    return dx * dx + dy * dy < 12 * 12;
  };
  const describe = (el: Element, box: DOMRect) =>
    `<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`;
  return small.flatMap(({ el, box }) => {
    const c = centre(box);
    const clash = targets.find(
      (other) =>
        other.el !== el &&
        !other.el.contains(el) &&
        !el.contains(other.el) &&
        (circleHitsBox(c, other.box) ||
          (small.some((s) => s.el === other.el) &&
            Math.hypot(centre(other.box).x - c.x, centre(other.box).y - c.y) < 24)),
    );
    return clash ? [`${describe(el, box)} is too close to ${describe(clash.el, clash.box)}`] : [];
  });
}

/** Runs in the page: heading levels in document order, for the ones a reader can reach. */
function headingProblems(): string[] {
  const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter(
    (h) => h.checkVisibility({ visibilityProperty: true }) && !h.closest('[aria-hidden="true"]'),
  );
  const problems: string[] = [];
  const ones = headings.filter((h) => h.tagName === 'H1').length;
  if (ones !== 1) problems.push(`${ones} <h1> elements`);
  let previous = 0;
  for (const h of headings) {
    const level = Number(h.tagName[1]);
    if (previous === 0 && level !== 1) problems.push(`starts at <${h.tagName.toLowerCase()}>`);
    if (previous > 0 && level > previous + 1)
      problems.push(`<h${previous}> then <h${level}> "${(h.textContent ?? '').trim().slice(0, 30)}"`);
    previous = level;
  }
  return problems;
}

/**
 * Runs in the page: runs of two or more English words in text whose language is not English.
 * Single words, acronyms and file names ("JSON", "pym.js") are names or technical terms, which
 * WCAG 3.1.2 exempts; code, SVG (its text is part of a labelled image) and form fields are skipped.
 */
function unmarkedEnglish(): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const words = /[A-Za-z][A-Za-z'’-]*(?:[,:;.]?\s+[A-Za-z][A-Za-z'’-]*)+/g;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, svg, code, textarea, template')) continue;
    if (!parent.checkVisibility()) continue;
    const lang = parent.closest('[lang]')?.getAttribute('lang') ?? '';
    if (lang.startsWith('en')) continue;
    for (const match of (node.textContent ?? '').matchAll(words)) {
      // A file name or a version such as "pym.js 1.3.2" is one technical term.
      if (/^[\w-]+\.(js|json|csv|svg|png)$/i.test(match[0])) continue;
      found.push(`"${match[0]}" in <${parent.tagName.toLowerCase()} lang="${lang}">`);
    }
  }
  return [...new Set(found)];
}

/**
 * Runs in the page: Chinese text on an English page outside an element marked `lang="zh-CN"` (or
 * another zh tag). SVG text is part of a labelled image and skipped, as above.
 */
function unmarkedChinese(): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, svg, code, textarea, template')) continue;
    if (!parent.checkVisibility()) continue;
    const lang = parent.closest('[lang]')?.getAttribute('lang') ?? '';
    if (lang.startsWith('zh')) continue;
    for (const match of (node.textContent ?? '').matchAll(/[\p{Script=Han}]+/gu))
      found.push(`"${match[0]}" in <${parent.tagName.toLowerCase()} lang="${lang}">`);
  }
  return [...new Set(found)];
}

describe('(c) targets, (d) headings, (e) language, on every page', () => {
  test.each(PAGES.map((p) => [p]))('%s', async (urlPath) => {
    const problems: string[] = [];
    for (const [name, device] of [
      ['360 px', SMALL_PHONE],
      ['1280 px', DESKTOP],
    ] as const) {
      const page = await open(device, urlPath);
      // Closed data tables hide their scroll regions; open them so every target is measured.
      await page.$$eval('details', (all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      problems.push(...(await page.evaluate(undersizedTargets)).map((p) => `${name} target: ${p}`));
      if (device === SMALL_PHONE) {
        problems.push(...(await page.evaluate(headingProblems)).map((p) => `headings: ${p}`));
        const lang = await page.evaluate(() => document.documentElement.lang);
        const expected = LANG_TAG[splitLocalePath(urlPath).lang];
        if (lang !== expected) problems.push(`<html lang="${lang}">, expected ${expected}`);
        if (expected === LANG_TAG.en)
          problems.push(...(await page.evaluate(unmarkedChinese)).map((p) => `Chinese without lang="zh-CN": ${p}`));
        else problems.push(...(await page.evaluate(unmarkedEnglish)).map((p) => `English without lang="en": ${p}`));
      }
      await page.context().close();
    }
    expect(problems, `\n${problems.join('\n')}\n`).toEqual([]);
  });
});
