/**
 * SVG snapshots, after Observable Plot's test/plot-snapshot.js: a chart rendered from fixture data
 * is compared with the committed golden `test/output/<name>.svg`. On a mismatch the new rendering
 * is written to `test/output/<name>-changed.svg` (ignored by git) for a person to look at, and the
 * test fails. A missing golden is written on a developer's machine, but is a failure under CI:
 * CI must never create goldens.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TypedChart } from '../../src/charts/chart-definition.ts';
import { viewOf, type ChartView } from '../../src/render/chart-view.ts';
import type { DatasetData, DatasetId } from '../../src/schemas/index.ts';
import type { Lang } from '../../src/text/lang.ts';
import { REPO } from './temp-project.ts';

export const OUTPUT_DIR = path.join(REPO, 'test/output');

/**
 * The view of a chart bound to test data as version 1 of its dataset. The hash is the data's, as
 * for a real version, so the render cache tells variants of a fixture apart.
 */
export function fixtureView<D extends DatasetId>(
  chart: TypedChart<D>,
  data: DatasetData<D>,
  lang: Lang = 'zh',
): ChartView {
  const sha256 = createHash('sha256').update(JSON.stringify(data)).digest('hex');
  return viewOf(chart.bindVersion({ dataset: chart.dataset, version: 1, sha256, published: true, data }, lang));
}

/** Renders a chart through the same path as the site's pages: the SVG a page ships, byte for byte. */
export function renderChartSvg<D extends DatasetId>(
  chart: TypedChart<D>,
  data: DatasetData<D>,
  width: number,
  state?: string,
  lang: Lang = 'zh',
): string {
  return fixtureView(chart, data, lang).svg(width, state);
}

/**
 * Snapshot name for a chart rendering: `<chart-id>-<width>` or `<chart-id>-<state>-<width>` for the
 * original edition, with the language first otherwise (`en-<chart-id>-<width>`).
 */
export function snapshotName(chartId: string, width: number, state?: string, lang: Lang = 'zh'): string {
  return [lang === 'zh' ? undefined : lang, chartId, state, width].filter((part) => part !== undefined).join('-');
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
