/**
 * Published versions are immutable: the lock catches a one-byte change and a deleted file, and the
 * editor's flow (new version → edit → publish) works end to end through the npm scripts. Each test
 * works in a fixture project (test/fixtures/data), never on the shipped data.
 */
import { readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadCatalog } from '../../../src/data/catalog.ts';
import { commandProjects } from '../../helpers/fixture-project.ts';
import { FIXTURES, runProjectScript } from '../../helpers/temp-project.ts';

/** A fixture project that can run the editor's commands. */
const project = commandProjects();

describe('the publish lock', () => {
  test('a one-byte change to a published version is caught', () => {
    const root = project();
    const file = path.join(root, 'data/enclosures/v1.json');
    const bytes = readFileSync(file);
    // Change one letter of the English note ("First" → "Girst"): still valid JSON and valid data, so
    // only the lock can tell.
    const at = bytes.indexOf(Buffer.from('(First version'));
    expect(at).toBeGreaterThan(0);
    bytes[at + 1] = 'G'.charCodeAt(0);
    writeFileSync(file, bytes);
    const { problems } = loadCatalog(root, { includeDrafts: true });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe('data/enclosures/v1.json');
    expect(problems[0]?.message).toContain('内容不能再改');
    expect(problems[0]?.message).toContain('must not change');
    expect(problems[0]?.fix).toContain('npm run data:new-version -- enclosures');
  });

  test('a whitespace-only change is a change too', () => {
    const root = project();
    const file = path.join(root, 'data/quotes/v1.json');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n`);
    expect(loadCatalog(root, { includeDrafts: true }).problems.map((p) => p.file)).toEqual(['data/quotes/v1.json']);
  });

  test('deleting a published version is caught', () => {
    const root = project();
    rmSync(path.join(root, 'data/timeline/v1.json'));
    const { problems } = loadCatalog(root, { includeDrafts: true });
    expect(problems.some((p) => p.file === 'data/timeline/v1.json' && p.message.includes('被删除'))).toBe(true);
  });

  test('data:check exits 1 with the report and no stack trace', () => {
    const root = project();
    writeFileSync(path.join(root, 'data/enclosures/v1.json'), readFileSync(path.join(root, 'data/enclosures/v1.json'), 'utf8').replace('"sites_rectified": 636', '"sites_rectified": "636"'));
    const { code, out } = runProjectScript(root, 'check-data.ts');
    expect(code).toBe(1);
    expect(out).toContain('data/enclosures/v1.json › sites_rectified：应为非负整数 (expected a non-negative integer)，实际为 "636"');
    expect(out).not.toMatch(/^\s+at .*\(.*:\d+:\d+\)$/m);
  });
});

describe('new version → edit → publish', () => {
  test('the editor flow, with the checks at each step', () => {
    const root = project();
    const created = runProjectScript(root, 'new-data-version.ts', ['enclosures']);
    expect(created.code).toBe(0);
    const v2 = path.join(root, 'data/enclosures/v2.json');
    const draft = JSON.parse(readFileSync(v2, 'utf8')) as Record<string, unknown>;
    expect(draft['version']).toBe(2);
    expect(draft['note']).toBe('');

    // An empty note fails: the editor must say what changed.
    const blocked = runProjectScript(root, 'check-data.ts');
    expect(blocked.code).toBe(1);
    expect(blocked.out).toContain('data/enclosures/v2.json › note');

    draft['note'] = '更正：测试。(Correction: test.)';
    writeFileSync(v2, `${JSON.stringify(draft, null, 2)}\n`);
    const ok = runProjectScript(root, 'check-data.ts');
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('data/enclosures/v2.json');

    // Drafts are not part of a public build until published.
    expect(loadCatalog(root, { includeDrafts: false }).versions.get('enclosures')?.map((v) => v.version)).toEqual([1]);
    expect(runProjectScript(root, 'publish-data-version.ts', ['enclosures']).code).toBe(0);
    expect(loadCatalog(root, { includeDrafts: false }).versions.get('enclosures')?.map((v) => v.version)).toEqual([1, 2]);

    // Now v2 is locked as well.
    writeFileSync(v2, readFileSync(v2, 'utf8').replace('"version": 2', '"version":  2'));
    expect(loadCatalog(root, { includeDrafts: true }).problems.map((p) => p.file)).toEqual(['data/enclosures/v2.json']);
  });

  test('publishing refuses a draft with problems and locks nothing', () => {
    const root = project();
    copyFileSync(path.join(FIXTURES, 'bad-edits/negative-number.json'), path.join(root, 'data/enclosures/v2.json'));
    const lockBefore = readFileSync(path.join(root, 'data/published.lock.json'), 'utf8');
    const result = runProjectScript(root, 'publish-data-version.ts', ['enclosures']);
    expect(result.code).toBe(1);
    expect(result.out).toContain('green_area_released_m2');
    expect(readFileSync(path.join(root, 'data/published.lock.json'), 'utf8')).toBe(lockBefore);
  });

  test('an unknown dataset name is answered plainly', () => {
    const root = project();
    const result = runProjectScript(root, 'new-data-version.ts', ['enclosure']);
    expect(result.code).toBe(1);
    expect(result.out).toContain('请写明数据集名称');
  });
});

describe('facts recorded in two datasets', () => {
  test('a new hoarding cut-off date must move the timeline with it', () => {
    const root = project();
    expect(runProjectScript(root, 'new-data-version.ts', ['enclosures']).code).toBe(0);
    const file = path.join(root, 'data/enclosures/v2.json');
    const draft = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    draft['as_of'] = '2025-08-01';
    draft['note'] = '测试 (test)';
    writeFileSync(file, `${JSON.stringify(draft, null, 2)}\n`);
    const problems = loadCatalog(root, { includeDrafts: true }).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'data/timeline/v1.json', path: 'events.data-cutoff.date' });
    expect(problems[0]?.message).toContain('data/enclosures/v2.json');

    // The way out the message gives: a timeline version too (allowed while the two disagree),
    // the same day in it, then both published together.
    const created = runProjectScript(root, 'new-data-version.ts', ['timeline']);
    expect(created.code, created.out).toBe(0);
    const timelineFile = path.join(root, 'data/timeline/v2.json');
    const timeline = JSON.parse(readFileSync(timelineFile, 'utf8')) as {
      as_of: string;
      note: string;
      events: Record<string, { date: string }>;
    };
    timeline.note = '测试 (test)';
    timeline.as_of = '2025-08-01';
    const cutoff = timeline.events['data-cutoff'];
    if (cutoff) cutoff.date = '2025-08-01';
    writeFileSync(timelineFile, `${JSON.stringify(timeline, null, 2)}\n`);
    expect(loadCatalog(root, { includeDrafts: true }).problems).toEqual([]);
    const published = runProjectScript(root, 'publish-data-version.ts', ['enclosures', 'timeline']);
    expect(published.code, published.out).toBe(0);
    expect(published.out).toContain('enclosures/v2.json');
    expect(published.out).toContain('timeline/v2.json');
  });

  test("another dataset's unfinished draft does not stop a new version, but this dataset's own does", () => {
    const root = project();
    expect(runProjectScript(root, 'new-data-version.ts', ['enclosures']).code).toBe(0);
    // enclosures v2 has an empty note, a problem of its own: the quotes can still get a version.
    const quotes = runProjectScript(root, 'new-data-version.ts', ['quotes']);
    expect(quotes.code, quotes.out).toBe(0);
    // A broken published file of this dataset still stops it, naming the file.
    const v1 = path.join(root, 'data/back-streets/v1.json');
    writeFileSync(v1, readFileSync(v1, 'utf8').replace('"version": 1', '"version": "one"'));
    const blocked = runProjectScript(root, 'new-data-version.ts', ['back-streets']);
    expect(blocked.code).toBe(1);
    expect(blocked.out).toContain('data/back-streets/v1.json');
  });
});
