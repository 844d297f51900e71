/**
 * The built site, read as files: every page is Chinese, has a strict CSP, loads nothing from other
 * origins and has no inline style attributes; each story shows every figure from data, its charts
 * are accessible SVGs with tables, it says which data versions it was built from; embeds carry no
 * site furniture; the data files are the locked bytes. What to expect is read from the project's
 * stories and data, so the checks hold for any content.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { CHARTS } from '../../src/charts/index.ts';
import { fillPlaceholders, lookupFact } from '../../src/data/figures.ts';
import { loadCatalog, type Catalog, type CatalogVersion } from '../../src/data/catalog.ts';
import type { DatasetId } from '../../src/schemas/index.ts';
import { readLedger, builtUrls } from '../../src/embed/url-ledger.ts';
import { componentIds, numReferences, readStories } from '../helpers/stories.ts';
import { LANG_TAG, LANGS, splitLocalePath } from '../../src/text/lang.ts';
import { chartPageUrl, embedUrl } from '../../src/embed/urls.ts';
import { QUOTE_TRANSLATIONS_FILE } from '../../src/schemas/quote-translations.ts';
import { ROOT } from '../helpers/temp-project.ts';

const DIST = process.env['DIST_DIR'] ?? path.join(ROOT, 'dist');
const SITE = new URL(process.env['SITE_URL'] ?? 'http://localhost:4321').origin;
const catalog = loadCatalog(ROOT, { includeDrafts: false });

function htmlFiles(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

function load(urlPath: string): Document {
  const file = path.join(DIST, urlPath, urlPath.endsWith('.html') ? '' : 'index.html');
  return parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
}

const pages = htmlFiles();

/** The newest version of a dataset, typed, if the site has one. */
function findLatest<D extends DatasetId>(from: Catalog, dataset: D): CatalogVersion<D> | undefined {
  return from.versions.get(dataset)?.at(-1) as CatalogVersion<D> | undefined;
}

