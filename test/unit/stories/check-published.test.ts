/**
 * A dataset with only a draft (a v1.json not yet in the lock) is an editor's matter, never an
 * internal error: the public catalog's lookups say "publish it", the checks name every story and
 * chart that needs it, and `npm run data:check` says so before the build would.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CHARTS } from '../../../src/charts/index.ts';
import { latestVersion, loadCatalog } from '../../../src/data/catalog.ts';
import { lookupFact } from '../../../src/data/figures.ts';
import { LOCK_FILE } from '../../../src/data/lock.ts';
import { isEditorError } from '../../../src/data/problems.ts';
import { DATASET_IDS } from '../../../src/schemas/index.ts';
import { STORIES_DIR } from '../../../src/stories/check-content.ts';
import { checkPublishedData } from '../../../src/stories/check-published.ts';
import { runEditorChecks } from '../../../src/stories/editor-checks.ts';
import { fixtureProject } from '../../helpers/fixture-project.ts';
import { runProjectScript } from '../../helpers/temp-project.ts';

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

const draftOnly = DATASET_IDS[0] ?? 'quotes';
const publish = `npm run data:publish -- ${draftOnly}`;
const story = `${STORIES_DIR}/uses-draft.mdx`;

/** A fixture project whose `draftOnly` dataset is unpublished, with a story that cites it. */
function project(): string {
  const { root, cleanup } = fixtureProject(['src', 'scripts', 'package.json', 'node_modules']);
  cleanups.push(cleanup);
  const lockFile = path.join(root, LOCK_FILE);
  const lock = JSON.parse(readFileSync(lockFile, 'utf8')) as { published: Record<string, unknown> };
  delete lock.published[`${draftOnly}/v1.json`];
  writeFileSync(lockFile, JSON.stringify(lock));
  mkdirSync(path.join(root, STORIES_DIR), { recursive: true });
  writeFileSync(
    path.join(root, story),
    `---\ntitle: 标题\ndek: 截至{${draftOnly}.as_of}\ndescription: 简介\ncredit: 测试\n---\n\n<Num of="${draftOnly}.as_of" />\n`,
  );
  return root;
}

describe('a dataset with only a draft', () => {
  const root = project();
  const publicCatalog = loadCatalog(root, { includeDrafts: false });

  test('its newest version is an editor error that says to publish it', () => {
    let thrown: unknown;
    try {
      latestVersion(publicCatalog, draftOnly);
    } catch (error) {
      thrown = error;
    }
    expect(isEditorError(thrown)).toBe(true);
    expect(thrown instanceof Error && thrown.message).toContain(publish);
    expect(latestVersion(loadCatalog(root, { includeDrafts: true }), draftOnly).published).toBe(false);
  });

  test('a figure from it is a miss that says to publish it, not a throw', () => {
    const found = lookupFact(publicCatalog, `${draftOnly}.as_of`);
    expect(found.ok).toBe(false);
    expect(found.ok ? '' : found.fix).toContain(publish);
  });

  test('the check names the story and every chart that read it, in a public build and in data:check', () => {
    const charts = CHARTS.filter((chart) => chart.dataset === draftOnly).map((chart) => `chart ${chart.id}`);
    for (const catalog of [publicCatalog, loadCatalog(root, { includeDrafts: true })]) {
      const problems = checkPublishedData(root, catalog);
      expect(problems.map((p) => p.file)).toEqual([story, ...charts.map(() => `data/${draftOnly}/`)]);
      for (const chart of charts) expect(problems.some((p) => p.message.includes(chart))).toBe(true);
      for (const problem of problems) expect(problem.fix).toContain(publish);
    }
    const build = runEditorChecks(root, { includeDrafts: false }).problems;
    expect(build.filter((p) => p.fix?.includes(publish)).length).toBe(1 + charts.length);
    // The preview shows drafts, so there it is no problem.
    expect(runEditorChecks(root, { includeDrafts: true }).problems.filter((p) => p.fix?.includes(publish))).toEqual([]);

    const { code, out } = runProjectScript(root, 'check-data.ts');
    expect(code).toBe(1);
    expect(out).toContain(`${story}：这篇报道用到的数据集 ${draftOnly} 还没有已发布的版本`);
    expect(out).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
  });

  test('once published, nothing is left to report', () => {
    expect(runProjectScript(root, 'publish-data-version.ts', [draftOnly]).code).toBe(0);
    expect(checkPublishedData(root, loadCatalog(root, { includeDrafts: false }))).toEqual([]);
    expect(runProjectScript(root, 'check-data.ts').code).toBe(0);
  });
});
