/**
 * Editor-supplied text can never become mark-up or script. In a copy of the project, every text
 * field of every dataset (in a new, published version: whatever number comes next), of
 * content/pictures.json and of every story's frontmatter gets a payload drawn by fast-check from hostile templates, each tagged with
 * its own marker; the site is built and the story, home, chart pages, embeds and SVG downloads are
 * opened in Chromium. No dialog opens, no payload script runs, no element or attribute carries a
 * marker, and the payloads read back as plain text (in structured data too, which must stay JSON). Ids, dates, enum values and URLs are left
 * alone (their schemas restrict them); a javascript: URL in a source is refused with a plain
 * editor report. A payload that made the build fail would have to fail it the same clean way.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import yaml from 'js-yaml';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStaticServer } from '../../scripts/lib/static-server.ts';
import { CHARTS } from '../../src/charts/index.ts';
import { loadCatalog } from '../../src/data/catalog.ts';
import { DATASET_SCHEMAS, type DatasetId } from '../../src/schemas/index.ts';
import { launchChromium, PHONE } from '../helpers/browser.ts';
import { numReferences, readStories } from '../helpers/stories.ts';
import { BUILDABLE, runProjectScript, tempProject } from '../helpers/temp-project.ts';

const STORIES = readStories();
/** A reference a story really makes, so a payload that became a component would render a figure. */
const SAMPLE_REFERENCE = STORIES.flatMap((story) => numReferences(story.mdx))[0] ?? 'dataset.field';

/** A payload for marker `m` (lower-case letters and digits, so it can name a tag or attribute). */
type Template = (m: string) => string;

const TEMPLATES: Template[] = [
  (m) => `<script>window.__xss="${m}"</script>`,
  (m) => `<img src=x data-${m} onerror=window.__xss="${m}">`,
  (m) => `"><svg data-${m} onload=window.__xss="${m}">`,
  (m) => `'><img src=x data-${m} onerror=alert("${m}")>`,
  (m) => `</title><script>window.__xss="${m}"</script><title>`,
  (m) => `</textarea><script>window.__xss="${m}"</script>`,
  (m) => `--><script>window.__xss="${m}"</script><!--`,
  (m) => `]]><script data-${m}>window.__xss="${m}"</script>`,
  (m) => `<a data-${m} href="javascript:window.__xss='${m}'">${m}</a>`,
  (m) => `javascript:window.__xss='${m}'`,
  (m) => `{${m}} {{${m}}} \${${m}} {/* ${m} */}`,
  (m) => `<Num of="${SAMPLE_REFERENCE}" data-${m} />`,
  (m) => `&lt;b data-${m}&gt;${m}&lt;/b&gt; &amp;amp; &#60;i&#62;`,
  (m) => `\u202e${m}\u200b\u200d\u2066lrm\u2069`,
  (m) => `<style>body{display:none}</style><${m}-x>${m}</${m}-x>`,
];

/** Fields that hold ids, dates, enum values, file names, URLs or numbers: their schemas restrict them. */
const NOT_TEXT = new Set(['id', 'date', 'as_of', 'section', 'qualifier', 'kind', 'url', 'file', 'picture', 'version']);
const MARKER = /xq\d+z/;

interface Placed {
  marker: string;
  payload: string;
  where: string;
}

/** Puts `original + payload` into every text field of `value` (keeping checks such as 示意图 in credits). */
function poison(value: unknown, where: string, next: (where: string, original: string) => string, key = ''): unknown {
  if (typeof value === 'string') return NOT_TEXT.has(key) ? value : next(where, value);
  if (Array.isArray(value)) return value.map((item, i) => poison(item, `${where}[${i}]`, next, key));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, `${where}.${k}`, next, k)]));
  return value;
}

const DATASETS = Object.keys(DATASET_SCHEMAS) as DatasetId[];

/** The version each dataset's poisoned copy gets: the one after its newest. */
function nextVersions(root: string): Map<DatasetId, number> {
  const catalog = loadCatalog(root, { includeDrafts: true });
  return new Map(DATASETS.map((dataset) => [dataset, (catalog.versions.get(dataset)?.at(-1)?.version ?? 0) + 1]));
}