/** Every text the data holds outside its source sentences and notes: names, labels, places, quotes. */
function dataTexts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(dataTexts);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) =>
      ['sources', 'note', 'as_of_note'].includes(key) ? [] : dataTexts(inner),
    );
  return [];
}
const DATA_NAMES = [...catalog.versions.values()].flatMap((versions) => dataTexts(versions.at(-1)?.data));
/** The English edition's names: the data's English labels, and our English picture texts and quote translations. */
const EN_NAMES = [
  ...DATA_NAMES,
  ...['content/pictures.json', QUOTE_TRANSLATIONS_FILE].flatMap((file) =>
    dataTexts(JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'))),
  ),
];

describe('every page', () => {
  test('there are pages to check', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  test.each(pages.map((file) => [path.relative(DIST, file)]))(
    '%s: its edition’s lang (zh-CN, or en under /en/), title, description, viewport, strict CSP',
    (relative) => {
      const html = readFileSync(path.join(DIST, relative), 'utf8');
      const { document } = parseHTML(html);
      const edition = splitLocalePath(`/${relative.split(path.sep).join('/')}`).lang;
      expect(document.documentElement.getAttribute('lang')).toBe(LANG_TAG[edition]);
      expect(document.querySelector('title')?.textContent?.trim()).toBeTruthy();
      expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBeTruthy();
      expect(document.querySelector('meta[name="viewport"]')?.getAttribute('content')).toContain('width=device-width');
      // One main landmark, so screen-reader users can jump to the content.
      expect(document.querySelectorAll('main').length).toBe(1);
      const csp = document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toMatch(/script-src 'self'/);
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      // Inline style attributes would need 'unsafe-inline'.
      expect(html).not.toMatch(/\sstyle="/);
    },
  );

  test.each(pages.map((file) => [path.relative(DIST, file)]))('%s: loads nothing from another origin', (relative) => {
    const { document } = parseHTML(readFileSync(path.join(DIST, relative), 'utf8'));
    const loaded = [
      ...[...document.querySelectorAll('[src]')].map((el) => el.getAttribute('src') ?? ''),
      ...[...document.querySelectorAll('link[href]:not([rel="canonical"])')].map((el) => el.getAttribute('href') ?? ''),
      ...[...document.querySelectorAll('[srcset]')].flatMap((el) =>
        (el.getAttribute('srcset') ?? '').split(',').map((part) => part.trim().split(/\s+/)[0] ?? ''),
      ),
    ];
    for (const url of loaded) {
      const absolute = new URL(url, SITE);
      expect(absolute.origin, `${relative}: ${url}`).toBe(SITE);
    }
  });
});

describe.each(readStories().map((story) => [story.urlPath, story] as const))('the story %s', (urlPath, story) => {
  const document = load(urlPath);
  const { mdx, frontmatter, lang } = story;
  const references = numReferences(mdx);
  const figures = references.filter((reference) => !/\.(date|as_of)$/.test(reference));

  test('every figure in the prose is a data element; headline and standfirst are filled from the data', () => {
    const numbers = [...document.querySelectorAll('.story-body data.num')];
    expect(numbers.length).toBe(figures.length);
    expect(document.querySelectorAll('.story-body time.num').length).toBe(references.length - figures.length);
    expect(document.querySelector('h1')?.textContent).toBe(fillPlaceholders(catalog, frontmatter.title, lang).text);
    const dek = fillPlaceholders(catalog, frontmatter.dek, lang);
    expect(dek.misses).toEqual([]);
    expect(document.querySelector('.story-dek')?.textContent).toBe(dek.text);
    expect(dek.text).not.toMatch(/[{}]/);
  });

  test('figures sit inside the sentences they belong to, never in paragraphs of their own', () => {
    for (const num of document.querySelectorAll('.story-body .num')) {
      expect(num.closest('p, li, h1, h2, h3, figcaption'), num.outerHTML).toBeTruthy();
    }
    // A paragraph that starts with a comma or full stop was torn from the sentence before it.
    const torn = [...document.querySelectorAll('.story-body p')].filter((p) =>
      /^[，。、；：！？,.;:!?]/.test((p.textContent ?? '').trim()),
    );
    expect(torn.map((p) => p.textContent)).toEqual([]);
  });

  test('each figure shows the value of the field it names', () => {
    for (const reference of figures) {
      const found = lookupFact(catalog, reference);
      expect(found.ok, reference).toBe(true);
      if (found.ok && found.fact.kind === 'figure') {
        const shown = [...document.querySelectorAll(`.story-body data.num[value="${found.fact.value}"]`)].map(
          (el) => el.textContent,
        );
        expect(shown.length, reference).toBeGreaterThan(0);
      }
    }
  });

  test('no number is typed into the prose: digits appear only inside data, dates, quotes, charts and names', () => {
    const body = document.querySelector('.story-body')?.cloneNode(true) as Element;
    for (const el of body.querySelectorAll(
      'script, data, time, figure, blockquote, svg, table, details, [data-before-after]',
    ))
      el.remove();
    const text = body.textContent ?? '';
    // A name may hold digits (a hotline number, a metro line): allowed when the data spells the
    // same name, digits and the characters beside them, outside its figures' source sentences.
    // In English a name is told by the word before or after its number ("Line 3", "12345 government").
    const leftovers =
      lang === 'en'
        ? [...text.matchAll(/(\S+ )?(\d+\w*)( [^\s,.;:)]+)?/g)]
            .filter(([, before = '', number = '', after = '']) =>
              [`${before}${number}`, `${number}${after}`].every(
                (phrase) => phrase === number || !EN_NAMES.some((name) => name.includes(phrase)),
              ),
            )
            .map((match) => match[0])
        : [...text.matchAll(/\d+/g)]
            .map((match) => text.slice(Math.max(0, match.index - 1), match.index + match[0].length + 1))
            .filter((around) => !DATA_NAMES.some((name) => name.includes(around)));
    expect(leftovers).toEqual([]);
  });

  test('every chart is a figure with an accessible SVG, a reading, a source line and a data table', () => {
    const figures = [...document.querySelectorAll('.story-body figure.chart[data-chart]')];
    expect(figures.length).toBe(componentIds(mdx, 'Chart').length);
    for (const figure of figures) {
      const svg = figure.querySelector('svg[role="img"]');
      expect(svg, figure.getAttribute('data-chart') ?? '').toBeTruthy();
      const title = document.getElementById(svg?.getAttribute('aria-labelledby') ?? '');
      const desc = document.getElementById(svg?.getAttribute('aria-describedby') ?? '');
      expect(title?.textContent?.length).toBeGreaterThan(3);
      expect(desc?.textContent?.length).toBeGreaterThan(20);
      expect(figure.querySelector('.chart-reading')?.textContent).toBeTruthy();
      expect(figure.querySelector('.chart-credit')?.textContent).toMatch(
        lang === 'en' ? /Source: .*Data: \S+ v\d+, as of / : /来源.*数据：\S+ 第\d+版/,
      );
      expect(figure.querySelectorAll('details table tbody tr').length).toBeGreaterThan(0);
    }
  });

  test('ids are unique (two renderings of a chart never clash)', () => {
    const ids = [...document.querySelectorAll('[id]')].map((el) => el.getAttribute('id'));
    expect(ids.length).toBe(new Set(ids).size);
  });

  test('each scrollytelling section has a state for every step', () => {
    const sections = [...document.querySelectorAll('[data-scrolly]')];
    expect(sections.length).toBe((mdx.match(/<Scrolly[\s>]/g) ?? []).length);
    for (const section of sections) {
      const steps = section.querySelectorAll('[data-step]');
      const states = section.querySelectorAll('[data-state-index]');
      expect(steps.length).toBeGreaterThan(0);
      expect(states.length).toBe(steps.length);
      expect(section.getAttribute('data-active-step')).toBe('0');
      steps.forEach((step, i) => expect(step.getAttribute('data-chart')).toBe(states[i]?.getAttribute('data-chart')));
    }
  });

  test('quotes carry who said them: name, role and place from the data', () => {
    const quotes = [...document.querySelectorAll('figure.quote')];
    expect(quotes.length).toBe(componentIds(mdx, 'Quote').length);
    const data = findLatest(catalog, 'quotes')?.data.quotes ?? [];
    for (const quote of quotes) {
      const id = quote.getAttribute('data-quote');
      const entry = data.find((q) => q.id === id);
      expect(entry, String(id)).toBeDefined();
      if (lang === 'en') {
        // Our translation, marked as ours, with the original Chinese in zh-CN.
        expect(quote.querySelector('figcaption')?.textContent).toContain('(translated by us)');
        const original = quote.querySelector('[lang="zh-CN"]');
        expect(original?.textContent).toBe(`“${entry?.text}”`);
        expect(quote.querySelector('blockquote')?.textContent).not.toContain(entry?.text ?? '');
        continue;
      }
      const who = [entry?.name, entry?.role, entry?.place].filter(Boolean).join('，');
      expect(quote.querySelector('figcaption')?.textContent?.trim()).toBe(`—— ${who}`);
    }
  });

  test('it says which data versions it was built from, with links to that JSON', () => {
    const listed = [...document.querySelectorAll('.data-versions li[data-dataset]')].map(
      (item) => item.getAttribute('data-dataset') ?? '',
    );
    // At least every dataset the story draws on is listed.
    const used = new Set([
      ...references.map((reference) => reference.split('.')[0] ?? ''),
      ...[...mdx.matchAll(/<(?:Chart id|Step chart)="([^"]+)"/g)].map(
        (match) => CHARTS.find((chart) => chart.id === match[1])?.dataset ?? `chart ${match[1]}`,
      ),
      ...(componentIds(mdx, 'Quote').length > 0 ? ['quotes'] : []),
    ]);
    for (const dataset of used) expect(listed, dataset).toContain(dataset);
    for (const dataset of listed) {
      const latest = catalog.versions.get(dataset as never)?.at(-1);
      expect(latest, dataset).toBeDefined();
      const item = document.querySelector(`.data-versions li[data-dataset="${dataset}"]`);
      expect(item?.getAttribute('data-version')).toBe(String(latest?.version));
      expect(item?.querySelector(`a[href="/data/${dataset}/v${latest?.version}.json"]`)).toBeTruthy();
      // The date and the links must not run together ("2025年JSON").
      expect(item?.textContent?.replace(/\s+/g, '')).toMatch(
        lang === 'en' ? /dataasof[^.]+\.DownloadJSON·CSV$/ : /数据截至[^。]+。下载JSON·CSV$/,
      );
    }
  });

  test('illustrations are labelled as illustrations, photos never are, and every picture has alt text', () => {
    const pictures = [...document.querySelectorAll('.story-body figure.picture')];
    expect(pictures.length).toBe(componentIds(mdx, 'Picture').length);
    expect(document.querySelectorAll('.story-body [data-before-after]').length).toBe(
      componentIds(mdx, 'BeforeAfter').length,
    );
    for (const picture of pictures) {
      const caption = picture.querySelector('figcaption')?.textContent ?? '';
      if (picture.getAttribute('data-kind') === 'illustration')
        expect(caption, picture.outerHTML.slice(0, 120)).toContain(
          lang === 'en' ? 'Illustration, not a photograph' : '示意图',
        );
      else expect(picture.querySelector('.picture-notice'), picture.outerHTML.slice(0, 120)).toBeNull();
    }
    for (const pair of document.querySelectorAll('.story-body [data-before-after]')) {
      if (pair.querySelector('.picture-notice'))
        expect(pair.querySelector('figcaption')?.textContent, pair.outerHTML.slice(0, 120)).toContain(
          lang === 'en' ? 'Illustration, not a photograph' : '示意图',
        );
    }
    for (const img of document.querySelectorAll('img')) expect(img.getAttribute('alt')?.trim()).toBeTruthy();
  });
});

describe('embeds', () => {
  test.each(CHARTS.flatMap((chart) => LANGS.map((lang) => [chart.id, lang, chart.dataset] as const)))(
    '%s (%s): latest and pinned embeds reuse the chart and carry no site furniture',
    (id, lang, dataset) => {
      const versions = (catalog.versions.get(dataset) ?? []).map((v) => v.version);
      expect(versions.length).toBeGreaterThan(0);
      for (const urlPath of [embedUrl(id, undefined, lang), ...versions.map((v) => embedUrl(id, v, lang))]) {
        const document = load(urlPath);
        expect(document.documentElement.getAttribute('lang')).toBe(LANG_TAG[lang]);
        expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
        expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
          `${SITE}${chartPageUrl(id, lang)}`,
        );
        expect(document.querySelectorAll(`figure.chart[data-chart="${id}"]`).length).toBe(1);
        expect(
          document.querySelector('.story-header, .story-footer, .data-versions, .editor-problems, nav'),
        ).toBeNull();
        expect(document.querySelector(`.embed-footer a[href^="${lang === 'en' ? '/en/' : '/'}"]`)).toBeTruthy();
      }
      for (const version of versions)
        expect(
          load(embedUrl(id, version, lang))
            .querySelector('figure.chart')
            ?.getAttribute('data-version'),
        ).toBe(String(version));
    },
  );
});

