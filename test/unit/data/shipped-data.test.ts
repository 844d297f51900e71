/**
 * The data we ship: every version of every dataset passes its schema, its citations and the lock;
 * and the Changchun story's datasets hold the article's figures and quotes verbatim, with nothing
 * the article does not give. The only unit test that may assert facts of the shipped data.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { findVersion, loadCatalog, type CatalogVersion } from '../../../src/data/catalog.ts';
import { figurePaths } from '../../../src/data/citations.ts';
import { formatProblem } from '../../../src/data/problems.ts';
import { DATASET_SCHEMAS, type DatasetId } from '../../../src/schemas/index.ts';
import { ROOT } from '../../helpers/temp-project.ts';

const article = readFileSync(path.join(ROOT, 'data/_sources/changchun-article.zh.txt'), 'utf8');
/** The article with its line breaks removed: one quote is split across lines in the source file. */
const flat = article.replace(/\n+/g, '');
const catalog = loadCatalog(ROOT, { includeDrafts: true });
const datasets = Object.keys(DATASET_SCHEMAS) as DatasetId[];
/** The article's own figures are version 1 of each dataset; later versions may correct or update them. */
function firstVersion<D extends DatasetId>(dataset: D): CatalogVersion<D> {
  const version = findVersion(catalog, dataset, 1);
  if (!version) throw new Error(`${dataset} has no version 1`);
  return version;
}
const ARTICLE_TITLE = '长春以高效能治理助推高质量发展';
/** The datasets taken from the Changchun article; datasets of other stories cite their own sources. */
const ARTICLE_DATASETS: DatasetId[] = ['enclosures', 'old-compounds', 'back-streets', 'timeline', 'quotes'];

describe('shipped data', () => {
  test('every version of every dataset passes its schema, its citations and the lock', () => {
    expect(catalog.problems.map(formatProblem)).toEqual([]);
    for (const dataset of datasets) expect(catalog.versions.get(dataset)?.length).toBeGreaterThan(0);
  });

  test.each(datasets)('%s: every source sentence is verbatim from the article and holds its figure', (dataset) => {
    for (const version of catalog.versions.get(dataset) ?? []) {
      // Sentences from other sources (a later correction, say) are checked by hand, not against this article.
      for (const source of version.data.sources.filter((s) => s.title === ARTICLE_TITLE)) {
        for (const [field, sentence] of Object.entries(source.sentences)) {
          expect(flat, `${version.file} › ${field}`).toContain(sentence);
        }
      }
      const sentences = Object.assign({}, ...version.data.sources.map((s) => s.sentences)) as Record<string, string>;
      for (const figure of figurePaths(DATASET_SCHEMAS[dataset], version.data)) {
        const key = figure.map((s) => (typeof s === 'number' ? `[${s}]` : s)).join('.').replace('.[', '[');
        expect(sentences[key], `${version.file} › ${key}`).toBeTruthy();
      }
    }
  });

  test('version 1 holds the article\'s headline figures', () => {
    const enclosures = firstVersion('enclosures').data;
    expect(enclosures.sites_rectified).toBe(636);
    expect(enclosures.road_area_released_m2).toBe(173_000);
    expect(enclosures.equivalent_standard_streets).toBe(25);
    expect(enclosures.idle_plots_greened).toBe(15);
    expect(enclosures.green_area_released_m2).toBe(118_000);
    expect(enclosures.xinmin_pocket_parks_added).toBe(13);
    expect(enclosures.as_of).toBe('2025-07-11');
    expect(firstVersion('old-compounds').data.problems_solved).toBe(9340);
    expect(firstVersion('old-compounds').data.standard_categories).toBe(11);
    const century = firstVersion('back-streets').data.sites['century-square'];
    expect([century?.paving_m2, century?.curbs_m, century?.manhole_covers]).toEqual([550, 45, 28]);
  });

  test('every quote is verbatim, and the nine named people are all there', () => {
    const { quotes } = firstVersion('quotes').data;
    for (const quote of quotes) expect(flat, quote.id).toContain(quote.text);
    const named = new Set(quotes.flatMap((q) => (q.name ? [q.name] : [])));
    expect([...named].sort()).toEqual(['付秀杰', '张建国', '李淑琴', '梁梁', '王桂芬', '王磊', '赵月', '赵智强', '高卫国'].sort());
    expect(quotes.some((q) => q.name === null)).toBe(true);
  });

  test("the article's datasets cite it in version 1, with the year reasoned from the Central Urban Work Conference", () => {
    for (const dataset of ARTICLE_DATASETS) {
      const [source] = firstVersion(dataset).data.sources;
      expect(source?.title, dataset).toBe(ARTICLE_TITLE);
      expect(source?.date).toBe('2025');
      expect(source?.date_note).toContain('中央城市工作会议');
    }
  });

  test('lists the article gives without counts carry no counts', () => {
    const oldCompounds = firstVersion('old-compounds').data;
    expect(oldCompounds.problem_kinds_named).toEqual(['路面破损', '绿化修复', '外立面修复', '单元门更换']);
    expect(figurePaths(DATASET_SCHEMAS['old-compounds'], oldCompounds).map((p) => p.join('.'))).toEqual([
      'problems_solved',
      'standard_categories',
    ]);
  });
});