/** Writes payloads into a fresh copy of the project and publishes them; returns what went where. */
function poisonProject(root: string, next: Map<DatasetId, number>, choice: (i: number) => number): Placed[] {
  const placed: Placed[] = [];
  const payload = (where: string, original: string): string => {
    const marker = `xq${placed.length}z`;
    const payload = (TEMPLATES[choice(placed.length)] ?? TEMPLATES[0] ?? String)(marker);
    placed.push({ marker, payload, where });
    return `${original}${payload}`;
  };
  for (const dataset of DATASETS) {
    const made = runProjectScript(root, 'new-data-version.ts', [dataset]);
    expect(made.code, made.out).toBe(0);
    const relative = `data/${dataset}/v${next.get(dataset)}.json`;
    const file = path.join(root, relative);
    const draft = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const poisoned = poison({ ...draft, note: '测试：每个文字字段都带有攻击样本。' }, relative, payload);
    writeFileSync(file, `${JSON.stringify(poisoned, null, 2)}\n`);
  }
  const pictures = path.join(root, 'content/pictures.json');
  writeFileSync(pictures, JSON.stringify(poison(JSON.parse(readFileSync(pictures, 'utf8')), 'pictures.json', payload)));
  for (const { file } of STORIES) {
    const story = path.join(root, file);
    const [, front = '', body = ''] = /^---\n([^]*?)\n---\n([^]*)$/.exec(readFileSync(story, 'utf8')) ?? [];
    const matter = poison(yaml.load(front), `${file} frontmatter`, payload);
    writeFileSync(story, `---\n${yaml.dump(matter, { lineWidth: -1 })}---\n${body}`);
  }
  const published = runProjectScript(root, 'publish-data-version.ts', ['--all']);
  expect(published.code, published.out).toBe(0);
  return placed;
}

/** A failed build must be an editor's report, never an internal error or a stack trace. */
function expectCleanEditorError(out: string): void {
  expect(out).not.toContain('内部错误');
  expect(out).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(out).toMatch(/✗/);
}

interface PageFindings {
  dialogs: string[];
  xss: unknown;
  /** Elements whose tag or attribute names carry a marker, and script-bearing attributes. */
  injected: string[];
  /** Markers in the page's text (including SVG text and <title>), and in attribute values. */
  textMarkers: string[];
  text: string;
}