describe('chart pages and charts.json', () => {
  interface Edition {
    title: string;
    page: string;
    embed: { latest: string; pinned: Record<string, string> };
    downloads: Record<string, Record<string, string>>;
    embed_codes: { pinned: Record<string, string> };
  }
  const manifest = JSON.parse(readFileSync(path.join(DIST, 'charts.json'), 'utf8')) as {
    languages: string[];
    charts: (Edition & { id: string; editions: Record<string, Edition> })[];
  };
  const exists = (absolute: string): boolean => {
    const { pathname } = new URL(absolute);
    const file = path.join(DIST, pathname, pathname.endsWith('/') ? 'index.html' : '');
    return statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
  };

  test('lists every chart in every edition with URLs that exist', () => {
    expect(manifest.charts.map((c) => c.id).sort()).toEqual(CHARTS.map((c) => c.id).sort());
    expect(manifest.languages).toEqual([...LANGS]);
    for (const chart of manifest.charts) {
      expect(Object.keys(chart.editions)).toEqual([...LANGS]);
      // The top level is the original edition's, as published before there were editions.
      expect(chart.page).toBe(chart.editions['zh']?.page);
      for (const [lang, edition] of [['zh', chart] as const, ...Object.entries(chart.editions)]) {
        const prefix = `${SITE}${lang === 'en' ? '/en' : ''}/`;
        expect(exists(edition.page), edition.page).toBe(true);
        expect(edition.page.startsWith(`${prefix}charts/`), edition.page).toBe(true);
        expect(exists(edition.embed.latest)).toBe(true);
        for (const url of Object.values(edition.embed.pinned)) expect(exists(url), url).toBe(true);
        for (const files of Object.values(edition.downloads))
          for (const url of Object.values(files)) {
            expect(exists(url), url).toBe(true);
            expect(url.startsWith(`${prefix}downloads/`), url).toBe(true);
          }
        expect(edition.embed_codes.pinned['loader']).toContain(`${SITE}/embed.js`);
        expect(edition.embed_codes.pinned['iframe']).toMatch(/<iframe src="[^"]+\/v\d+\/" title="[^"]+"/);
        expect(edition.embed_codes.pinned['iframe']).toContain(`src="${prefix}embed/${chart.id}/`);
      }
      expect(chart.editions['en']?.embed_codes.pinned['loader']).toContain('data-lang="en"');
      expect(chart.editions['en']?.title).not.toBe(chart.title);
    }
  });

  test('each chart page, in every edition, offers the three embed codes and the change history', () => {
    for (const [chart, lang] of CHARTS.flatMap((c) => LANGS.map((l) => [c, l] as const))) {
      const document = load(chartPageUrl(chart.id, lang));
      // The other edition's page is one link away, and named in the head both ways.
      const other = lang === 'en' ? 'zh' : 'en';
      expect([...document.querySelectorAll('[data-lang-switch]')].map((a) => a.getAttribute('href'))).toEqual([
        chartPageUrl(chart.id, other),
      ]);
      expect(document.querySelector(`link[rel="alternate"][hreflang="${LANG_TAG[other]}"]`)?.getAttribute('href')).toBe(
        `${SITE}${chartPageUrl(chart.id, other)}`,
      );
      // linkedom leaves entities in <textarea> text undecoded; a browser decodes them.
      const decode = (text: string) =>
        text
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&amp;/g, '&');
      const codes = [...document.querySelectorAll('textarea')].map((el) => decode(el.textContent ?? ''));
      expect(codes.some((code) => code.includes('new pym.Parent('))).toBe(true);
      expect(codes.some((code) => code.includes('data-chart-embed='))).toBe(true);
      expect(codes.some((code) => code.startsWith('<iframe '))).toBe(true);
      expect(document.querySelectorAll('.history li').length).toBe(catalog.versions.get(chart.dataset)?.length);
    }
  });
});

