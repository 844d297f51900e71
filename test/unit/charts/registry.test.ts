/**
 * The chart registry: every published chart has a unique, kebab-case id (ids are public URLs),
 * reads a known dataset, is found by its id, and renders in every state it declares and with no
 * state. The list of charts comes from the registry itself; test data comes from the fixtures, or
 * from the project's own data for a dataset that has no fixture.
 */
import { describe, expect, test } from 'vitest';
import type { Chart } from '../../../src/charts/chart-definition.ts';
import { CHARTS, findChart } from '../../../src/charts/index.ts';
import { CHART_WIDTHS } from '../../../src/render/render-chart.ts';
import { viewChart } from '../../../src/render/chart-view.ts';
import { isDatasetId } from '../../../src/schemas/index.ts';
import { LANGS } from '../../../src/text/lang.ts';
import { fixtureCatalog } from '../../helpers/fixture-catalog.ts';
import { parseSvg } from './chart-test-kit.ts';

const charts: readonly Chart[] = CHARTS;

describe('chart registry', () => {
  test('ids are unique and kebab-case, and each is found by its id', () => {
    const ids = charts.map((chart) => chart.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    for (const chart of charts) {
      expect(chart.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(findChart(chart.id)).toBe(chart);
    }
    expect(findChart('no-such-chart')).toBeUndefined();
  });

  test.each(charts.map((chart) => [chart.id, chart] as const))(
    '%s reads a known dataset and renders in every state',
    (_id, chart) => {
      expect(isDatasetId(chart.dataset)).toBe(true);
      for (const lang of LANGS) {
        expect(chart.embedHeight[lang]).toBeGreaterThan(0);
        expect(viewChart(chart, fixtureCatalog(), undefined, lang).embedHeight).toBe(chart.embedHeight[lang]);
      }
      const view = viewChart(chart, fixtureCatalog());
      expect(view.id).toBe(chart.id);
      expect(view.states).toEqual(chart.states ?? []);
      expect(new Set(view.states).size).toBe(view.states.length);
      for (const state of [undefined, ...view.states]) {
        for (const width of Object.values(CHART_WIDTHS)) {
          const root = parseSvg(view.svg(width, state));
          expect(Number(root.getAttribute('height'))).toBeGreaterThan(0);
          // The embed height must at least hold the chart at the wide width.
          if (width === CHART_WIDTHS.wide)
            expect(chart.embedHeight.zh).toBeGreaterThan(Number(root.getAttribute('height')));
        }
        expect(view.describe(state).length).toBeGreaterThan(20);
      }
    },
  );
});
