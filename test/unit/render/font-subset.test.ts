/**
 * PNG downloads rasterise with the bundled font subset to each chart's characters: that must draw
 * exactly what the full font draws, for every chart.
 */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, test } from 'vitest';
import { CHARTS } from '../../../src/charts/index.ts';
import { fontOptionsFor, svgCharacters } from '../../../src/render/font-subset.ts';
import { viewChart } from '../../../src/render/chart-view.ts';
import { RESVG_FONT_OPTIONS } from '../../../src/render/raster-fonts.ts';
import { fixtureCatalog } from '../../helpers/fixture-catalog.ts';

describe('font subsets for PNG downloads', () => {
  test.each(CHARTS.map((chart) => [chart.id, chart] as const))(
    '%s: same pixels as the full font',
    async (_id, chart) => {
      const { svg } = viewChart(chart, fixtureCatalog()).standalone(677, ['来源：测试 · 第1版']);
      const render = (font: typeof RESVG_FONT_OPTIONS) =>
        Buffer.from(new Resvg(svg, { font, background: '#ffffff' }).render().pixels);
      const subset = render((await fontOptionsFor(svg)) as typeof RESVG_FONT_OPTIONS);
      expect(subset.equals(render(RESVG_FONT_OPTIONS))).toBe(true);
    },
  );

  test('the characters of an SVG are its text, entities decoded', () => {
    const characters = svgCharacters('<svg><title>围挡&lt;</title><text>636处</text></svg>');
    for (const char of '围挡<636处') expect(characters).toContain(char);
    expect(characters).not.toContain('s');
  });
});
