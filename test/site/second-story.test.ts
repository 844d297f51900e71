/**
 * A second story, as a newsroom adds one (docs/ADDING-A-STORY.md), in a copy of the project: its own
 * dataset (`dataset:new`, then the fixture's schema and data), its own chart (one file and one line
 * in src/charts/index.ts), an MDX file with no pictures and no `##` heading. The copy must refuse to
 * build until the data is published, then build, and then pass the same gates as the shipped site:
 * the built-site and ledger checks, vnu, the CSP, byte budgets, story footers and axe — the very test
 * files, copied with the project and run in the copy, so they import the copy's registries. No test
 * is edited for it.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BUILDABLE, FIXTURES, runProjectScript, tempProject } from '../helpers/temp-project.ts';

const FIXTURE = path.join(FIXTURES, 'second-story');
const SITE_GATES = [
  'test/site/built-site.test.ts',
  'test/site/html-validity.test.ts',
  'test/site/csp.test.ts',
  'test/site/byte-budgets.test.ts',
  'test/site/story-footers.test.ts',
];
/** axe on the new story's pages (story, chart page, embeds): the shipped pages have their own run. */
const AXE = ['test/browser/axe.test.ts', '-t', 'river-cleanup'];

let project: { root: string; cleanup: () => void };
const steps: Record<string, { code: number; out: string }> = {};

/** Adds the chart the way a developer does: its import and one entry in the registry's list. */
function registerChart(root: string): void {
  const file = path.join(root, 'src/charts/index.ts');
  const text = readFileSync(file, 'utf8');
  const withImport = text.replace(
    /(import [^\n]+ from '\.\/[^']+';\n)(?!import)/,
    `$1import { riverCleanupBags } from './river-cleanup-bags.ts';\n`,
  );
  const withEntry = withImport.replace(/\n\] as const satisfies/, `\n  riverCleanupBags,\n] as const satisfies`);
  if (withEntry === withImport || withImport === text) throw new Error('src/charts/index.ts has changed shape');
  writeFileSync(file, withEntry);
}

beforeAll(() => {
  project = tempProject([...BUILDABLE, 'test', 'bench', 'deploy', 'vitest.config.ts']);
  const { root } = project;
  const at = (...parts: string[]) => path.join(root, ...parts);
  steps['dataset:new'] = runProjectScript(root, 'new-dataset.ts', ['river-cleanup', '河道清理', 'River clean-up']);
  copyFileSync(path.join(FIXTURE, 'river-cleanup.schema.ts.txt'), at('src/schemas/river-cleanup.ts'));
  copyFileSync(path.join(FIXTURE, 'river-cleanup.json'), at('data/river-cleanup/v1.json'));
  copyFileSync(path.join(FIXTURE, 'river-cleanup-bags.chart.ts.txt'), at('src/charts/river-cleanup-bags.ts'));
  registerChart(root);
  copyFileSync(path.join(FIXTURE, 'river-cleanup.mdx'), at('content/stories/river-cleanup.mdx'));
  steps['check before publishing'] = runProjectScript(root, 'check-data.ts');
  steps['publish'] = runProjectScript(root, 'publish-data-version.ts', ['river-cleanup']);
  steps['check'] = runProjectScript(root, 'check-data.ts');
  steps['build'] = runProjectScript(root, 'build-site.ts');
  steps['urls:record'] = runProjectScript(root, 'record-urls.ts');
}, 300_000);

afterAll(() => project?.cleanup());

describe('a second story with its own dataset and chart', () => {
  test('the editor commands take it step by step, and an unpublished dataset is explained, not crashed on', () => {
    const report = (name: string) => `${name}:\n${steps[name]?.out ?? '(not run)'}`;
    expect(steps['dataset:new']?.code, report('dataset:new')).toBe(0);
    const unpublished = steps['check before publishing'];
    expect(unpublished?.code, report('check before publishing')).not.toBe(0);
    expect(unpublished?.out).toMatch(/npm run data:publish -- river-cleanup/);
    expect(unpublished?.out).not.toMatch(/internal error|内部错误|\n\s+at /);
    for (const name of ['publish', 'check', 'build', 'urls:record']) expect(steps[name]?.code, report(name)).toBe(0);
  });

  test('its page shows its chart under an h2 (the story has no ##), and its footer only its own dataset', () => {
    const html = readFileSync(path.join(project.root, 'dist/river-cleanup/index.html'), 'utf8');
    expect(html).toMatch(/<h2 class="chart-title">/);
    expect(html).not.toMatch(/<h3 class="chart-title">/);
    expect(html).toContain('/data/river-cleanup/v1.json');
    expect(html).not.toMatch(/\/data\/(?!river-cleanup\/)[a-z-]+\/v\d+\.json/);
    const home = readFileSync(path.join(project.root, 'dist/index.html'), 'utf8');
    expect(home).toContain('href="/river-cleanup/"');
  });

  /** Runs test files in the copy, as they are; returns their output without colours. */
  const runInCopy = (args: string[]) => {
    const run = spawnSync(
      process.execPath,
      [path.join(project.root, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter=dot', ...args],
      {
        cwd: project.root,
        encoding: 'utf8',
        env: { ...process.env, STORY_ROOT: '', SKIP_BUILD: '1', CI: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
        maxBuffer: 64 * 1024 * 1024,
        timeout: 900_000,
      },
    );
    const out = stripVTControlCharacters(`${run.stdout}\n${run.stderr}`);
    console.log(`second story, ${args[0]}…: ${out.match(/^\s*Tests .*$/m)?.[0]?.trim() ?? 'no summary'}`);
    return { status: run.status, out };
  };

  test('every gate passes on the copy, with the tests as they are', () => {
    const site = runInCopy(SITE_GATES);
    expect(site.status, site.out).toBe(0);
    expect(site.out).toMatch(new RegExp(`Test Files\\s+${SITE_GATES.length} passed`));
    const axe = runInCopy(AXE);
    expect(axe.status, axe.out).toBe(0);
    // The story, and its chart's page, latest and pinned embeds in both editions, each in four set-ups.
    expect(axe.out).toMatch(/Tests\s+28 passed/);
  }, 900_000);
});
