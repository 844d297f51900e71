/**
 * No unit chart's cost grows with its figure (issue 9): at 1,000× and 1,000,000× today's figure,
 * each draws at most its cap of marks, one mark standing for 10, 100, … times as much, and its key
 * and text alternative say how much. The figures here are past the schemas' ranges on purpose: the
 * charts must hold even for data no schema stands in front of, so the data is not parsed.
 */
import { describe, expect, test } from 'vitest';
import { backStreetWorks } from '../../../src/charts/back-street-works/chart.ts';
import { MAX_MARKS_PER_PANEL } from '../../../src/charts/back-street-works/panels.ts';
import { MAX_SQUARES as MAX_HOARDING_SQUARES, hoardingUnits } from '../../../src/charts/hoarding-units.ts';
import { MAX_SQUARES as MAX_PROBLEM_SQUARES, oldCompoundProblems } from '../../../src/charts/old-compound-problems.ts';
import { MAX_STRIPS, releasedRoadStreets } from '../../../src/charts/released-road-streets.ts';
import type { BackStreets } from '../../../src/schemas/back-streets.ts';
import type { Enclosures } from '../../../src/schemas/enclosures.ts';
import type { OldCompounds } from '../../../src/schemas/old-compounds.ts';
import { fixtureView } from '../../helpers/svg-snapshot.ts';
import { WIDTHS, loadFixture, marksIn, parseSvg, shownText, unitRects, waffleRuns } from './chart-test-kit.ts';

const FACTORS = [1_000, 1_000_000] as const;
const enclosures = loadFixture('enclosures');
const oldCompounds = loadFixture('old-compounds');
const backStreets = loadFixture('back-streets');

/** Squares drawn by a waffle, over all its runs. */
const waffleUnits = (root: Element, name: string) => waffleRuns(root, name).reduce((sum, run) => sum + run.units, 0);

/** Today's SVG size for a chart, to compare the size at a scaled figure with. */
const sizeAt = (svg: (width: number) => string) => Object.fromEntries(WIDTHS.map((w) => [w, svg(w).length]));

describe('hoarding-units: one square per 1, 10, 100 … hoardings, at most MAX_SQUARES squares', () => {
  const scaled = (factor: number): Enclosures => ({
    ...enclosures,
    sites_rectified: enclosures.sites_rectified * factor,
  });
  const today = sizeAt((w) => fixtureView(hoardingUnits, enclosures).svg(w, 'tiebei'));

  test.each(FACTORS)('×%i', (factor) => {
    const data = scaled(factor);
    const view = fixtureView(hoardingUnits, data);
    for (const width of WIDTHS) {
      for (const state of ['all', 'tiebei']) {
        const svg = view.svg(width, state);
        const root = parseSvg(svg);
        const squares = waffleUnits(root, 'hoarding-units');
        expect(squares).toBeLessThanOrEqual(MAX_HOARDING_SQUARES);
        // 636 × factor hoardings at `factor` per square: today's 636 squares.
        expect(squares).toBe(enclosures.sites_rectified);
        expect(svg.length).toBeLessThan(today[width]! * 1.5);
      }
      expect(shownText(parseSvg(view.svg(width, 'all'))).join('\n')).toContain(`每个方块代表${factor}处围挡`);
    }
    expect(view.describe('tiebei')).toContain(`每个方块代表${factor}处围挡`);
    expect(view.describe('tiebei')).toContain(`它代表的${factor}处围挡中包括`);
  });
});

describe('old-compound-problems: one square per 10, 100 … problems, at most MAX_SQUARES squares', () => {
  const scaled = (factor: number): OldCompounds => ({
    ...oldCompounds,
    problems_solved: oldCompounds.problems_solved * factor,
  });
  const today = sizeAt((w) => fixtureView(oldCompoundProblems, oldCompounds).svg(w));

  test.each(FACTORS)('×%i', (factor) => {
    const view = fixtureView(oldCompoundProblems, scaled(factor));
    for (const width of WIDTHS) {
      const svg = view.svg(width);
      const root = parseSvg(svg);
      const squares = waffleUnits(root, 'problem-units');
      expect(squares).toBeLessThanOrEqual(MAX_PROBLEM_SQUARES);
      expect(squares).toBe(oldCompounds.problems_solved / 10);
      // One waffle per block of 100 squares: the blocks are bounded too.
      expect(marksIn(root, 'problem-units', 'path').length).toBeLessThanOrEqual(MAX_PROBLEM_SQUARES / 100);
      expect(svg.length).toBeLessThan(today[width]! * 1.5);
      expect(shownText(root).join('\n')).toContain(`每个小方格 = ${10 * factor}个问题`);
    }
    expect(view.describe()).toContain(`每个小方格代表${10 * factor}个问题`);
  });
});

