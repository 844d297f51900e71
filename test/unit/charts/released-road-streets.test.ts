/**
 * `released-road-streets`: the released road as the article's comparison, one identical strip per
 * standard street, with the area per street labelled as our arithmetic.
 */
import { describe, expect, test } from 'vitest';
import { releasedRoadStreets } from '../../../src/charts/released-road-streets.ts';
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
  unitRects,
} from './chart-test-kit.ts';

const data = loadFixture('enclosures');
chartBasics(releasedRoadStreets, data);

describe('released-road-streets', () => {
  test.each(WIDTHS)('draws one strip and one dashed centre line per street (%i px)', (width) => {
    const root = parseSvg(renderChartSvg(releasedRoadStreets, data, width));
    expect(unitRects(root, 'streets')).toHaveLength(data.equivalent_standard_streets);
    const lines = marksIn(root, 'centre-lines', 'line');
    expect(lines).toHaveLength(data.equivalent_standard_streets);
    expect(root.querySelector('g.mark-centre-lines')?.getAttribute('stroke-dasharray')).toBeTruthy();
  });

  test('every strip is the same size (the streets are identical pictograms)', () => {
    const sizes = new Set(
      unitRects(parseSvg(renderChartSvg(releasedRoadStreets, data, 340)), 'streets').map(
        (r) => `${r.width}×${r.height}`,
      ),
    );
    expect(sizes.size).toBe(1);
  });

  test('labels the comparison from the data, and the derived area as derived', () => {
    const text = shownText(parseSvg(renderChartSvg(releasedRoadStreets, data, 340))).join('\n');
    expect(text).toContain('17.3万平方米 ≈ 25条标准街道');
    expect(text).toMatch(/每条折合6920平方米（按文章数字折算）/);
    expect(releasedRoadStreets.note?.(data)).toContain('文章没有定义“标准街道”');
    const row = releasedRoadStreets.table(data).rows.find((r) => r[0] === '每条街道折合面积');
    expect(row?.[1]).toBe(6920);
    expect(String(row?.[3])).toContain('非文章数字');
  });

  test('a data change changes the count, and an inexact division says 约', () => {
    const changed = asData('enclosures', { ...fixtureJson('enclosures'), equivalent_standard_streets: 30 });
    const root = parseSvg(renderChartSvg(releasedRoadStreets, changed, 340));
    expect(unitRects(root, 'streets')).toHaveLength(30);
    // 173000 / 30 = 5766.67 → 约5767
    expect(shownText(root).join('\n')).toContain('约5767平方米');
  });
});
