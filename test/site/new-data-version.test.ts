/**
 * Publishing a new data version, end to end in a copy of the project: the new numbers reach the
 * story and the "latest" embeds, the old pinned embeds keep their old numbers, every published URL
 * survives, and removing a published version afterwards is refused, naming the URL.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BUILDABLE, runProjectScript, tempProject } from '../helpers/temp-project.ts';

let project: ReturnType<typeof tempProject>;

const run = (script: string, args: string[] = []) => runProjectScript(project.root, script, args);

const html = (urlPath: string) => readFileSync(path.join(project.root, 'dist', urlPath, 'index.html'), 'utf8');

beforeAll(() => {
  project = tempProject(BUILDABLE);
  // Start from a recorded build of the current site, as production would.
  expect(run('build-site.ts').code).toBe(0);
  expect(run('record-urls.ts').code).toBe(0);
  // The editor's flow: new version, edit a number and its source and the note, publish.
  // A new cut-off day is a fact the timeline records too: both get a new version, published together.
  expect(run('new-data-version.ts', ['enclosures']).code).toBe(0);
  expect(run('new-data-version.ts', ['timeline']).code).toBe(0);
  const file = path.join(project.root, 'data/enclosures/v2.json');
  const draft = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> & {
    sources: { sentences: Record<string, string> }[];
  };
  draft['sites_rectified'] = 640;
  draft['as_of'] = '2025-07-20';
  draft['note'] = '测试用：整治围挡数更新为640处。(Test only: hoardings updated to 640.)';
  const [source] = draft.sources;
  if (source) source.sentences['sites_rectified'] = '（测试用句子）截至7月20日，长春市整治围挡640处。';
  writeFileSync(file, `${JSON.stringify(draft, null, 2)}\n`);
  const timelineFile = path.join(project.root, 'data/timeline/v2.json');
  const timeline = JSON.parse(readFileSync(timelineFile, 'utf8')) as {
    as_of: string;
    note: string;
    events: Record<string, { date: string }>;
    sources: { sentences: Record<string, string> }[];
  };
  timeline.as_of = '2025-07-20';
  timeline.note = '测试用：数据截止日改为7月20日。(Test only: data cut-off moved to 20 July.)';
  const cutoff = timeline.events['data-cutoff'];
  if (cutoff) cutoff.date = '2025-07-20';
  const [timelineSource] = timeline.sources;
  if (timelineSource)
    timelineSource.sentences['events.data-cutoff.date'] = '（测试用句子）截至7月20日，长春市整治围挡640处。';
  writeFileSync(timelineFile, `${JSON.stringify(timeline, null, 2)}\n`);
  const published = run('publish-data-version.ts', ['enclosures', 'timeline']);
  expect(published.code, published.out).toBe(0);
}, 240_000);

afterAll(() => project?.cleanup());

describe('a new data version', () => {
  test('builds without losing a published URL, and adds the pinned ones', () => {
    const built = run('build-site.ts');
    expect(built.code, built.out).toBe(0);
    expect(built.out).toContain('新网址尚未记录');
    const recorded = run('record-urls.ts');
    expect(recorded.code, recorded.out).toBe(0);
    expect(recorded.out).toMatch(/已记录 \d+ 个新网址/);
    const ledger = JSON.parse(readFileSync(path.join(project.root, 'data/published-urls.json'), 'utf8')) as {
      urls: string[];
    };
    for (const url of [
      '/embed/hoarding-units/v1/',
      '/embed/hoarding-units/v2/',
      '/embed/action-timeline/v2/',
      '/data/enclosures/v2.json',
      '/data/timeline/v2.json',
      '/downloads/hoarding-units/v2/hoarding-units-v2-wechat.png',
    ])
      expect(ledger.urls).toContain(url);
  }, 120_000);

  test('the story and the latest embed show the new number; the v1 embed keeps the old one', () => {
    expect(html('/changchun/')).toContain('<data class="num" value="640">640处</data>');
    expect(html('/embed/hoarding-units/')).toContain('640处');
    expect(html('/embed/hoarding-units/v2/')).toContain('640处');
    const v1 = html('/embed/hoarding-units/v1/');
    expect(v1).toContain('636处');
    expect(v1).not.toContain('640处');
    expect(readFileSync(path.join(project.root, 'dist/data/enclosures/v1.json'), 'utf8')).toContain(
      '"sites_rectified": 636',
    );
  });

  test('removing the published version afterwards is refused, naming the URLs', () => {
    const lock = path.join(project.root, 'data/published.lock.json');
    const entries = JSON.parse(readFileSync(lock, 'utf8')) as { published: Record<string, unknown> };
    for (const key of ['enclosures/v2.json', 'timeline/v2.json']) {
      rmSync(path.join(project.root, 'data', key));
      delete entries.published[key];
    }
    writeFileSync(lock, JSON.stringify(entries, null, 2));
    const result = run('build-site.ts');
    expect(result.code).toBe(1);
    expect(result.out).toContain('data/published-urls.json › /embed/hoarding-units/v2/');
    expect(result.out).toContain('this published URL would disappear');
    // The last good site is still there.
    expect(html('/embed/hoarding-units/v2/')).toContain('640处');
  }, 120_000);
});
