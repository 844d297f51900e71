/**
 * Dataset CSVs open in Excel: BOM, one row per field with label, unit and source sentence, safe
 * cells. The exact rows are checked on the fixtures; every version the project holds is exported
 * without losing a figure.
 */
import { csvParseRows } from 'd3';
import { afterAll, describe, expect, test } from 'vitest';
import { latestVersion, loadCatalog } from '../../../src/data/catalog.ts';
import { figurePaths } from '../../../src/data/citations.ts';
import { CSV_HEADER, datasetToCsv } from '../../../src/data/to-csv.ts';
import { DATASET_SCHEMAS } from '../../../src/schemas/index.ts';
import { formatPath, getAtPath } from '../../../src/text/json-path.ts';
import { fixtureProject } from '../../helpers/fixture-project.ts';
import { ROOT } from '../../helpers/temp-project.ts';

const fixtures = fixtureProject();
afterAll(fixtures.cleanup);

describe('datasetToCsv', () => {
  const enclosures = latestVersion(loadCatalog(fixtures.root, { includeDrafts: false }), 'enclosures');
  const csv = datasetToCsv('enclosures', DATASET_SCHEMAS.enclosures, enclosures.data);
  const rows = csvParseRows(csv.slice(1));

  test('starts with a UTF-8 byte-order mark and the bilingual header', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(rows[0]).toEqual(CSV_HEADER);
  });

  test('each figure has its value, unit, qualifier and source sentence', () => {
    const sites = rows.find((row) => row[3] === 'sites_rectified');
    expect(sites).toEqual([
      'enclosures',
      '1',
      '2025-07-11',
      'sites_rectified',
      '整治围挡',
      'Hoardings rectified',
      '636',
      '',
      '处',
      expect.stringContaining('整治围挡636处'),
    ]);
    const gain = rows.find((row) => row[3] === 'sites.tiebei-2nd-road.morning_peak_throughput_gain_pct');
    expect(gain?.slice(6, 9)).toEqual(['30', 'nearly', '%']);
  });

  test('a cell that would run as an Excel formula stays text', () => {
    const data = structuredClone(enclosures.data);
    const site = data.sites['nanhu-xincun'];
    if (site) site.description = '=HYPERLINK("http://x")';
    const evil = csvParseRows(datasetToCsv('enclosures', DATASET_SCHEMAS.enclosures, data).slice(1));
    expect(evil.find((row) => row[3] === 'sites.nanhu-xincun.description')?.[6]).toBe('\'=HYPERLINK("http://x")');
  });

  test("every version in the project exports every figure, whatever the dataset's size", () => {
    const catalog = loadCatalog(ROOT, { includeDrafts: true });
    expect(catalog.versions.size).toBeGreaterThan(0);
    for (const [dataset, versions] of catalog.versions) {
      for (const version of versions) {
        const out = csvParseRows(datasetToCsv(dataset, DATASET_SCHEMAS[dataset], version.data).slice(1));
        // The header and at least one field: a dataset may hold a single figure.
        expect(out.length, version.file).toBeGreaterThanOrEqual(2);
        expect(out.every((row) => row.length === CSV_HEADER.length)).toBe(true);
        const values = new Map(out.slice(1).map((row) => [row[3], row[6]]));
        for (const figure of figurePaths(DATASET_SCHEMAS[dataset], version.data)) {
          const value = getAtPath(version.data, figure);
          const number = typeof value === 'number' ? value : (value as { value: number }).value;
          expect(values.get(formatPath(figure)), `${version.file} › ${formatPath(figure)}`).toBe(String(number));
        }
      }
    }
  });
});
