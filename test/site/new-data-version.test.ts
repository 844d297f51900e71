/**
 * Publishing a new data version, end to end in a copy of the project, as docs/EDITING.md §3 tells
 * an editor: new version, a new number and its source sentence and a note, publish, build, record.
 * The new number reaches the story and the "latest" embeds, the old pinned embeds keep the old
 * number, every published URL survives, and removing the published version afterwards is refused,
 * naming the URL. The number is whichever figure a story cites and a chart draws (preferring one
 * every language edition cites, so one change is seen in all of them, each in its own format); the
 * version is whatever comes next, however many the project has published.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHARTS } from '../../src/charts/index.ts';
import { loadCatalog } from '../../src/data/catalog.ts';
import { lookupFact } from '../../src/data/figures.ts';
import { formatEnglishFigure, formatFigure } from '../../src/text/format-number.ts';
import { citedFigures, mentions, withNewFigure, type CitedFigure } from '../helpers/cited-figures.ts';
import { numReferences, readStories, type StoryFile } from '../helpers/stories.ts';
import { BUILDABLE, runProjectScript, tempProject } from '../helpers/temp-project.ts';

let project: ReturnType<typeof tempProject>;
/** The figure changed, the charts that draw it, the version it was in and the one that changes it. */
let figure: CitedFigure;
let charts: string[];
let oldVersion: number;
let newVersion: number;
let newValue: number;
/** Every story, in every edition, that cites the figure. */
let citing: StoryFile[];

const run = (script: string, args: string[] = []) => runProjectScript(project.root, script, args);
const html = (urlPath: string) => readFileSync(path.join(project.root, 'dist', urlPath, 'index.html'), 'utf8');
/** The text of the chart figure on a page: its SVG's words, its reading and its table. */
const chartText = (urlPath: string) =>
  parseHTML(html(urlPath)).document.querySelector('figure.chart')?.textContent ?? '';

