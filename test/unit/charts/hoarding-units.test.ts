/**
 * `hoarding-units`: one square per hoarding, at both widths and in both states; the `tiebei` state
 * picks out exactly one square and says that its position is illustrative.
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
  marksIn,
  parseSvg,
  shownText,
} from './chart-test-kit.ts';

const data = loadFixture('enclosures');
chartBasics(hoardingUnits, data);

const units = (svg: string) => marksIn(parseSvg(svg), 'hoarding-units', 'rect');

describe('hoarding-units', () => {
  test.each(WIDTHS)('draws one square per hoarding (%i px, every state)', (width) => {
    for (const state of [undefined, 'all', 'tiebei']) {
      expect(units(renderChartSvg(hoardingUnits, data, width, state))).toHaveLength(data.sites_rectified);
    }
  });

  test('a data change changes the count', () => {
    const more = asData('enclosures', { ...fixtureJson('enclosures'), sites_rectified: 640 });
    expect(units(renderChartSvg(hoardingUnits, more, 340))).toHaveLength(640);
    expect(units(renderChartSvg(hoardingUnits, more, 340))).not.toHaveLength(
      units(renderChartSvg(hoardingUnits, data, 340)).length,
    );
  });

  test('no state renders as `all`', () => {
    for (const width of WIDTHS) {
      const plain = renderChartSvg(hoardingUnits, data, width).replace(/chart-hoarding-units-full/g, 'ID');
      const all = renderChartSvg(hoardingUnits, data, width, 'all').replace(/chart-hoarding-units-all/g, 'ID');
      expect(plain).toBe(all);
    }
  });

  test.each(WIDTHS)('`all` has no highlight; `tiebei` picks out exactly one square (%i px)', (width) => {
    const highlighted = (svg: string) => units(svg).filter((rect) => rect.getAttribute('fill') === color('highlight'));
    expect(highlighted(renderChartSvg(hoardingUnits, data, width, 'all'))).toHaveLength(0);
    expect(highlighted(renderChartSvg(hoardingUnits, data, width, 'tiebei'))).toHaveLength(1);
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
    expect(units(svg)).toHaveLength(636);
    expect(units(svg).filter((rect) => rect.getAttribute('fill') === color('highlight'))).toHaveLength(0);
  });
});
