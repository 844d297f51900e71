/**
 * `back-street-works`: each measure in its own panel of unit marks (never one shared axis), grouped
 * by site; missing figures drop their panel; "余" is shown, not hidden.
 */
import { describe, expect, test } from 'vitest';
import { backStreetWorks } from '../../../src/charts/back-street-works/chart.ts';
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
  textNodes,
  textOf,
  textTop,
  unitRects,
} from './chart-test-kit.ts';

const data = loadFixture('back-streets');
chartBasics(backStreetWorks, data);

describe('back-street-works', () => {
  test.each(WIDTHS)(
    'counts: 55 paving squares, 45 curb ticks, 28 covers, 130 hedge squares and one "余" (%i px)',
    (width) => {
      const root = parseSvg(renderChartSvg(backStreetWorks, data, width));
      expect(unitRects(root, 'squares-road')).toHaveLength(55);
      expect(marksIn(root, 'ticks-road', 'line')).toHaveLength(45);
      expect(marksIn(root, 'circles-road', 'circle')).toHaveLength(28);
      expect(unitRects(root, 'squares-green')).toHaveLength(130);
      expect(marksIn(root, 'more-than', 'rect')).toHaveLength(1);
      expect(marksIn(root, 'more-than-label', 'text').map((t) => t.textContent)).toEqual(['余']);
    },
  );

  test('has no axes: marks are positions, not values on a shared scale', () => {
    const root = parseSvg(renderChartSvg(backStreetWorks, data, 340));
    expect(
      root.querySelector('g[data-mark="x-axis tick"], g[data-mark="y-axis tick"], g[data-mark^="fy-axis"]'),
    ).toBeNull();
  });

  test('labels every panel with its value, unit and per-mark unit, grouped under its site', () => {
    const root = parseSvg(renderChartSvg(backStreetWorks, data, 340));
    const text = shownText(root).join('\n');
    for (const label of [
      '方砖治理 550平方米',
      '每格10平方米',
      '界石治理 45米',
      '每条竖线1米',
      '井盖治理 28座',
      '每个圆点1座',
      '补种小叶丁香绿篱 1300余平方米',
    ]) {
      expect(text).toContain(label);
    }
    // Drawn top to bottom: first site, its panels, second site, its panel.
    const top = (needle: string) => textTop(textNodes(root).find((node) => textOf(node).includes(needle))!);
    const order = ['世纪广场站', '方砖治理', '界石治理', '井盖治理', '民乐小区', '补种小叶丁香绿篱'].map(top);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order).size).toBe(order.length);
  });

  test('a missing figure drops its panel; a changed figure changes its count', () => {
    const json = fixtureJson('back-streets') as { sites: Record<string, Record<string, unknown>> };
    const { manhole_covers: _covers, ...century } = json.sites['century-square']!;
    const changed = asData('back-streets', {
      ...json,
      sites: { ...json.sites, 'century-square': { ...century, curbs_m: 60 } },
    });
    const root = parseSvg(renderChartSvg(backStreetWorks, changed, 340));
    expect(marksIn(root, 'circles-road', 'circle')).toHaveLength(0);
    expect(marksIn(root, 'ticks-road', 'line')).toHaveLength(60);
    expect(shownText(root).join('')).not.toContain('井盖');
    expect(backStreetWorks.table(changed).rows.some((r) => r[2] === '井盖治理')).toBe(false);
  });

  test('a value that is not a whole number of marks draws a partial last mark', () => {
    const json = fixtureJson('back-streets') as { sites: Record<string, Record<string, unknown>> };
    const changed = asData('back-streets', {
      ...json,
      sites: { ...json.sites, 'century-square': { ...json.sites['century-square'], paving_m2: 555 } },
    });
    const rects = unitRects(parseSvg(renderChartSvg(backStreetWorks, changed, 340)), 'squares-road');
    expect(rects).toHaveLength(56);
    expect(rects.at(-1)!.width).toBeCloseTo(rects[0]!.width / 2, 0);
  });
});
