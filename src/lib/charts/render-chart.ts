/**
 * Renders a chart for one data version, once per build: every page, embed and download that needs
 * the same chart, version, width and state gets the same cached SVG string.
 */
import type { ChartDefinition } from '../../charts/chart-definition.ts';
import type { DatasetData, DatasetId } from '../../schemas/index.ts';
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

const cache = new Map<string, string>();

export function renderChart<D extends DatasetId>(
  chart: ChartDefinition<D>,
  version: { version: number; data: DatasetData<D> },
  request: RenderRequest,
): string {
  const state = request.state ?? 'full';
  const idPrefix = ['chart', chart.id, `v${version.version}`, state, request.width, request.instance]
    .filter(Boolean)
    .join('-');
  const key = idPrefix;
  const hit = cache.get(key);
  if (hit) return hit;
  const svg = renderSvg(
    chart.plot(version.data, { width: request.width, ...(request.state ? { state: request.state } : {}) }),
    {
      idPrefix,
      title: chart.title(version.data),
      description: chart.describe(version.data, request.state),
    },
  );
  cache.set(key, svg);
  return svg;
}
