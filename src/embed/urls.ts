/**
 * The one URL module: every public path of a chart (its page, latest and pinned embeds, downloads per
 * data version), of the data files, and the three embed codes. Pages, the sitemap, `charts.json`,
 * the data index and the `/embed.js` loader all build URLs here. Every URL is published for good
 * (see the URL ledger), so a change here must keep old paths alive. The loader bundles this file for
 * partner pages: keep it free of Node and of anything heavy.
 */
import { escapeXml } from '../text/escape-xml.ts';
import { LANGS, localePath, ORIGINAL_LANG, type Lang } from '../text/lang.ts';

/** Public URL paths of one data version's files. */
export function versionUrls(dataset: string, version: number): { json: string; csv: string } {
  return { json: `/data/${dataset}/v${version}.json`, csv: `/data/${dataset}/v${version}.csv` };
}

/** The newest version of a dataset, which follows updates. */
export function latestUrl(dataset: string): string {
  return `/data/${dataset}/latest.json`;
}

/** The site's fixed public paths. */
export const SITE_PATHS = {
  home: '/',
  /** Every chart, for the newsroom. */
  charts: '/charts/',
  /** Every chart as JSON, for tools. */
  chartsJson: '/charts.json',
  /** Every dataset and version as JSON. */
  dataIndex: '/data/index.json',
  /** The embed loader partner pages load. */
  embedScript: '/embed.js',
  sitemap: '/sitemap.xml',
} as const;

/**
 * The fixed public paths each edition has of its own: the home page and the chart index are pages
 * in the edition's language; `charts.json`, the data, the loader and the sitemap serve every edition.
 */
export function editionPaths(lang: Lang): { home: string; charts: string } {
  return { home: localePath(lang, SITE_PATHS.home), charts: localePath(lang, SITE_PATHS.charts) };
}

/** Every edition's fixed paths, the original's (`SITE_PATHS`) first: what the sitemap and ledger expect. */
export const EDITION_PATHS: Readonly<Record<Lang, { home: string; charts: string }>> = {
  zh: editionPaths('zh'),
  en: editionPaths('en'),
};

/** A story's page in `lang`'s edition: `/changchun/`, `/en/changchun/`. */
export function storyUrl(slug: string, lang: Lang = ORIGINAL_LANG): string {
  return localePath(lang, `/${slug}/`);
}

/** A chart's own page in `lang`'s edition: `/charts/<id>/`, `/en/charts/<id>/`. */
export function chartPageUrl(chartId: string, lang: Lang = ORIGINAL_LANG): string {
  return localePath(lang, `/charts/${chartId}/`);
}

/**
 * The embed page in `lang`'s edition: latest data when `version` is omitted, frozen at that data
 * version otherwise (`/embed/<id>/v2/`, `/en/embed/<id>/v2/`).
 */
export function embedUrl(chartId: string, version?: number, lang: Lang = ORIGINAL_LANG): string {
  return localePath(lang, version === undefined ? `/embed/${chartId}/` : `/embed/${chartId}/v${version}/`);
}

/** Whether `value` names an edition (`data-lang` on a loader embed, a route parameter). */
export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

export interface DownloadUrls {
  /** Standalone SVG with title, source and version. */
  svg: string;
  /** PNG for WeChat articles: 677 px column at 2× (1354 px wide). */
  pngWechat: string;
  /** PNG for social posts: 1200×675. */
  pngSocial: string;
  /** The chart's data table as CSV (UTF-8 with BOM). */
  csv: string;
  /** The chart's data table and metadata as JSON. */
  json: string;
}

/** A chart's downloads at one data version, in `lang`'s edition (`/en/downloads/…` holds English files). */
export function downloadUrls(chartId: string, version: number, lang: Lang = ORIGINAL_LANG): DownloadUrls {
  const base = localePath(lang, `/downloads/${chartId}/v${version}/${chartId}-v${version}`);
  return {
    svg: `${base}.svg`,
    pngWechat: `${base}-wechat.png`,
    pngSocial: `${base}-social.png`,
    csv: `${base}-data.csv`,
    json: `${base}-data.json`,
  };
}

export interface EmbedCodes {
  /**
   * For pages that already load pym.js 1.3.2. Sets `xdomain` (see `pymXdomain`), so pym.js obeys
   * only messages from our origin: without it any frame on the partner page could resize our
   * iframe, scroll the page or navigate its top window.
   */
  pym: string;
  /** Our own loader: a div and one async script. */
  loader: string;
  /** A plain iframe with a fixed height, for CMSes that strip scripts. */
  iframe: string;
}

