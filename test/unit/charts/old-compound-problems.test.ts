/**
 * `old-compound-problems`: one square per ten problems solved (a partial last square for any
 * remainder, over a pale full square), in blocks of a hundred squares, drawn as one waffle per
 * block; the named kinds listed without counts, the standard categories as a caption.
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
  parseSvg,
  shownText,
  waffleRuns,
} from './chart-test-kit.ts';

const data = loadFixture('old-compounds');
chartBasics(oldCompoundProblems, data);

const blocks = (svg: string) => waffleRuns(parseSvg(svg), 'problem-units');
/** Squares drawn, over every block. */
const units = (svg: string) => blocks(svg).reduce((sum, block) => sum + block.units, 0);

describe('old-compound-problems', () => {
  test.each(WIDTHS)('draws problems ÷ 10 squares, all whole, in blocks of 100 (%i px)', (width) => {
    expect(PROBLEMS_PER_UNIT).toBe(10);
    const svg = renderChartSvg(oldCompoundProblems, data, width);
    expect(units(svg)).toBe(934);
    // Facets are drawn column by column: compare the blocks' sizes, largest first.
    expect(
      blocks(svg)
        .map((block) => block.units)
        .sort((a, b) => b - a),
    ).toEqual([100, 100, 100, 100, 100, 100, 100, 100, 100, 34]);
    expect(parseSvg(svg).querySelector('g.mark-partial-unit-ghost')).toBeNull();
  });

  test('a remainder gives one partial last square over a pale full one, and the description says so', () => {
    const changed = asData('old-compounds', { ...fixtureJson('old-compounds'), problems_solved: 9345 });
    const svg = renderChartSvg(oldCompoundProblems, changed, 340);
    expect(units(svg)).toBe(934.5);
    const ghost = waffleRuns(parseSvg(svg), 'partial-unit-ghost');
    expect(ghost.map((run) => run.units)).toEqual([1]);
    expect(Number(ghost[0]?.opacity)).toBeLessThan(1);
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
    const fills = new Set(blocks(renderChartSvg(oldCompoundProblems, data, 640)).map((block) => block.fill));
    expect(fills.size).toBe(1);
  });
});
