/**
 * Renders a chart for one data version for pages and embeds, once per build: every page that needs
 * the same chart, version, width and state gets the same cached SVG string.
 */
import type { BoundChart } from '../charts/chart-definition.ts';
import { compactRects } from './compact-rects.ts';
import { renderSvg } from './render-svg.ts';

/**
 * The two layout widths. Narrow is the story column on a 360 px phone (360 less 2 × 16 px padding),
 * so chart text is drawn at its own size there and only grows on wider phones; wide is the desktop
 * column.
 */
export const CHART_WIDTHS = { narrow: 328, wide: 640 } as const;

export interface RenderRequest {
  width: number;
  state?: string;
  /** Distinguishes several copies of one chart on a page (the story, the scrolly graphic). */
  instance?: string;
}

/**
 * Renders are reused within a build (the story, the chart page and the latest embed show the same
 * SVG), while old pinned versions are drawn once. The cache is bounded so memory stays flat however
 * many versions pile up; at a few KB to ~20 KB a render, 2000 entries is tens of MB. Maps iterate
 * in insertion order, so the first key is the oldest.
 */
const cache = new Map<string, string>();
const CACHE_LIMIT = 2000;

export function renderChart(chart: BoundChart, request: RenderRequest): string {
  const { version } = chart;
  // A chart with states shows its first state when none is asked for: one render serves both.
  const state = request.state ?? chart.states[0];
  // The original edition keeps the ids it always had; another edition's ids name their language.
  const base = [
    'chart',
    chart.id,
    ...(chart.lang === 'zh' ? [] : [chart.lang]),
    `v${version.version}`,
    state ?? 'full',
    request.width,
  ].join('-');
  // The file's hash, not just its number: a draft keeps its number while an editor changes it.
  const key = `${base}:${version.sha256}`;
  let svg = cache.get(key);
  if (!svg) {
    const options = { width: request.width, ...(state ? { state } : {}) };
    const labels = { idPrefix: base, title: chart.title, description: chart.describe(state) };
    // Pages get unit marks merged into paths: the same pixels, far fewer elements for a phone to lay out.
    svg = compactRects(renderSvg(chart.plot(options), labels));
    cache.set(key, svg);
    if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value ?? '');
  }
  // Every id in the SVG starts with `base-`; a second copy on the same page gets its own.
  return request.instance ? svg.replaceAll(`${base}-`, `${base}-${request.instance}-`) : svg;
}
