/**
 * The chart registry: every published chart has a unique, kebab-case id (ids are public URLs),
 * reads a known dataset, and renders in every state it declares and with no state.
 */
import { describe, expect, test } from 'vitest';
import type { ChartDefinition } from '../../../src/charts/chart-definition.ts';
import { CHARTS, findChart } from '../../../src/charts/index.ts';
import { isDatasetId } from '../../../src/schemas/index.ts';
import { renderChartSvg } from '../../helpers/svg-snapshot.ts';
import { WIDTHS, loadFixture, parseSvg } from './chart-test-kit.ts';

const charts = CHARTS as readonly ChartDefinition[];

describe('chart registry', () => {
  test('ids are unique and kebab-case', () => {
    const ids = charts.map((chart) => chart.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  test('holds the published charts, by their public ids', () => {
    expect(charts.map((chart) => chart.id).sort()).toEqual(
      [
        'action-timeline',
        'back-street-works',
        'closed-loop',
        'hoarding-units',
        'old-compound-problems',
        'released-road-streets',
        'road-vs-green-area',
      ].sort(),
    );
    for (const chart of charts) expect(findChart(chart.id)).toBe(chart);
  });

  test.each(charts.map((chart) => [chart.id, chart] as const))(
    '%s reads a known dataset and renders in every state',
    (_id, chart) => {
      expect(isDatasetId(chart.dataset)).toBe(true);
      expect(chart.embedHeight).toBeGreaterThan(0);
      const data = loadFixture(chart.dataset) as never;
      for (const state of [undefined, ...(chart.states ?? [])]) {
        for (const width of WIDTHS) {
          const root = parseSvg(renderChartSvg(chart, data, width, state));
          expect(Number(root.getAttribute('height'))).toBeGreaterThan(0);
          // The embed height must at least hold the chart at the wide width.
          if (width === 640) expect(chart.embedHeight).toBeGreaterThan(Number(root.getAttribute('height')));
        }
        expect(chart.describe(data, state).length).toBeGreaterThan(20);
      }
      expect(new Set(chart.states ?? []).size).toBe((chart.states ?? []).length);
    },
  );
});
