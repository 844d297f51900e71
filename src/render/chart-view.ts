/**
 * A chart bound to one data version, with everything a consumer needs: its copy, its table, its
 * SVG at any width and state (the very SVG pages ship), its standalone download SVG, its credits and
 * its public URLs. The story, Scrolly, chart pages, embeds, `charts.json`, downloads and snapshot
 * tests all take a view; nothing below a page looks a chart up by id again. A view speaks one
 * edition's language: its copy, its SVGs, its credits and its URLs (`/en/charts/<id>/` …) all agree.
 */
import type { BoundChart, Chart } from '../charts/chart-definition.ts';
import type { Catalog } from '../data/catalog.ts';
import { chartPageUrl, downloadUrls, embedUrl, versionUrls, type DownloadUrls } from '../embed/urls.ts';
import { formatChineseDate, formatEnglishDate } from '../text/format-number.ts';
import { ORIGINAL_LANG, type Lang } from '../text/lang.ts';
import { renderChart } from './render-chart.ts';
import { standaloneSvg, type StandaloneSvg } from './standalone-svg.ts';

export interface ChartCredits {
  /** "来源：《长春以高效能治理助推高质量发展》", or "Source: 《…》 (in Chinese; the English is our translation)". */
  source: string;
  /** "数据：enclosures 第1版，截至2025年7月11日", or "Data: enclosures v1, as of 11 July 2025". */
  version: string;
}

export interface ChartUrls {
  /** The chart's own page. */
  page: string;
  /** The embed that follows the newest data. */
  embedLatest: string;
  /** The embed frozen at this view's data version. */
  embedPinned: string;
  /** Downloads of this data version. */
  downloads: DownloadUrls;
  /** This data version's files. */
  data: { json: string; csv: string };
}

export interface ChartView extends BoundChart {
  /** The edition this view is written for: copy, SVG text, credits and URLs. */
  lang: Lang;
  credits: ChartCredits;
  urls: ChartUrls;
  /**
   * The page SVG for a width and state (a chart with states shows its first state when none is
   * given). `instance` tells apart several copies of one chart on a page, keeping ids unique.
   */
  svg: (width: number, state?: string, instance?: string) => string;
  /** The self-contained SVG of the downloads, with title, reading, note and `credits` lines. */
  standalone: (width: number, credits: string[]) => StandaloneSvg;
}

/**
 * Source titles and data version as printed under every chart. The sources are Chinese reports,
 * named by their own titles in both editions (a title is a name, not copy to translate).
 */
function creditsOf(bound: BoundChart): ChartCredits {
  const { version } = bound;
  const sources = [...new Set(version.data.sources.map((s) => `《${s.title}》`))];
  if (bound.lang === 'en') {
    return {
      source: `Source: ${sources.join(', ')} (in Chinese; the English is our translation)`,
      version: `Data: ${bound.dataset} v${version.version}, as of ${formatEnglishDate(version.data.as_of)}`,
    };
  }
  return {
    source: `来源：${sources.join('、')}`,
    version: `数据：${bound.dataset} 第${version.version}版，截至${formatChineseDate(version.data.as_of)}`,
  };
}

/**
 * The view of a bound chart in `lang`'s edition: the language it was bound in unless told (a chart
 * bound without a language is Chinese, so this is 'zh' then), rebound when `lang` differs.
 */
export function viewOf(given: BoundChart, lang: Lang = given.lang): ChartView {
  const bound = lang === given.lang ? given : given.inLang(lang);
  const n = bound.version.version;
  return {
    ...bound,
    lang,
    credits: creditsOf(bound),
    urls: {
      page: chartPageUrl(bound.id, lang),
      embedLatest: embedUrl(bound.id, undefined, lang),
      embedPinned: embedUrl(bound.id, n, lang),
      downloads: downloadUrls(bound.id, n, lang),
      data: versionUrls(bound.dataset, n),
    },
    svg: (width, state, instance) =>
      renderChart(bound, { width, ...(state ? { state } : {}), ...(instance ? { instance } : {}) }),
    standalone: (width, credits) => standaloneSvg(bound, { width, credits }),
  };
}

/**
 * The view of `chart` at its newest data version, or at version `pinned`, in `lang`'s edition.
 * Throws when the catalog has no such version: the data check and `getStaticPaths` only ask for
 * versions that exist.
 */
export function viewChart(chart: Chart, catalog: Catalog, pinned?: number, lang: Lang = ORIGINAL_LANG): ChartView {
  const bound = chart.bind(catalog, pinned, lang);
  if (!bound) {
    throw new Error(
      `Chart "${chart.id}" has no ${pinned === undefined ? 'published' : `v${pinned}`} version of dataset "${chart.dataset}".`,
    );
  }
  return viewOf(bound);
}

/** A view of every version of `chart` the catalog holds, oldest first, in `lang`'s edition. */
export function viewVersions(chart: Chart, catalog: Catalog, lang: Lang = ORIGINAL_LANG): ChartView[] {
  return chart.versions(catalog).map((n) => viewChart(chart, catalog, n, lang));
}
