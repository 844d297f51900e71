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
  expect(run('new-data-version.ts', ['enclosures']).code).toBe(0);
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
  expect(run('publish-data-version.ts', ['enclosures']).code).toBe(0);
}, 240_000);

afterAll(() => project?.cleanup());

describe('a new data version', () => {
  test('builds without losing a published URL, and adds the pinned ones', () => {
    const built = run('build-site.ts');
    expect(built.code, built.out).toBe(0);
    expect(built.out).toContain('新网址尚未记录');
    const recorded = run('record-urls.ts');
    expect(recorded.out).toContain('+ /embed/hoarding-units/v2/');
    expect(recorded.out).toContain('+ /data/enclosures/v2.json');
    expect(recorded.out).toContain('+ /downloads/hoarding-units/v2/hoarding-units-v2-wechat.png');
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
    rmSync(path.join(project.root, 'data/enclosures/v2.json'));
    const lock = path.join(project.root, 'data/published.lock.json');
    const entries = JSON.parse(readFileSync(lock, 'utf8')) as { published: Record<string, unknown> };
    delete entries.published['enclosures/v2.json'];
    writeFileSync(lock, JSON.stringify(entries, null, 2));
    const result = run('build-site.ts');
    expect(result.code).toBe(1);
    expect(result.out).toContain('data/published-urls.json › /embed/hoarding-units/v2/');
    expect(result.out).toContain('this published URL would disappear');
    // The last good site is still there.
    expect(html('/embed/hoarding-units/v2/')).toContain('640处');
  }, 120_000);
});
