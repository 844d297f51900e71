/**
 * `hoarding-units`: one square per hoarding (a Plot waffle: its area in squares is the count), at
 * both widths and in both states; the `tiebei` state picks out exactly one square, rings it, and says
 * that its position is illustrative.
 */
import { describe, expect, test } from 'vitest';
import { hoardingUnits } from '../../../src/charts/hoarding-units.ts';
import { color } from '../../../src/design/tokens.ts';
import { renderChartSvg } from '../../helpers/svg-snapshot.ts';
import {
  WIDTHS,
  asData,
  chartBasics,
  fixtureJson,
  loadFixture,
  parseSvg,
  shownText,
  waffleRuns,
} from './chart-test-kit.ts';

const data = loadFixture('enclosures');
chartBasics(hoardingUnits, data);

const runs = (svg: string) => waffleRuns(parseSvg(svg), 'hoarding-units');
/** Squares drawn, over every run of the waffle. */
const units = (svg: string) => runs(svg).reduce((sum, run) => sum + run.units, 0);
/** Squares drawn in the highlight colour. */
const highlighted = (svg: string) =>
  runs(svg)
    .filter((run) => run.fill === color('highlight'))
    .reduce((sum, run) => sum + run.units, 0);

describe('hoarding-units', () => {
  test.each(WIDTHS)('draws one square per hoarding (%i px, every state)', (width) => {
    for (const state of [undefined, 'all', 'tiebei']) {
      expect(units(renderChartSvg(hoardingUnits, data, width, state))).toBe(data.sites_rectified);
    }
  });

  test('a data change changes the count', () => {
    const more = asData('enclosures', { ...fixtureJson('enclosures'), sites_rectified: 640 });
    expect(units(renderChartSvg(hoardingUnits, more, 340))).toBe(640);
    expect(units(renderChartSvg(hoardingUnits, data, 340))).toBe(636);
  });

  test('no state renders as `all`', () => {
    for (const width of WIDTHS) {
      const plain = renderChartSvg(hoardingUnits, data, width).replace(/chart-hoarding-units-full/g, 'ID');
      const all = renderChartSvg(hoardingUnits, data, width, 'all').replace(/chart-hoarding-units-all/g, 'ID');
      expect(plain).toBe(all);
    }
  });

  test.each(WIDTHS)('`all` has no highlight; `tiebei` picks out exactly one square (%i px)', (width) => {
    expect(highlighted(renderChartSvg(hoardingUnits, data, width, 'all'))).toBe(0);
    expect(highlighted(renderChartSvg(hoardingUnits, data, width, 'tiebei'))).toBe(1);
  });

  test.each(WIDTHS)('the ring in `tiebei` is drawn around the picked square, close to it (%i px)', (width) => {
    const root = parseSvg(renderChartSvg(hoardingUnits, data, width, 'tiebei'));
    const square = [...root.querySelectorAll('g.mark-hoarding-units path')].find((path) =>
      root
        .querySelector(`pattern[id="${/#([^)]+)/.exec(path.getAttribute('fill') ?? '')?.[1]}"] rect`)
        ?.getAttribute('fill')
        ?.includes('highlight'),
    );
    const [dx, dy] = (/translate\(([-\d.]+),([-\d.]+)\)/.exec(square?.getAttribute('transform') ?? '') ?? [])
      .slice(1)
      .map(Number);
    const points = [...(square?.getAttribute('d') ?? '').matchAll(/[ML]([-\d.]+),([-\d.]+)/g)].map((m) => [
      Number(m[1]) + dx!,
      Number(m[2]) + dy!,
    ]);
    const xs = points.map(([x]) => x!);
    const ys = points.map(([, y]) => y!);
    const ring = root.querySelector('g.mark-highlight-ring rect')!;
    const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(ring.getAttribute(a)));
    // The ring holds the square's cell, and is at most a few pixels larger on each side.
    for (const [inner, outer] of [
      [Math.min(...xs), x!],
      [Math.min(...ys), y!],
    ]) {
      expect(inner! - outer!).toBeGreaterThanOrEqual(0);
      expect(inner! - outer!).toBeLessThanOrEqual(3);
    }
    expect(x! + w! - Math.max(...xs)).toBeGreaterThanOrEqual(0);
    expect(x! + w! - Math.max(...xs)).toBeLessThanOrEqual(3);
    expect(y! + h! - Math.max(...ys)).toBeGreaterThanOrEqual(0);
    expect(y! + h! - Math.max(...ys)).toBeLessThanOrEqual(3);
  });

  test('labels the count and, in `tiebei`, the site with its figures and the caveat', () => {
    const all = shownText(parseSvg(renderChartSvg(hoardingUnits, data, 340, 'all'))).join('\n');
    expect(all).toContain('636处围挡');
    const tiebei = shownText(parseSvg(renderChartSvg(hoardingUnits, data, 340, 'tiebei'))).join('\n');
    expect(tiebei).toContain('铁北二路与北七条交会处');
    expect(tiebei).toContain('500平方米');
    expect(tiebei).toContain('近30%');
    expect(tiebei).toContain('示意：文章未说明是哪一处');
    expect(hoardingUnits.describe(data, 'tiebei')).toContain('示意：文章未说明是哪一处');
    // The full chart highlights no square, so it carries no note about one.
    expect(hoardingUnits.note?.(data)).toBeUndefined();
    expect(hoardingUnits.describe(data, 'all')).not.toContain('示意：文章未说明是哪一处');
  });

  test('the site figures come from the data, not from the code', () => {
    const json = fixtureJson('enclosures') as { sites: Record<string, Record<string, unknown>> };
    const changed = asData('enclosures', {
      ...json,
      sites: {
        ...json.sites,
        'tiebei-2nd-road': {
          ...json.sites['tiebei-2nd-road'],
          hoarding_area_m2: 480,
          morning_peak_throughput_gain_pct: { value: 25, qualifier: 'about' },
        },
      },
    });
    const text = shownText(parseSvg(renderChartSvg(hoardingUnits, changed, 340, 'tiebei'))).join('\n');
    expect(text).toContain('480平方米');
    expect(text).toContain('约25%');
    expect(text).not.toContain('500平方米');
  });

  test('stays compact enough for the sticky graphic on a phone, and the same height in both states', () => {
    for (const width of WIDTHS) {
      const heights = ['all', 'tiebei'].map((state) =>
        Number(parseSvg(renderChartSvg(hoardingUnits, data, width, state)).getAttribute('height')),
      );
      expect(heights[0]).toBe(heights[1]);
      if (width === WIDTHS[0]) expect(heights[0]).toBeLessThanOrEqual(420);
    }
  });

  test('without the Tiebei site, `tiebei` still renders, with no highlight', () => {
    const json = fixtureJson('enclosures') as { sites: Record<string, unknown> };
    const { 'tiebei-2nd-road': _omit, ...sites } = json.sites;
    const without = asData('enclosures', { ...json, sites });
    const svg = renderChartSvg(hoardingUnits, without, 340, 'tiebei');
    expect(units(svg)).toBe(636);
    expect(highlighted(svg)).toBe(0);
  });
});
