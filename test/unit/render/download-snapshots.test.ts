/**
 * Goldens of the download files' SVGs, at each download's own width, through the same path as the
 * site's download routes (chart view → standalone SVG with the download credits). The PNGs are these
 * SVGs rasterised, so a change to what a print desk or a WeChat editor gets shows up here. Charts
 * come from the registry; data from the fixtures (or the project's data where a dataset has none).
 */
import { describe, test } from 'vitest';
import { CHARTS } from '../../../src/charts/index.ts';
import { DOWNLOAD_WIDTHS, downloadCredits } from '../../../src/render/chart-downloads.ts';
import { viewChart } from '../../../src/render/chart-view.ts';
import { fixtureCatalog } from '../../helpers/fixture-catalog.ts';
import { assertSvgSnapshot } from '../../helpers/svg-snapshot.ts';

/** A fixed origin, so goldens do not depend on SITE_URL. */
const ORIGIN = 'https://graphics.example.org';

const cases = CHARTS.flatMap((chart) =>
  Object.entries(DOWNLOAD_WIDTHS).map(([kind, width]) => [chart.id, kind, width, chart] as const),
);

describe('download SVGs', () => {
  test.each(cases)('%s %s (%i px)', (id, kind, width, chart) => {
    const view = viewChart(chart, fixtureCatalog());
    const { svg } = view.standalone(width, downloadCredits(view, ORIGIN));
    assertSvgSnapshot(`download-${id}-${kind.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}-${width}`, svg);
  });
});
