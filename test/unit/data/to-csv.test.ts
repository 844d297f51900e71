/** Dataset CSVs open in Excel: BOM, one row per field with label, unit and source sentence, safe cells. */
import { csvParseRows } from 'd3';
import { describe, expect, test } from 'vitest';
import { latestVersion, loadCatalog } from '../../../src/data/catalog.ts';
import { CSV_HEADER, datasetToCsv } from '../../../src/data/to-csv.ts';
import { DATASET_SCHEMAS } from '../../../src/schemas/index.ts';
import { ROOT } from '../../helpers/temp-project.ts';

const catalog = loadCatalog(ROOT, { includeDrafts: false });

describe('datasetToCsv', () => {
  const enclosures = latestVersion(catalog, 'enclosures');
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

  test('every dataset exports without losing a field', () => {
    for (const [dataset, versions] of catalog.versions) {
      for (const version of versions) {
        const out = csvParseRows(datasetToCsv(dataset, DATASET_SCHEMAS[dataset], version.data).slice(1));
        expect(out.length).toBeGreaterThan(2);
        expect(out.every((row) => row.length === CSV_HEADER.length)).toBe(true);
      }
    }
  });
});
