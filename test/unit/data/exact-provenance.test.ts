/**
 * A figure is sourced only when its sentence states that very number, as a whole: with the sentence
 * "…问题9500个", problems_solved of 950, 50, 0 or -0 is refused by the data check (each is only part
 * of 9500), and 9500 itself passes, however the sentence writes it. The draft is
 * test/fixtures/bad-edits/figure-part-of-number.json (old-compounds v2, problems_solved 950), dropped
 * into a fixture project with its figure or sentence rewritten for each case.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { loadCatalog } from '../../../src/data/catalog.ts';
import { formatProblem, type EditorProblem } from '../../../src/data/problems.ts';
import { fixtureProject } from '../../helpers/fixture-project.ts';
import { FIXTURES } from '../../helpers/temp-project.ts';

const DRAFT = readFileSync(path.join(FIXTURES, 'bad-edits', 'figure-part-of-number.json'), 'utf8');
const FIGURE = '"problems_solved": 950,';
const SENTENCE = '等问题9500个。';
const TODAY = '2026-11-25';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** The problems the data check reports on problems_solved once the draft is in a project. */
function problemsWith(figure: string, sentence = '9500'): EditorProblem[] {
  expect(DRAFT).toContain(FIGURE);
  expect(DRAFT).toContain(SENTENCE);
  const project = fixtureProject();
  cleanup = project.cleanup;
  const text = DRAFT.replace(FIGURE, `"problems_solved": ${figure},`).replaceAll(SENTENCE, `等问题${sentence}个。`);
  writeFileSync(path.join(project.root, 'data/old-compounds/v2.json'), text);
  const { problems } = loadCatalog(project.root, { includeDrafts: true, today: TODAY });
  return problems.filter((problem) => problem.file === 'data/old-compounds/v2.json');
}

describe('a figure must be the whole number its sentence states', () => {
  test.each(['950', '50', '0', '-0', '500', '95', '9'])('problems_solved %s is refused for "问题9500个"', (figure) => {
    const problems = problemsWith(figure);
    const problem = problems.find((p) => p.path === 'problems_solved');
    expect(problem, problems.map(formatProblem).join('\n')).toBeDefined();
    expect(problem?.message).toContain('来源原句里没有这个数字');
    expect(problem?.message).toContain('does not contain this figure');
    // The fix shows the editor the number the sentence does state.
    expect(problem?.fix).toContain('“9500”');
    expect(problem?.line).toBeGreaterThan(1);
    expect(formatProblem(problem!)).not.toMatch(/\n\s+at .+:\d+:\d+\)?$/m);
  });

  test.each([
    ['9500', '9500'],
    ['9500', '９５００'],
    ['9500', '9,500'],
    ['9500', '九千五百'],
    ['9500', '0.95万'],
  ])('problems_solved %s is sourced by "问题%s个"', (figure, sentence) => {
    expect(problemsWith(figure, sentence).map(formatProblem)).toEqual([]);
  });

  test('a figure that drops the sentence\'s qualifier is told which qualifier to write', () => {
    const problems = problemsWith('9500', '9500余');
    const problem = problems.find((p) => p.path === 'problems_solved');
    expect(problem?.message).toContain('“9500余”');
    expect(problem?.fix).toContain('"qualifier": "more_than"');
  });
});