describe('data files', () => {
  const index = JSON.parse(readFileSync(path.join(DIST, 'data/index.json'), 'utf8')) as {
    datasets: {
      id: string;
      versions: { version: number; json: string; csv: string; as_of: string; sources: unknown[] }[];
    }[];
  };

  test('the index lists every dataset and version with dates and sources', () => {
    expect(index.datasets.map((d) => d.id).sort()).toEqual([...catalog.versions.keys()].sort());
    for (const dataset of index.datasets) {
      expect(dataset.versions.length).toBe(catalog.versions.get(dataset.id as never)?.length);
      for (const version of dataset.versions) {
        expect(version.as_of).toMatch(/^\d{4}/);
        expect(version.sources.length).toBeGreaterThan(0);
      }
    }
  });

  test('every version is served as its locked bytes, as CSV with a BOM, and latest.json is the newest', () => {
    for (const [dataset, versions] of catalog.versions) {
      for (const version of versions) {
        expect(readFileSync(path.join(DIST, `data/${dataset}/v${version.version}.json`)).equals(version.bytes)).toBe(
          true,
        );
        expect(
          readFileSync(path.join(DIST, `data/${dataset}/v${version.version}.csv`))
            .subarray(0, 3)
            .toString('hex'),
        ).toBe('efbbbf');
      }
      expect(
        readFileSync(path.join(DIST, `data/${dataset}/latest.json`)).equals(versions.at(-1)?.bytes ?? Buffer.alloc(0)),
      ).toBe(true);
    }
  });
});