describe('back-street-works: one mark per 10, 100 … of the unit, at most MAX_MARKS_PER_PANEL marks a panel', () => {
  const scaled = (factor: number): BackStreets => ({
    ...backStreets,
    sites: Object.fromEntries(
      Object.entries(backStreets.sites).map(([id, site]) => [
        id,
        {
          ...site,
          ...(site.paving_m2 !== undefined ? { paving_m2: site.paving_m2 * factor } : {}),
          ...(site.curbs_m !== undefined ? { curbs_m: site.curbs_m * factor } : {}),
          ...(site.manhole_covers !== undefined ? { manhole_covers: site.manhole_covers * factor } : {}),
          ...(site.lilac_hedge_m2 !== undefined
            ? { lilac_hedge_m2: { ...site.lilac_hedge_m2, value: site.lilac_hedge_m2.value * factor } }
            : {}),
        },
      ]),
    ),
  });
  // Ticks and circles are drawn one element each: their cost is the cap's, so it is compared with 1,000×, not today.
  const capped = sizeAt((w) => fixtureView(backStreetWorks, scaled(1_000)).svg(w));

  test.each(FACTORS)('×%i', (factor) => {
    const view = fixtureView(backStreetWorks, scaled(factor));
    for (const width of WIDTHS) {
      const svg = view.svg(width);
      const root = parseSvg(svg);
      const panels = [
        unitRects(root, 'squares-road'),
        marksIn(root, 'ticks-road', 'line'),
        marksIn(root, 'circles-road', 'circle'),
        unitRects(root, 'squares-green'),
      ];
      for (const marks of panels) expect(marks.length).toBeLessThanOrEqual(MAX_MARKS_PER_PANEL);
      // Squares: the hedge's 1300 × factor m² sets one size for both panels in m² (the smallest
      // 10 m² × 10^k under the cap), so paving keeps today's 55 squares and hedge 130. Ticks and
      // circles (1 m, 1 cover each today) grow to 450 and 280 marks of 100 × 10^k.
      expect(panels.map((marks) => marks.length)).toEqual([55, 450, 280, 130]);
      expect(svg.length).toBeLessThan(capped[width]! * 1.05);
      const shown = shownText(root).join('\n');
      expect(shown).toContain(`每格${10 * factor}平方米`);
      expect(shown).toContain(`每条竖线${factor / 10}米`);
      expect(shown).toContain(`每个圆点${factor / 10}座`);
    }
    expect(view.describe()).toContain(`（每格${10 * factor}平方米，画成55个小方格）`);
  });
});

describe('released-road-streets: one strip per 1, 10, 100 … standard streets, at most MAX_STRIPS strips', () => {
  const scaled = (factor: number): Enclosures => ({
    ...enclosures,
    equivalent_standard_streets: enclosures.equivalent_standard_streets * factor,
  });
  const today = sizeAt((w) => fixtureView(releasedRoadStreets, enclosures).svg(w));

  test.each(FACTORS)('×%i', (factor) => {
    const view = fixtureView(releasedRoadStreets, scaled(factor));
    for (const width of WIDTHS) {
      const svg = view.svg(width);
      const root = parseSvg(svg);
      const strips = unitRects(root, 'streets').length;
      expect(strips).toBeLessThanOrEqual(MAX_STRIPS);
      // Today's 25 strips, each standing for `factor` streets.
      expect(strips).toBe(enclosures.equivalent_standard_streets);
      expect(svg.length).toBeLessThan(today[width]! * 1.5);
      expect(shownText(root).join('\n')).toContain(`每个图形 = ${factor}条“标准街道”`);
    }
    expect(view.describe()).toContain(`25个相同的街道图形，每个代表${factor}条“标准街道”`);
  });
});
