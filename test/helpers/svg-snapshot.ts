/**
 * SVG snapshots, after Observable Plot's test/plot-snapshot.js: a chart rendered from fixture data
 * is compared with the committed golden `test/output/<name>.svg`. On a mismatch the new rendering
 * is written to `test/output/<name>-changed.svg` (ignored by git) for a person to look at, and the
 * test fails. A missing golden is written on a developer's machine, but is a failure under CI:
 * CI must never create goldens.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ChartDefinition } from '../../src/charts/chart-definition.ts';
import { renderSvg } from '../../src/render/render-svg.ts';
import type { DatasetData, DatasetId } from '../../src/schemas/index.ts';
import { ROOT } from './temp-project.ts';

export const OUTPUT_DIR = path.join(ROOT, 'test/output');

/** Renders a chart exactly as the site does, with ids that depend only on the chart and request. */
export function renderChartSvg<D extends DatasetId>(
  chart: ChartDefinition<D>,
  data: DatasetData<D>,
  width: number,
  state?: string,
): string {
  const idPrefix = ['chart', chart.id, state ?? 'full', width].join('-');
  return renderSvg(chart.plot(data, { width, ...(state ? { state } : {}) }), {
    idPrefix,
    title: chart.title(data),
    description: chart.describe(data, state),
  });
}

/** Snapshot name for a chart rendering: `<chart-id>-<width>` or `<chart-id>-<state>-<width>`. */
export function snapshotName(chartId: string, width: number, state?: string): string {
  return [chartId, state, width].filter((part) => part !== undefined).join('-');
}

/**
 * Compares `svg` with the golden `test/output/<name>.svg`. Throws (failing the test) on a mismatch,
 * after writing `<name>-changed.svg`; writes the golden when it is missing, except under CI.
 */
export function assertSvgSnapshot(name: string, svg: string): void {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new Error(`Snapshot name "${name}" must be kebab-case.`);
  const golden = path.join(OUTPUT_DIR, `${name}.svg`);
  const changed = path.join(OUTPUT_DIR, `${name}-changed.svg`);
  const actual = svg.endsWith('\n') ? svg : `${svg}\n`;
  if (!existsSync(golden)) {
    if (process.env['CI']) {
      throw new Error(
        `Missing golden test/output/${name}.svg: run the tests locally and commit it (CI never creates goldens).`,
      );
    }
    mkdirSync(OUTPUT_DIR, { recursive: true });
    writeFileSync(golden, actual);
    console.warn(`Wrote new golden test/output/${name}.svg — look at it before committing.`);
    return;
  }
  const expected = readFileSync(golden, 'utf8');
  if (expected === actual) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  throw new Error(
    `SVG snapshot test/output/${name}.svg changed: compare it with test/output/${name}-changed.svg; ` +
      `if the change is intended, replace the golden with it.`,
  );
}