async function inspect(page: Page, url: string): Promise<PageFindings> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    document.querySelectorAll('details').forEach((d) => (d.open = true));
  });
  await page.waitForTimeout(200);
  const found = await page.evaluate((markerSource) => {
    const marker = new RegExp(markerSource, 'g');
    const injected: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      const tag = el.tagName.toLowerCase();
      if (marker.test(tag)) injected.push(`<${tag}>`);
      marker.lastIndex = 0;
      for (const attr of el.attributes) {
        if (marker.test(attr.name) || /^on/i.test(attr.name)) injected.push(`<${tag} ${attr.name}>`);
        marker.lastIndex = 0;
        if (/^\s*javascript:/i.test(attr.value)) injected.push(`<${tag} ${attr.name}="${attr.value.slice(0, 40)}">`);
      }
      const isData = tag === 'script' && el.getAttribute('type') === 'application/ld+json';
      if (tag === 'script' && !isData && marker.test(el.textContent ?? '')) injected.push('<script> with a payload');
      marker.lastIndex = 0;
    }
    // Structured data (JSON-LD) is never run, and holds editor text by design: it must carry no raw
    // "<" (so nothing can end the element) and parse, and its strings then count as shown text.
    const data: string[] = [];
    for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
      const raw = script.textContent ?? '';
      if (raw.includes('<')) injected.push('<script type="application/ld+json"> with a raw "<"');
      try {
        JSON.parse(raw, (_key, value: unknown) => {
          if (typeof value === 'string') data.push(value);
          return value;
        });
      } catch {
        injected.push('<script type="application/ld+json"> that is not JSON');
      }
      script.remove();
    }
    const text = `${document.title}\n${document.documentElement.textContent ?? ''}\n${data.join('\n')}`;
    return {
      injected,
      text,
      textMarkers: [...new Set(text.match(marker) ?? [])],
      xss: (window as unknown as { __xss?: unknown }).__xss,
    };
  }, MARKER.source);
  return { ...found, dialogs };
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('hostile text in every editor field', () => {
  test('a javascript: URL as a source is refused with a plain editor report', () => {
    const project = tempProject(BUILDABLE);
    try {
      expect(runProjectScript(project.root, 'new-data-version.ts', ['quotes']).code).toBe(0);
      const file = path.join(project.root, `data/quotes/v${nextVersions(project.root).get('quotes')}.json`);
      const draft = JSON.parse(readFileSync(file, 'utf8')) as { note: string; sources: Record<string, unknown>[] };
      draft.note = '测试';
      if (draft.sources[0]) draft.sources[0]['url'] = "javascript:alert('xss')";
      writeFileSync(file, JSON.stringify(draft, null, 2));
      const checked = runProjectScript(project.root, 'check-data.ts');
      expect(checked.code, checked.out).toBe(1);
      expectCleanEditorError(checked.out);
      expect(checked.out).toContain('sources[0].url');
    } finally {
      project.cleanup();
    }
  });

  test('builds into pages where every payload is plain text', async () => {
    let builds = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat({ max: TEMPLATES.length - 1 }), { minLength: 256, maxLength: 256 }),
        async (choices) => {
          const project = tempProject(BUILDABLE);
          try {
            const next = nextVersions(project.root);
            const placed = poisonProject(project.root, next, (i) => choices[i % choices.length] ?? 0);
            expect(placed.length).toBeGreaterThan(100);
            const built = runProjectScript(project.root, 'build-site.ts');
            if (built.code !== 0) {
              expectCleanEditorError(built.out);
              return;
            }
            builds++;
            const server = await startStaticServer({ root: path.join(project.root, 'dist') });
            // The pages' CSP would stop an injected script from running and hide the injection:
            // bypass it, so that a payload that became code would run and be seen.
            const context = await browser.newContext({ ...PHONE, bypassCSP: true });
            try {
              const pinned = (c: (typeof CHARTS)[number]) => `v${next.get(c.dataset)}`;
              const urls = [
                '/',
                ...STORIES.map((story) => story.urlPath),
                '/charts/',
                ...CHARTS.flatMap((c) => [`/charts/${c.id}/`, `/embed/${c.id}/`, `/embed/${c.id}/${pinned(c)}/`]),
                ...CHARTS.map((c) => `/downloads/${c.id}/${pinned(c)}/${c.id}-${pinned(c)}.svg`),
              ];
              const seen = new Set<string>();
              const problems: string[] = [];
              for (const urlPath of urls) {
                const page = await context.newPage();
                const found = await inspect(page, server.url + urlPath);
                await page.close();
                for (const m of found.textMarkers) seen.add(m);
                if (found.dialogs.length > 0) problems.push(`${urlPath}: dialog ${found.dialogs.join(', ')}`);
                if (found.xss !== undefined) problems.push(`${urlPath}: a payload ran (__xss = ${String(found.xss)})`);
                for (const what of found.injected) problems.push(`${urlPath}: injected ${what}`);
                // Every payload shown on the page reads back whole, as the editor typed it.
                // (Chart labels may be wrapped onto lines: compare without white space.)
                const flat = found.text.replace(/\s+/g, '');
                for (const p of placed) {
                  if (found.textMarkers.includes(p.marker) && !flat.includes(p.payload.replace(/\s+/g, '')))
                    problems.push(`${urlPath}: ${p.where} is not shown as typed: ${JSON.stringify(p.payload)}`);
                }
              }
              expect(problems, problems.join('\n')).toEqual([]);
              // The check saw the payloads: from every story's headline, the pictures and quotes the
              // stories show, and the data of every chart.
              const shown = placed.filter((p) => seen.has(p.marker)).map((p) => p.where);
              console.log(
                `xss: ${placed.length} text fields poisoned, ${shown.length} of them shown on ${urls.length} pages`,
              );
              const uses = (component: string) => STORIES.some((story) => story.mdx.includes(`<${component} `));
              for (const source of [
                ...STORIES.map((story) => `${story.file} frontmatter.title`),
                ...(uses('Picture') || uses('BeforeAfter') ? ['pictures.json'] : []),
                ...(uses('Quote') ? [`data/quotes/v${next.get('quotes')}.json`] : []),
                ...new Set(CHARTS.map((c) => `data/${c.dataset}/v${next.get(c.dataset)}.json`)),
              ])
                expect(
                  shown.some((where) => where.startsWith(source)),
                  `${source} shown`,
                ).toBe(true);
            } finally {
              await context.close();
              await server.close();
            }
          } finally {
            project.cleanup();
          }
        },
      ),
      { numRuns: 2, seed: Number(process.env['XSS_SEED'] ?? 20250711), endOnFailure: true },
    );
    expect(builds, 'at least one poisoned build succeeded').toBeGreaterThan(0);
  }, 600_000);
});
