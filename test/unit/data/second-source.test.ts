/**
 * docs/EDITING.md §3, "add a second source": a figure belongs to the source whose `sentences` holds
 * its sentence, so a figure from another report moves its key to a new entry of `sources`, and the
 * other figures keep their source. These tests hold the guide to what the data model does.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { loadCatalog } from '../../../src/data/catalog.ts';
import { fixtureProject } from '../../helpers/fixture-project.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

interface Source {
  publication: string;
  title: string;
  date: string;
  sentences: Record<string, string>;
}

const SECOND = { publication: '测试日报', title: '第二篇报道', date: '2025-08-02' };

/** An enclosures v2 draft whose `sites_rectified` is 640, the figure of a second report. */
function draftWithSecondSource(place: (first: Source, second: Source) => void) {
  const p = fixtureProject();
  cleanup = p.cleanup;
  const data = JSON.parse(readFileSync(path.join(p.root, 'data/enclosures/v1.json'), 'utf8')) as Record<string, unknown>;
  data['version'] = 2;
  data['note'] = '更新：整治围挡数来自第二篇报道。(Update: the hoarding count comes from a second report.)';
  data['sites_rectified'] = 640;
  const sources = data['sources'] as Source[];
  const first = sources[0];
  if (!first) throw new Error('the enclosures fixture has no source');
  const second: Source = { ...SECOND, sentences: {} };
  place(first, second);
  sources.push(second);
  writeFileSync(path.join(p.root, 'data/enclosures/v2.json'), `${JSON.stringify(data, null, 2)}\n`);
  return { root: p.root, firstTitle: first.title };
}

const NEW_SENTENCE = '截至8月1日，全市累计整治围挡640处。';

describe('a second source', () => {
  test("the figure's key moved to the new source: valid, and the first source keeps its other figures", () => {
    const { root, firstTitle } = draftWithSecondSource((first, second) => {
      delete first.sentences['sites_rectified'];
      second.sentences['sites_rectified'] = NEW_SENTENCE;
    });
    const catalog = loadCatalog(root, { includeDrafts: true });
    expect(catalog.problems).toEqual([]);
    const v2 = catalog.versions.get('enclosures')?.at(-1);
    expect(v2?.data.sources.map((s) => s.title)).toEqual([firstTitle, SECOND.title]);
    expect(Object.keys(v2?.data.sources[0]?.sentences ?? {}).length).toBeGreaterThan(0);
  });

  test("a key left under the old source is refused: the old report's sentence does not state the new figure", () => {
    const { root } = draftWithSecondSource(() => {});
    const problems = loadCatalog(root, { includeDrafts: true }).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'data/enclosures/v2.json', path: 'sites_rectified' });
  });

  test('a key under two sources: only the later sentence is checked', () => {
    const { root } = draftWithSecondSource((_first, second) => {
      second.sentences['sites_rectified'] = NEW_SENTENCE;
    });
    // The first source still has the old sentence (636): it is not read, the second one is.
    expect(loadCatalog(root, { includeDrafts: true }).problems).toEqual([]);
  });
});
