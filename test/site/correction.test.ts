/**
 * Publishing a correction, end to end in a copy of the project as docs/EDITING.md tells an editor:
 * a new version of a dataset the first story charts, marked `correction` with the fixture's text
 * (test/fixtures/corrections/), refused by `npm run check` while it names a version that is not
 * earlier, then published and built. The story then shows a dated notice right under its header
 * linking both versions' data and the chart at both versions, and its footer's "last updated"
 * date is the correction's publication day. What to expect is read from the copy, for any content.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findChart } from '../../src/charts/index.ts';
import { loadCatalog } from '../../src/data/catalog.ts';
import { lockKey, readLock } from '../../src/data/lock.ts';
import type { DatasetId } from '../../src/schemas/index.ts';
import { registeredChartDataset, storyUses } from '../../src/stories/story-uses.ts';
import { formatChineseDate } from '../../src/text/format-number.ts';
import { readStories } from '../helpers/stories.ts';
import { BUILDABLE, FIXTURES, runProjectScript, tempProject } from '../helpers/temp-project.ts';

const WHAT = (
  JSON.parse(readFileSync(path.join(FIXTURES, 'corrections/correction.json'), 'utf8')) as {
    what: { zh: string; en: string };
  }
).what;

let project: ReturnType<typeof tempProject>;
let story: string;
let chart: string;
let dataset: DatasetId;
let corrected: number;
let correcting: number;
const steps: Record<string, { code: number; out: string }> = {};
const run = (script: string, args: string[] = []) => runProjectScript(project.root, script, args);

beforeAll(() => {
  project = tempProject(BUILDABLE);
  const first = readStories(project.root)[0];
  if (!first) throw new Error('no story to correct');
  story = first.urlPath;
  chart = storyUses(first.mdx, registeredChartDataset).charts[0] ?? '';
  const found = findChart(chart);
  if (!found) throw new Error(`the story ${story} shows no chart`);
  dataset = found.dataset;
  corrected = loadCatalog(project.root, { includeDrafts: false }).versions.get(found.dataset)?.at(-1)?.version ?? 0;
  correcting = corrected + 1;
  steps['data:new-version'] = run('new-data-version.ts', [dataset]);
  const file = path.join(project.root, 'data', dataset, `v${correcting}.json`);
  const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  data['note'] = `测试用更正。(Test only: a correction.)`;
  const write = (of: number) =>
    writeFileSync(file, `${JSON.stringify({ ...data, correction: { of, what: WHAT } }, null, 2)}\n`);
  write(correcting);
  steps['check, correcting itself'] = run('check-data.ts');
  write(corrected);
  steps['check'] = run('check-data.ts');
  steps['data:publish'] = run('publish-data-version.ts', [dataset]);
  steps['build'] = run('build-site.ts');
}, 300_000);

afterAll(() => project?.cleanup());

const page = (urlPath: string) =>
  parseHTML(readFileSync(path.join(project.root, 'dist', urlPath, 'index.html'), 'utf8')).document;

describe('a correction, as an editor publishes it', () => {
  test('npm run check refuses a correction of a version that is not earlier, in plain words', () => {
    const report = (name: string) => `${name}:\n${steps[name]?.out ?? '(not run)'}`;
    const refused = steps['check, correcting itself'];
    expect(refused?.code, report('check, correcting itself')).not.toBe(0);
    expect(refused?.out).toContain(`data/${dataset}/v${correcting}.json`);
    expect(refused?.out).toContain('correction.of');
    expect(refused?.out).toMatch(/只能更正比它早的版本/);
    expect(refused?.out).toMatch(/can only correct an earlier version/);
    expect(refused?.out).not.toMatch(/\n\s+at /);
    for (const name of ['data:new-version', 'check', 'data:publish', 'build'])
      expect(steps[name]?.code, report(name)).toBe(0);
  });

  test('the story shows a dated notice under its header, linking both versions and the chart at both', () => {
    const publishedOn = readLock(project.root).lock.published[lockKey(dataset, correcting)]?.published_on;
    expect(publishedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const document = page(story);
    const notice = document.querySelector(`.correction[data-correction="${dataset}"]`);
    expect(notice, 'a correction notice').not.toBeNull();
    // Near the top: right after the header, before the story's text.
    expect(notice?.closest('aside')?.previousElementSibling?.classList.contains('story-header')).toBe(true);
    const text = notice?.textContent?.replace(/\s+/g, '') ?? '';
    expect(text.startsWith(`更正（${formatChineseDate(publishedOn ?? '')}）：`)).toBe(true);
    expect(text).toContain(WHAT.zh.replace(/\s+/g, ''));
    expect(notice?.querySelector('time')?.getAttribute('datetime')).toBe(publishedOn);
    const links = [...(notice?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href') ?? '');
    for (const version of [corrected, correcting]) {
      expect(links).toContain(`/data/${dataset}/v${version}.json`);
      expect(links).toContain(`/data/${dataset}/v${version}.csv`);
      expect(links).toContain(`/embed/${chart}/v${version}/`);
    }
    for (const link of links) expect(existsSync(path.join(project.root, 'dist', link)), link).toBe(true);
    // The footer's last-updated date follows the correction.
    expect(document.querySelector('.data-modified time')?.getAttribute('datetime')).toBe(publishedOn);
  });
});
