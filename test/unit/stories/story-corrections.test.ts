/**
 * Corrections, in a fixture project (test/fixtures/data, published on a fixed day) with one story
 * showing one chart: a version marked `correction` (the fixture test/fixtures/corrections/) makes
 * the story list a dated correction linking both versions' data and the chart at both versions,
 * and moves the story's `modified` date; a plain update moves the date but is no correction; the
 * data check refuses a correction of a later, missing or unpublished version in plain words.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { CHARTS } from '../../../src/charts/index.ts';
import { loadCatalog } from '../../../src/data/catalog.ts';
import { sha256 } from '../../../src/data/hash.ts';
import { readLock, lockKey, writeLock } from '../../../src/data/lock.ts';
import { storyCorrections } from '../../../src/stories/story-corrections.ts';
import { storyDates } from '../../../src/stories/story-dates.ts';
import { fixtureProject, sampleVersionBytes } from '../../helpers/fixture-project.ts';
import { FIXTURES } from '../../helpers/temp-project.ts';

const CHART = CHARTS[0];
if (!CHART) throw new Error('no chart in the registry');
const DATASET = CHART.dataset;
const FIRST_PUBLISHED = '2025-07-15'; // the day fixtureProject publishes every v1
const CORRECTED_ON = '2025-08-01';
const WHAT = (
  JSON.parse(readFileSync(path.join(FIXTURES, 'corrections/correction.json'), 'utf8')) as {
    what: { zh: string; en: string };
  }
).what;

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((cleanup) => cleanup());
  cleanups = [];
});

/** A fixture project with a story that shows CHART, and a v2 of its dataset with `correction` (or none). */
function project(correction: unknown, publish = true): string {
  const { root, cleanup } = fixtureProject();
  cleanups.push(cleanup);
  mkdirSync(path.join(root, 'content/stories'), { recursive: true });
  writeFileSync(
    path.join(root, 'content/stories/fixture.mdx'),
    `---\ntitle: 测试\ndek: 测试\ndescription: 测试\ncredit: 测试\n---\n\n<Chart id="${CHART?.id}" />\n`,
  );
  const v2 = JSON.parse(sampleVersionBytes(DATASET).toString('utf8')) as Record<string, unknown>;
  v2['version'] = 2;
  v2['note'] = '测试用第2版。(Test only: version 2.)';
  if (correction !== undefined) v2['correction'] = correction;
  const bytes = Buffer.from(`${JSON.stringify(v2, null, 2)}\n`);
  writeFileSync(path.join(root, 'data', DATASET, 'v2.json'), bytes);
  if (publish) {
    const entry = { key: lockKey(DATASET, 2), sha256: sha256(bytes), published_on: CORRECTED_ON };
    writeLock(root, readLock(root).lock, [entry]);
  }
  return root;
}

const catalogOf = (root: string) => loadCatalog(root, { includeDrafts: false, today: '2026-01-01' });
const correctionProblems = (root: string) =>
  loadCatalog(root, { includeDrafts: true, today: '2026-01-01' }).problems.filter((p) =>
    p.path?.startsWith('correction'),
  );

describe('a correction', () => {
  test('is listed for the story, dated, linking both versions and the chart at both', () => {
    const root = project({ of: 1, what: WHAT });
    const catalog = catalogOf(root);
    expect(catalog.problems).toEqual([]);
    const [correction, ...more] = storyCorrections('fixture', catalog, 'zh', root);
    expect(more).toEqual([]);
    expect(correction).toMatchObject({
      dataset: DATASET,
      what: WHAT,
      date: CORRECTED_ON,
      corrected: { version: 1, data: { json: `/data/${DATASET}/v1.json`, csv: `/data/${DATASET}/v1.csv` } },
      correcting: { version: 2, data: { json: `/data/${DATASET}/v2.json`, csv: `/data/${DATASET}/v2.csv` } },
    });
    expect(correction?.corrected.charts.map((c) => c.url)).toEqual([`/embed/${CHART.id}/v1/`]);
    expect(correction?.correcting.charts.map((c) => c.url)).toEqual([`/embed/${CHART.id}/v2/`]);
  });

  test("moves the story's modified date to its publication; the published date stays", () => {
    const root = project({ of: 1, what: WHAT });
    expect(storyDates('fixture', catalogOf(root), root)).toEqual({
      published: FIRST_PUBLISHED,
      modified: CORRECTED_ON,
    });
  });

  test('a plain new version moves the modified date too, but is no correction', () => {
    const root = project(undefined);
    expect(storyCorrections('fixture', catalogOf(root), 'zh', root)).toEqual([]);
    expect(storyDates('fixture', catalogOf(root), root)).toEqual({
      published: FIRST_PUBLISHED,
      modified: CORRECTED_ON,
    });
  });

  test('a draft correction is not dated and does not move the dates (preview)', () => {
    const root = project({ of: 1, what: WHAT }, false);
    const preview = loadCatalog(root, { includeDrafts: true, today: '2026-01-01' });
    expect(storyCorrections('fixture', preview, 'zh', root)[0]?.date).toBeUndefined();
    expect(storyDates('fixture', preview, root)).toEqual({ published: FIRST_PUBLISHED, modified: FIRST_PUBLISHED });
  });
});

describe('the data check refuses', () => {
  test('a correction of the version itself or a later one', () => {
    for (const of of [2, 3]) {
      const [problem, ...more] = correctionProblems(project({ of, what: WHAT }));
      expect(more).toEqual([]);
      expect(problem).toMatchObject({ file: `data/${DATASET}/v2.json`, path: 'correction.of', found: String(of) });
      expect(problem?.message).toMatch(/只能更正比它早的版本.*\(v2 can only correct an earlier version/);
      expect(problem?.fix).toMatch(/correction\.of/);
    }
  });

  test('a correction of a version that does not exist or was never published', () => {
    const root = project({ of: 1, what: WHAT });
    // v1 taken out of the lock: a draft, which is edited, not corrected.
    const lock = readLock(root).lock;
    delete lock.published[lockKey(DATASET, 1)];
    writeFileSync(path.join(root, 'data/published.lock.json'), JSON.stringify(lock));
    const [problem] = correctionProblems(root);
    expect(problem).toMatchObject({ file: `data/${DATASET}/v2.json`, path: 'correction.of' });
    expect(problem?.message).toMatch(/v1 不是 .* 已发布的版本.*\(v1 is not a published version/);
  });

  test('a correction without what changed, with a plain bilingual message', () => {
    const problems = loadCatalog(project({ of: 1 }), { includeDrafts: true, today: '2026-01-01' }).problems;
    const problem = problems.find((p) => p.path?.startsWith('correction'));
    expect(problem?.file).toBe(`data/${DATASET}/v2.json`);
    expect(problem?.message).toMatch(/[\u4e00-\u9fff].*\(.*[a-z]/);
  });
});
