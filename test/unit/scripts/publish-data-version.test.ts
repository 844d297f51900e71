/**
 * `npm run data:publish -- <dataset>` checks only what goes public: the named datasets' own files,
 * the lock, and the agreement between what they publish and what is already public. An unfinished
 * draft of another dataset stays a draft and never blocks publishing. Works in a fixture project.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { commandProjects } from '../../helpers/fixture-project.ts';
import { runProjectScript } from '../../helpers/temp-project.ts';

/** A fixture project that can run the editor's commands. */
const project = commandProjects();

/** Makes `data/<dataset>/v2.json` with data:new-version, then lets `edit` change it. */
function draft(root: string, dataset: string, edit: (data: Record<string, unknown>) => void): void {
  const created = runProjectScript(root, 'new-data-version.ts', [dataset]);
  expect(created.code, created.out).toBe(0);
  const file = path.join(root, 'data', dataset, 'v2.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  edit(data);
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}

const lockKeys = (root: string) =>
  Object.keys(
    (JSON.parse(readFileSync(path.join(root, 'data/published.lock.json'), 'utf8')) as { published: object }).published,
  );

/** Each test runs the editor's commands as separate processes, several times. */
const SCRIPTS_TIMEOUT = 60_000;

describe('publishing one dataset', () => {
  test(
    "another dataset's broken draft does not block it; that dataset is refused with its own problems",
    () => {
      const root = project();
      // enclosures v2: an unfinished draft (empty note, a negative count).
      draft(root, 'enclosures', (data) => {
        data['sites_rectified'] = -1;
      });
      // quotes v2: finished.
      draft(root, 'quotes', (data) => {
        data['note'] = '测试：新版本。(Test: a new version.)';
      });

      const quotes = runProjectScript(root, 'publish-data-version.ts', ['quotes']);
      expect(quotes.code, quotes.out).toBe(0);
      expect(quotes.out).toContain('已发布 published data/quotes/v2.json');
      expect(lockKeys(root)).toContain('quotes/v2.json');

      const enclosures = runProjectScript(root, 'publish-data-version.ts', ['enclosures']);
      expect(enclosures.code).toBe(1);
      expect(enclosures.out).toContain('data/enclosures/v2.json › note');
      expect(enclosures.out).toContain('data/enclosures/v2.json › sites_rectified');
      expect(enclosures.out).not.toContain('data/quotes/');
      expect(enclosures.out).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
      expect(lockKeys(root)).not.toContain('enclosures/v2.json');
    },
    SCRIPTS_TIMEOUT,
  );

  test(
    'a draft that would disagree with what is public is refused; an unpublished draft neither blocks nor excuses',
    () => {
      const root = project();
      // The timeline draft moves the 2-month target (and its source sentence), which back-streets
      // also records: a sound draft on its own, at odds with the other dataset.
      draft(root, 'timeline', (data) => {
        data['note'] = '测试 (test)';
        data['target_months'] = 3;
        const [source] = data['sources'] as { sentences: Record<string, string> }[];
        if (source) source.sentences['target_months'] = '付秀杰表示，力争在3个月时间内让问题得到有效解决。';
      });
      // back-streets: an unrelated finished draft, still agreeing with the published timeline.
      draft(root, 'back-streets', (data) => {
        data['note'] = '测试 (test)';
      });
      const backStreets = runProjectScript(root, 'publish-data-version.ts', ['back-streets']);
      expect(backStreets.code, backStreets.out).toBe(0);

      const timeline = runProjectScript(root, 'publish-data-version.ts', ['timeline']);
      expect(timeline.code).toBe(1);
      expect(timeline.out).toContain('发现 1 个问题');
      expect(timeline.out).toContain('data/timeline/v2.json › target_months');
      expect(timeline.out).toContain('disagrees with data/back-streets/v2.json › target_months');
      expect(lockKeys(root)).not.toContain('timeline/v2.json');
    },
    SCRIPTS_TIMEOUT,
  );
});