/** What an embed code needs to know of a chart. */
export interface EmbeddableChart {
  id: string;
  title: string;
  /** Height of a plain iframe, in pixels. */
  embedHeight: number;
}

/**
 * pym.js's `xdomain` for `origin`: exactly that origin, and nothing else. pym.js 1.3.2 checks a
 * message with `event.origin.match(new RegExp(xdomain + '$'))` (dist/pym.v1.js, `_isSafeMessage`),
 * so the origin is escaped as a regular expression (a bare `.` would let `graphicsxexample.com`
 * pass for `graphics.example.com`) and given a `^` so the pattern is the whole origin (pym.js adds
 * only the `$`).
 */
export function pymXdomain(origin: string): string {
  return `^${new URL(origin).origin.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}`;
}

/**
 * JSON for a value written inside an inline `<script>` of the partner's page, with `<` as `\u003c`
 * so a chart title holding `</script>` or `<!--` cannot end or upset the script.
 */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * Embed codes for a chart in `lang`'s edition, pinned to `version` when given. `origin` is the
 * site's public origin. The loader code carries `data-lang` only outside the original edition, so
 * the Chinese codes stay exactly as published.
 */
export function embedCodes(
  origin: string,
  chart: EmbeddableChart,
  version?: number,
  lang: Lang = ORIGINAL_LANG,
): EmbedCodes {
  const { title } = chart;
  const url = new URL(embedUrl(chart.id, version, lang), origin).href;
  const suffix = lang === ORIGINAL_LANG ? '' : `-${lang}`;
  const elementId = `chart-${chart.id}${version === undefined ? '' : `-v${version}`}${suffix}`;
  const safeTitle = escapeXml(title);
  return {
    pym: [
      `<div id="${elementId}"></div>`,
      lang === ORIGINAL_LANG
        ? `<!-- 需要页面已加载 pym.js 1.3.2 (requires pym.js 1.3.2 on the page) -->`
        : `<!-- requires pym.js 1.3.2 on the page (需要页面已加载 pym.js 1.3.2) -->`,
      `<script>new pym.Parent(${scriptJson(elementId)}, ${scriptJson(url)}, { title: ${scriptJson(title)}, xdomain: ${scriptJson(pymXdomain(origin))} });</script>`,
    ].join('\n'),
    loader: [
      `<div data-chart-embed="${chart.id}"${version === undefined ? '' : ` data-version="${version}"`}${lang === ORIGINAL_LANG ? '' : ` data-lang="${lang}"`} data-title="${safeTitle}" data-height="${chart.embedHeight}"></div>`,
      `<script async src="${new URL(SITE_PATHS.embedScript, origin).href}"></script>`,
    ].join('\n'),
    iframe: `<iframe src="${url}" title="${safeTitle}" width="100%" height="${chart.embedHeight}" loading="lazy" frameborder="0"></iframe>`,
  };
}

/**
 * A story's share card (the `og:image` of its page), a 1200×675 PNG in `lang`'s edition:
 * `/share/<slug>.png`, `/en/share/<slug>.png`.
 */
export function shareCardUrl(slug: string, lang: Lang = ORIGINAL_LANG): string {
  return localePath(lang, `/share/${slug}.png`);
}

/**
 * The static oEmbed response of an embed: `/oembed/<chart-id>/latest.json` for the embed that follows
 * the newest data, `/oembed/<chart-id>/v<N>.json` for one pinned to data version N; under `/en/` in
 * the English edition.
 */
export function oembedUrl(chartId: string, version?: number, lang: Lang = ORIGINAL_LANG): string {
  return localePath(lang, `/oembed/${chartId}/${version === undefined ? 'latest' : `v${version}`}.json`);
}

/** The editions that have embed pages: every edition. */
export const EMBED_LANGS: readonly Lang[] = LANGS;

/** One embed page of a chart and the oEmbed response that describes it. */
export interface ChartEmbed {
  chartId: string;
  /** The data version it is pinned to; undefined for the embed that follows the newest data. */
  version?: number;
  lang: Lang;
  /** The embed page's path. */
  embed: string;
  /** Its oEmbed response's path. */
  oembed: string;
}

/** Every embed of a chart whose dataset has `versions`: latest and each pinned version, per edition. */
export function chartEmbeds(chartId: string, versions: readonly number[], langs = EMBED_LANGS): ChartEmbed[] {
  return langs.flatMap((lang) =>
    [undefined, ...versions].map((version) => ({
      chartId,
      ...(version === undefined ? {} : { version }),
      lang,
      embed: embedUrl(chartId, version, lang),
      oembed: oembedUrl(chartId, version, lang),
    })),
  );
}
