/**
 * Merging unit rects into paths changes the mark-up, never the picture: every chart in every state
 * rasterises to the same pixels before and after, with far fewer elements.
 */
import * as Plot from '@observablehq/plot';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, test } from 'vitest';
import { CHARTS } from '../../../src/charts/index.ts';
import { resolveTokens } from '../../../src/design/tokens.ts';
import { compactRects } from '../../../src/render/compact-rects.ts';
import { CHART_WIDTHS } from '../../../src/render/render-chart.ts';
import { renderSvg } from '../../../src/render/render-svg.ts';
import { RESVG_FONT_OPTIONS } from '../../../src/render/raster-fonts.ts';
import { viewChart } from '../../../src/render/chart-view.ts';
import { fixtureCatalog } from '../../helpers/fixture-catalog.ts';

const elements = (svg: string) => (svg.match(/<[a-z]/g) ?? []).length;
const pixels = (svg: string) =>
  new Resvg(resolveTokens(svg), { font: RESVG_FONT_OPTIONS, background: '#fff' }).render().pixels;

const cases = CHARTS.flatMap((chart) => (chart.states ?? [undefined]).map((state) => [chart, state] as const));

describe('compactRects', () => {
  test.each(cases)('%s %s: same pixels at the phone width', (chart, state) => {
    const view = viewChart(chart, fixtureCatalog());
    const svg = renderSvg(view.plot({ width: CHART_WIDTHS.narrow, ...(state ? { state } : {}) }), {
      idPrefix: 'c',
      title: 't',
      description: 'd',
    });
    const compact = compactRects(svg);
    expect(Buffer.from(pixels(compact)).equals(Buffer.from(pixels(svg)))).toBe(true);
    expect(elements(compact)).toBeLessThanOrEqual(elements(svg));
  });

  test('a unit chart shrinks from hundreds of elements to a few', () => {
    const units = Array.from({ length: 900 }, (_, i) => ({ x: i % 30, y: Math.floor(i / 30), kind: i % 3 }));
    const svg = renderSvg(
      {
        width: 328,
        height: 328,
        axis: null,
        marks: [Plot.cell(units, { x: 'x', y: 'y', fill: 'kind', inset: 1 })],
      },
      { idPrefix: 'c', title: 't', description: 'd' },
    );
    expect(elements(svg)).toBeGreaterThan(900);
    expect(elements(compactRects(svg))).toBeLessThan(40);
    expect(Buffer.from(pixels(compactRects(svg))).equals(Buffer.from(pixels(svg)))).toBe(true);
  });

  test('rounded or transformed rects, and small groups, are left as they are', () => {
    const rects = (extra: string) =>
      Array.from({ length: 25 }, (_, i) => `<rect x="${i}" y="0" width="1" height="1" fill="red"${extra} />`).join('');
    const rounded = `<svg xmlns="http://www.w3.org/2000/svg"><g>${rects(' rx="1"')}</g></svg>`;
    expect(compactRects(rounded)).toBe(rounded);
    const few = `<svg xmlns="http://www.w3.org/2000/svg"><g><rect x="0" y="0" width="1" height="1" /><rect x="2" y="0" width="1" height="1" /></g></svg>`;
    expect(compactRects(few)).toBe(few);
    const plain = compactRects(`<svg xmlns="http://www.w3.org/2000/svg"><g>${rects('')}</g></svg>`);
    expect(plain).not.toContain('<rect');
    expect(plain.match(/<path [^>]*>/g)).toHaveLength(1);
    expect(plain).toContain('fill="red"');
    expect(plain).toContain('d="M0,0h1v1h-1zM1,0h1v1h-1z');
  });
});
