/**
 * `old-compound-problems`: one square per ten problems solved (a partial last square for any
 * remainder), the named kinds listed without counts, the standard categories as a caption.
 */
import { describe, expect, test } from 'vitest';
import { PROBLEMS_PER_UNIT, oldCompoundProblems } from '../../../src/charts/old-compound-problems.ts';
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

const data = loadFixture('old-compounds');
chartBasics(oldCompoundProblems, data);

const units = (svg: string) => marksIn(parseSvg(svg), 'problem-units', 'rect');

describe('old-compound-problems', () => {
  test.each(WIDTHS)('draws problems ÷ 10 squares, all whole (%i px)', (width) => {
    expect(PROBLEMS_PER_UNIT).toBe(10);
    const rects = units(renderChartSvg(oldCompoundProblems, data, width));
    expect(rects).toHaveLength(934);
    expect(new Set(rects.map((r) => r.getAttribute('width'))).size).toBe(1);
    expect(
      parseSvg(renderChartSvg(oldCompoundProblems, data, width)).querySelector('g.mark-partial-unit-outline'),
    ).toBeNull();
  });

  test('a remainder gives one partial last square, outlined, and the description says so', () => {
    const changed = asData('old-compounds', { ...fixtureJson('old-compounds'), problems_solved: 9345 });
    const svg = renderChartSvg(oldCompoundProblems, changed, 340);
    const rects = units(svg);
    expect(rects).toHaveLength(935);
    const full = Number(rects[0]?.getAttribute('width'));
    const last = Number(rects.at(-1)?.getAttribute('width'));
    expect(last).toBeCloseTo(full / 2, 0);
    expect(marksIn(parseSvg(svg), 'partial-unit-outline', 'rect')).toHaveLength(1);
    expect(oldCompoundProblems.describe(changed)).toContain('最后一格只有5个问题');
  });

  test('states the unit, lists the named kinds without counts, and the standard categories', () => {
    const text = shownText(parseSvg(renderChartSvg(oldCompoundProblems, data, 340))).join('');
    expect(text).toContain('每个小方格 = 10个问题');
    for (const kind of data.problem_kinds_named) expect(text).toContain(kind);
    expect(text).toContain('文章未给出分项数量');
    expect(text).toContain('11类问题整改标准');
    expect(oldCompoundProblems.describe(data)).toContain('每个小方格代表10个问题');
    // No breakdown: the kinds carry no numbers in the table either.
    for (const row of oldCompoundProblems.table(data).rows.filter((r) => String(r[0]).startsWith('文中列举'))) {
      expect(row.some((cell) => typeof cell === 'number')).toBe(false);
    }
  });

  test('all squares share one colour: no invented categories', () => {
    const fills = new Set(
      units(renderChartSvg(oldCompoundProblems, data, 640)).map(
        (r) => r.getAttribute('fill') ?? r.parentElement?.getAttribute('fill'),
      ),
    );
    expect(fills.size).toBe(1);
  });
});
