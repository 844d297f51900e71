/**
 * Chart text fits its column in both languages: every chart, state and layout width, rendered as the
 * pages ship it and drawn by resvg with the font the project ships (Noto Sans SC, whose Latin is as
 * wide as the page fonts'), paints nothing outside its SVG's box — no word runs past the right edge
 * or below the bottom to be clipped in an embed or a download.
 */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, test } from 'vitest';
import type { Chart } from '../../../src/charts/chart-definition.ts';
import { CHARTS } from '../../../src/charts/index.ts';
import { resolveTokens } from '../../../src/design/tokens.ts';
import { RESVG_FONT_OPTIONS } from '../../../src/render/raster-fonts.ts';
import { CHART_WIDTHS } from '../../../src/render/render-chart.ts';
import { viewChart } from '../../../src/render/chart-view.ts';
import { LANGS } from '../../../src/text/lang.ts';
import { fixtureCatalog } from '../../helpers/fixture-catalog.ts';

/** Half a pixel of anti-aliasing either side is not overflow. */
const SLACK = 1;
const charts: readonly Chart[] = CHARTS;
const cases = charts.flatMap((chart) =>
  LANGS.flatMap((lang) =>
    Object.values(CHART_WIDTHS).flatMap((width) =>
      [undefined, ...(chart.states ?? [])].map((state) => ({ id: chart.id, chart, lang, width, state })),
    ),
  ),
);

describe('chart text fits its column', () => {
  test.each(cases)('$id ($lang) at $width px, state $state', ({ chart, lang, width, state }) => {
    const page = viewChart(chart, fixtureCatalog(), undefined, lang).svg(width, state);
    // The page SVG relies on the page for its namespace and colours; a file needs both.
    const svg = resolveTokens(page).replace(/^<svg (?![^>]*xmlns=)/, '<svg xmlns="http://www.w3.org/2000/svg" ');
    const resvg = new Resvg(svg, { font: RESVG_FONT_OPTIONS });
    const box = resvg.getBBox();
    expect(box).toBeDefined();
    if (!box) return;
    expect(box.x, 'left edge').toBeGreaterThanOrEqual(-SLACK);
    expect(box.y, 'top edge').toBeGreaterThanOrEqual(-SLACK);
    expect(box.x + box.width, 'right edge').toBeLessThanOrEqual(resvg.width + SLACK);
    expect(box.y + box.height, 'bottom edge').toBeLessThanOrEqual(resvg.height + SLACK);
  });
});
