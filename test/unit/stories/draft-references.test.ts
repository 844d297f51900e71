/**
 * A story may use only what is published. A quote or a dated event written into a draft passes the
 * preview (which shows drafts), but the public build leaves the draft out: there the content check
 * must say "it is only in the draft: publish it", not "it does not exist". Works in a fixture
 * project with published v1 files and unpublished v2 drafts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { loadCatalog, type Catalog } from '../../../src/data/catalog.ts';
import { checkStorySource } from '../../../src/stories/check-content.ts';
import { fixtureProject } from '../../helpers/fixture-project.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const HEAD = '---\ntitle: t\ndek: d\ndescription: x\ncredit: c\n---\n\n';

/** Writes `data/<dataset>/v2.json`, a draft (not in the lock), from v1 changed by `edit`. */
function writeDraft(root: string, dataset: string, edit: (data: Record<string, unknown>) => void): void {
  const data = JSON.parse(readFileSync(path.join(root, 'data', dataset, 'v1.json'), 'utf8')) as Record<string, unknown>;
  data['version'] = 2;
  data['note'] = '测试草稿 (test draft)';
  edit(data);
  writeFileSync(path.join(root, 'data', dataset, 'v2.json'), `${JSON.stringify(data, null, 2)}\n`);
}

/** A project whose quotes v2 adds the quote "draft-only-quote" and timeline v2 the event "draft-only-event". */
function projectWithDrafts(): string {
  const p = fixtureProject();
  cleanup = p.cleanup;
  writeDraft(p.root, 'quotes', (data) => {
    const quotes = data['quotes'] as Record<string, unknown>[];
    quotes.push({ ...quotes[0], id: 'draft-only-quote' });
  });
  writeDraft(p.root, 'timeline', (data) => {
    const events = data['events'] as Record<string, unknown>;
    events['draft-only-event'] = { date: '2025-06-20', label: '测试事件', description: '只在草稿里的事件。' };
  });
  return p.root;
}

function check(root: string, catalog: Catalog, body: string) {
  return checkStorySource('content/stories/x.mdx', `${HEAD}${body}`, catalog, root);
}

describe('a reference that is only in an unpublished draft', () => {
  test('a quote: the public build says to publish it; the preview shows it', () => {
    const root = projectWithDrafts();
    const published = loadCatalog(root, { includeDrafts: false });
    expect(published.problems).toEqual([]);
    expect(published.unpublishedDrafts).toEqual(expect.arrayContaining(['quotes/v2.json', 'timeline/v2.json']));

    const [problem, ...rest] = check(root, published, '<Quote id="draft-only-quote" />\n');
    expect(rest).toEqual([]);
    expect(problem?.message).toContain('引语 "draft-only-quote" 只在草稿 data/quotes/v2.json 里');
    expect(problem?.message).toContain('quote "draft-only-quote" is only in the draft data/quotes/v2.json');
    expect(problem?.fix).toContain('publish it with npm run data:publish -- quotes');

    // The preview shows the draft, so the quote is there.
    expect(check(root, loadCatalog(root, { includeDrafts: true }), '<Quote id="draft-only-quote" />\n')).toEqual([]);
    // A quote in no version at all is still "no such quote".
    const [missing] = check(root, published, '<Quote id="nobody-said-this" />\n');
    expect(missing?.message).toContain('no quote "nobody-said-this"');
    expect(missing?.fix).not.toContain('data:publish');
  });

  test('a date in <Num> and in a frontmatter placeholder: the same', () => {
    const root = projectWithDrafts();
    const published = loadCatalog(root, { includeDrafts: false });
    const reference = 'timeline.events.draft-only-event.date';
    const [problem, ...rest] = check(root, published, `活动于<Num of="${reference}" />开始。\n`);
    expect(rest).toEqual([]);
    expect(problem?.message).toContain(`${reference} is only in the draft data/timeline/v2.json`);
    expect(problem?.fix).toContain('publish it with npm run data:publish -- timeline');
    const placeholder = checkStorySource(
      'content/stories/x.mdx',
      `---\ntitle: 始于{${reference}}\ndek: d\ndescription: x\ncredit: c\n---\n\n正文。\n`,
      published,
      root,
    );
    expect(placeholder.map((p) => p.fix)).toEqual([expect.stringContaining('npm run data:publish -- timeline')]);

    expect(check(root, loadCatalog(root, { includeDrafts: true }), `<Num of="${reference}" />\n`)).toEqual([]);
    const [missing] = check(root, published, '<Num of="timeline.events.no-such-event.date" />\n');
    expect(missing?.fix).not.toContain('data:publish');
  });
});