beforeAll(() => {
  project = tempProject(BUILDABLE);
  // Start from a recorded build of the current site, as production would.
  expect(run('build-site.ts').code).toBe(0);
  expect(run('record-urls.ts').code).toBe(0);
  // A figure a story cites that some chart draws (its latest embed states the value).
  const drawn = citedFigures(project.root).flatMap((candidate) => {
    const ids = CHARTS.filter((c) => c.dataset === candidate.dataset)
      .map((c) => c.id)
      .filter((id) => mentions(chartText(`/embed/${id}/`), candidate.value));
    return ids.length > 0 ? [{ candidate, ids }] : [];
  });
  expect(drawn.length, 'a figure that a story cites and a chart draws').toBeGreaterThan(0);
  // Figures cited by more editions first: one edit must be seen in every edition.
  const stories = readStories(project.root);
  const citedBy = (reference: string) => stories.filter((story) => numReferences(story.mdx).includes(reference));
  const editions = (reference: string) => new Set(citedBy(reference).map((story) => story.lang)).size;
  drawn.sort((a, b) => editions(b.candidate.reference) - editions(a.candidate.reference));
  for (const { candidate, ids } of drawn) {
    const catalog = loadCatalog(project.root, { includeDrafts: false });
    const latest = catalog.versions.get(candidate.dataset)?.at(-1);
    if (!latest) continue;
    const made = run('new-data-version.ts', [candidate.dataset]);
    expect(made.code, made.out).toBe(0);
    const version = latest.version + 1;
    const file = path.join(project.root, 'data', candidate.dataset, `v${version}.json`);
    // A value no chart of the dataset states yet, so the pinned embeds can be seen to keep the old one.
    let value = candidate.value + 4;
    while (ids.some((id) => mentions(chartText(`/embed/${id}/`), value))) value++;
    const note = `测试用：${candidate.field} 改为 ${value}。(Test only: ${candidate.field} updated to ${value}.)`;
    writeFileSync(file, withNewFigure(readFileSync(file, 'utf8'), candidate, value, version, note));
    // A figure another dataset records too must move in both: try the next figure instead.
    if (loadCatalog(project.root, { includeDrafts: true }).problems.length > 0) {
      rmSync(file);
      continue;
    }
    [figure, charts, oldVersion, newVersion, newValue] = [candidate, ids, latest.version, version, value];
    citing = citedBy(candidate.reference);
    break;
  }
  expect(newVersion, 'a figure that can change on its own').toBeGreaterThan(0);
  console.log(
    `new version: ${figure.reference} ${figure.value} → ${newValue} (v${newVersion}), drawn by ${charts.join(', ')}`,
  );
  const published = run('publish-data-version.ts', [figure.dataset]);
  expect(published.code, published.out).toBe(0);
}, 300_000);

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
    expect(ledger.urls).toContain(`/data/${figure.dataset}/v${newVersion}.json`);
    for (const id of charts) {
      expect(ledger.urls).toContain(`/embed/${id}/v${oldVersion}/`);
      expect(ledger.urls).toContain(`/embed/${id}/v${newVersion}/`);
      expect(ledger.urls).toContain(`/downloads/${id}/v${newVersion}/${id}-v${newVersion}-wechat.png`);
    }
  }, 120_000);

  test('the story and the latest embed show the new number; the old pinned embed keeps the old one', () => {
    const shown = formatFigure(newValue, figure.unit);
    expect(html(figure.story.urlPath)).toContain(`<data class="num" value="${newValue}">${shown}</data>`);
    for (const id of charts) {
      expect(mentions(chartText(`/embed/${id}/`), newValue), `/embed/${id}/`).toBe(true);
      expect(mentions(chartText(`/embed/${id}/v${newVersion}/`), newValue), `/embed/${id}/v${newVersion}/`).toBe(true);
      const old = chartText(`/embed/${id}/v${oldVersion}/`);
      expect(mentions(old, figure.value)).toBe(true);
      expect(mentions(old, newValue)).toBe(false);
    }
    const oldData = readFileSync(path.join(project.root, `dist/data/${figure.dataset}/v${oldVersion}.json`), 'utf8');
    expect(oldData).toBe(readFileSync(path.join(project.root, `data/${figure.dataset}/v${oldVersion}.json`), 'utf8'));
  });

  test('one change reaches every edition that cites the figure, each in its own format', () => {
    const editions = new Set(readStories(project.root).map((story) => story.lang));
    // The figure was chosen to be cited in every edition when one is; the shipped site has two.
    expect(new Set(citing.map((story) => story.lang))).toEqual(editions);
    const catalog = loadCatalog(project.root, { includeDrafts: false });
    const found = lookupFact(catalog, figure.reference);
    if (!found.ok || found.fact.kind !== 'figure') throw new Error(`${figure.reference} is no longer a figure`);
    expect(found.fact.version).toBe(newVersion);
    for (const story of citing) {
      const shown =
        story.lang === 'en' ? formatEnglishFigure(newValue, found.fact.unit_en) : formatFigure(newValue, figure.unit);
      expect(html(story.urlPath), story.urlPath).toContain(`<data class="num" value="${newValue}">${shown}</data>`);
    }
  });

  test('removing the published version afterwards is refused, naming the URLs', () => {
    const [chart] = charts;
    const lock = path.join(project.root, 'data/published.lock.json');
    const entries = JSON.parse(readFileSync(lock, 'utf8')) as { published: Record<string, unknown> };
    const key = `${figure.dataset}/v${newVersion}.json`;
    rmSync(path.join(project.root, 'data', key));
    delete entries.published[key];
    writeFileSync(lock, JSON.stringify(entries, null, 2));
    const result = run('build-site.ts');
    expect(result.code).toBe(1);
    expect(result.out).toContain(`data/published-urls.json › /embed/${chart}/v${newVersion}/`);
    expect(result.out).toContain('this published URL would disappear');
    // The last good site is still there.
    expect(mentions(chartText(`/embed/${chart}/v${newVersion}/`), newValue)).toBe(true);
  }, 120_000);
});
