/**
 * Every figure has a plausible range from what it means (src/schemas/fields.ts `Range`): a typo
 * with extra zeros is refused by the data check, naming the file and the field, with the range,
 * why it holds and the fix, in Chinese and English. Without a range, 6,360,000 hoardings built for
 * minutes and shipped a story page of megabytes (issue 9).
 */
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { loadCatalog } from '../../../src/data/catalog.ts';
import { formatProblem, type EditorProblem } from '../../../src/data/problems.ts';
import { metaOf, schemaAt } from '../../../src/data/schema-at.ts';
import { DATASET_IDS, DATASET_SCHEMAS, type DatasetId } from '../../../src/schemas/index.ts';
import { fixtureJson } from '../charts/chart-test-kit.ts';
import { fixtureProject } from '../../helpers/fixture-project.ts';
import { FIXTURES } from '../../helpers/temp-project.ts';

const TODAY = '2026-11-25';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function problemsWith(fixture: string, target: string): EditorProblem[] {
  const project = fixtureProject();
  cleanup = project.cleanup;
  copyFileSync(path.join(FIXTURES, 'bad-edits', `${fixture}.json`), path.join(project.root, target));
  return loadCatalog(project.root, { includeDrafts: true, today: TODAY }).problems;
}

interface Case {
  fixture: string;
  target: string;
  path: string;
  /** The range as the message must give it, in each language. */
  zh: string;
  en: string;
}

const CASES: Case[] = [
  {
    fixture: 'figure-above-range',
    target: 'data/enclosures/v2.json',
    path: 'sites_rectified',
    zh: '应在 0 到 10万（100000）处 之间，因为一座城市的围挡不会超过10万处',
    en: 'expected 0 to 100,000, because a city has at most 100,000 hoardings',
  },
  {
    fixture: 'figure-above-range-old-compounds',
    target: 'data/old-compounds/v2.json',
    path: 'problems_solved',
    zh: '应在 0 到 1000万（10000000）个 之间',
    en: 'expected 0 to 10,000,000',
  },
  {
    fixture: 'approx-above-range',
    target: 'data/enclosures/v2.json',
    path: 'sites.tiebei-2nd-road.morning_peak_throughput_gain_pct.value',
    zh: '应在 0 到 1000% 之间',
    en: 'expected 0 to 1,000',
  },
  {
    fixture: 'figure-below-range',
    target: 'data/back-streets/v2.json',
    path: 'target_months',
    zh: '应在 1 到 120个月 之间',
    en: 'expected 1 to 120',
  },
];

describe('a figure outside its plausible range is refused by the data check', () => {
  test.each(CASES)('$fixture: $path', ({ fixture, target, path: field, zh, en }) => {
    const problems = problemsWith(fixture, target);
    const problem = problems.find((p) => p.path === field);
    expect(problem, problems.map(formatProblem).join('\n')).toBeDefined();
    if (!problem) return;
    expect(problem.file).toBe(target);
    expect(problem.message).toContain(zh);
    expect(problem.message).toContain(en);
    // The fix, in both languages.
    expect(problem.message).toContain('请核对是否多打了零或用错了单位');
    expect(problem.message).toContain('check for an extra zero or a wrong unit');
    // Chinese first.
    expect(problem.message.indexOf(zh)).toBeLessThan(problem.message.indexOf(en));
  });

  test('the issue’s typo reads as one plain line naming file, field, range, reason, fix and the value found', () => {
    const problem = problemsWith('figure-above-range', 'data/enclosures/v2.json').find(
      (p) => p.path === 'sites_rectified',
    );
    expect(problem && formatProblem(problem).split('\n')[0]).toBe(
      'data/enclosures/v2.json › sites_rectified：应在 0 到 10万（100000）处 之间，因为一座城市的围挡不会超过10万处；' +
        '请核对是否多打了零或用错了单位，改成文章里的数字 (expected 0 to 100,000, because a city has at most 100,000 ' +
        "hoardings; check for an extra zero or a wrong unit and write the article's figure)，实际为 6360000",
    );
  });
});

/** Every figure a dataset's fixture cites: the keys of its source sentences, e.g. `sites.minle.lilac_hedge_m2`. */
function citedFigures(dataset: DatasetId): string[] {
  const sources = fixtureJson(dataset)['sources'] as { sentences?: Record<string, string> }[];
  return [...new Set(sources.flatMap((source) => Object.keys(source.sentences ?? {})))].filter(
    (key) => metaOf(schemaAt(DATASET_SCHEMAS[dataset], key.split('.'))!)?.['figure'] === true,
  );
}

/** A copy of `json` with the figure at `dotted` set to `value` (inside `{ value, qualifier }` when it is one). */
function withFigure(json: Record<string, unknown>, dotted: string, value: number): Record<string, unknown> {
  const copy = structuredClone(json);
  const keys = dotted.split('.');
  const last = keys.pop()!;
  const parent = keys.reduce((node, key) => node[key] as Record<string, unknown>, copy);
  const current = parent[last];
  parent[last] = typeof current === 'object' && current !== null ? { ...current, value } : value;
  return copy;
}

const FIGURES = DATASET_IDS.flatMap((dataset) => citedFigures(dataset).map((figure) => ({ dataset, figure })));

describe('every figure declares its range, and the schema enforces exactly it', () => {
  test('the fixtures cite figures of every dataset that has any', () => {
    expect(new Set(FIGURES.map(({ dataset }) => dataset))).toEqual(
      new Set(['enclosures', 'old-compounds', 'back-streets', 'timeline']),
    );
  });

  test.each(FIGURES)('$dataset › $figure', ({ dataset, figure }) => {
    const schema = DATASET_SCHEMAS[dataset];
    const meta = metaOf(schemaAt(schema, figure.split('.'))!)!;
    const { min, max } = meta as { min: unknown; max: unknown };
    expect(typeof max).toBe('number');
    expect(typeof min).toBe('number');
    const json = fixtureJson(dataset);
    expect(schema.safeParse(withFigure(json, figure, max as number)).success).toBe(true);
    expect(schema.safeParse(withFigure(json, figure, min as number)).success).toBe(true);
    const over = schema.safeParse(withFigure(json, figure, (max as number) * 10));
    expect(over.success).toBe(false);
    expect(over.error?.issues[0]?.message).toContain('请核对是否多打了零');
  });
});