describe('published URLs', () => {
  test('every built URL is recorded in the ledger (run npm run urls:record after publishing)', () => {
    const ledger = new Set(readLedger(ROOT));
    const unrecorded = builtUrls(DIST).filter((url) => !ledger.has(url));
    expect(unrecorded, 'Run `npm run build && npm run urls:record` and commit data/published-urls.json').toEqual([]);
  });
});

describe.each(readStories().map((story) => [story.urlPath, story] as const))('the editions of %s', (urlPath, story) => {
  const document = load(urlPath);
  const editions = readStories().filter((other) => other.slug === story.slug);

  test('hreflang links name every edition, this one included, and the switch leads to the others', () => {
    const links = [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [
      link.getAttribute('hreflang'),
      new URL(link.getAttribute('href') ?? '').pathname,
    ]);
    const switches = [...document.querySelectorAll('[data-lang-switch]')].map((a) => a.getAttribute('href'));
    if (editions.length < 2) {
      expect(links).toEqual([]);
      expect(switches).toEqual([]);
      return;
    }
    for (const edition of editions) expect(links).toContainEqual([LANG_TAG[edition.lang], edition.urlPath]);
    expect(switches.sort()).toEqual(
      editions
        .filter((e) => e.lang !== story.lang)
        .map((e) => e.urlPath)
        .sort(),
    );
  });

  test('an edition other than the original says it is an adaptation and links the original', () => {
    const note = document.querySelector('[data-adaptation]');
    if (story.lang === 'zh') {
      expect(note).toBeNull();
      return;
    }
    expect(note?.textContent).toContain('English adaptation');
    expect(note?.querySelector(`a[href="/${story.slug}/"][lang="zh-CN"]`)).toBeTruthy();
    expect(note?.querySelector('cite[lang="zh-CN"]')).toBeTruthy();
  });

  test('every run of Chinese on an English page is marked zh-CN', () => {
    if (story.lang === 'zh') return;
    const body = document.querySelector('main')?.cloneNode(true) as Element;
    // Charts are the chart renderer's, checked by their own tests; only the story's words here.
    for (const el of body.querySelectorAll(
      '[lang="zh-CN"], script, style, svg, figure.chart, .scrolly-state, .scrolly-tables',
    ))
      el.remove();
    expect((body.textContent ?? '').match(/[\p{Script=Han}]+/gu) ?? []).toEqual([]);
  });
});
