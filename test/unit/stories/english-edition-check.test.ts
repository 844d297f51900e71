/**
 * The editor check on the English edition: an English story (content/stories/en/<slug>.mdx) needs
 * its Chinese original, its frontmatter in full, and for every <Quote> our translation in
 * content/quotes.en.json with the same name/place fields as the original. Each miss names the file
 * and the field, Chinese first, as other editor errors do. Fixture data, a fixture story.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { formatProblem } from '../../../src/data/problems.ts';
import { runEditorChecks } from '../../../src/stories/editor-checks.ts';
import { QUOTE_TRANSLATIONS_FILE } from '../../../src/schemas/quote-translations.ts';
import { fixtureProject } from '../../helpers/fixture-project.ts';
import { FIXTURES } from '../../helpers/temp-project.ts';

interface FixtureQuote {
  id: string;
  name: string | null;
  place: string | null;
}
const quotes = (JSON.parse(readFileSync(path.join(FIXTURES, 'data/quotes.json'), 'utf8')) as { quotes: FixtureQuote[] })
  .quotes;
const named = quotes.find((quote) => quote.name !== null);
if (!named) throw new Error('test/fixtures/data/quotes.json has no named quote');

const ZH = `---\ntitle: 标题\ndek: 导语\ndescription: 描述\ncredit: 数据新闻组\n---\n\n<Quote id="${named.id}" />\n`;
const EN_HEAD = '---\ntitle: Title\ndek: Standfirst\ndescription: Description\ncredit: Data desk\n---\n\n';
const EN = `${EN_HEAD}<Quote id="${named.id}" />\n`;
const translation = (quote: FixtureQuote) => ({
  id: quote.id,
  name: quote.name === null ? null : 'A Name',
  role: 'a role',
  place: quote.place === null ? null : 'A place',
  text: 'Our translation.',
});

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** A fixture project with the Chinese story, its English edition and complete translations; `edit` changes it. */
function problems(edit: (root: string) => void = () => undefined): string[] {
  const project = fixtureProject();
  cleanup = project.cleanup;
  const root = project.root;
  writeFileSync(path.join(root, 'content/stories/s.mdx'), ZH);
  mkdirSync(path.join(root, 'content/stories/en'), { recursive: true });
  writeFileSync(path.join(root, 'content/stories/en/s.mdx'), EN);
  writeFileSync(path.join(root, QUOTE_TRANSLATIONS_FILE), JSON.stringify({ quotes: quotes.map(translation) }, null, 2));
  edit(root);
  return runEditorChecks(root, { includeDrafts: false }).problems.map(formatProblem);
}

const writeTranslations = (root: string, list: unknown[]) =>
  writeFileSync(path.join(root, QUOTE_TRANSLATIONS_FILE), JSON.stringify({ quotes: list }, null, 2));

describe('the English edition in the editor check', () => {
  test('a complete English edition passes', () => {
    expect(problems()).toEqual([]);
  });

  test('a quote with no translation names the story, the quote and the translations file', () => {
    const found = problems((root) => writeTranslations(root, quotes.filter((q) => q !== named).map(translation)));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('content/stories/en/s.mdx');
    expect(found[0]).toContain(`<Quote id="${named.id}">`);
    expect(found[0]).toContain('没有英文译文');
    expect(found[0]).toContain(`has no English translation in ${QUOTE_TRANSLATIONS_FILE}`);
  });

  test('the Chinese story needs no translation', () => {
    const found = problems((root) => {
      rmSync(path.join(root, 'content/stories/en/s.mdx'));
      writeTranslations(root, []);
    });
    expect(found).toEqual([]);
  });

  test('a translation missing its text is refused with the file and the field', () => {
    const found = problems((root) =>
      writeTranslations(
        root,
        quotes.map((quote) => {
          const { text: _text, ...rest } = translation(quote);
          return quote === named ? rest : translation(quote);
        }),
      ),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(QUOTE_TRANSLATIONS_FILE);
    expect(found[0]).toMatch(/quotes\[\d+\]\.text/);
    expect(found[0]).toContain('missing required field');
  });

  test('a translation without the name the original has', () => {
    const found = problems((root) =>
      writeTranslations(
        root,
        quotes.map((quote) => (quote === named ? { ...translation(quote), name: null } : translation(quote))),
      ),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('name 是 null');
    expect(found[0]).toContain('the original has a name, the translation has none');
  });

  test('an English story without its Chinese original', () => {
    const found = problems((root) => rmSync(path.join(root, 'content/stories/s.mdx')));
    expect(found).toContainEqual(expect.stringContaining('content/stories/en/s.mdx'));
    expect(found).toContainEqual(expect.stringContaining('no Chinese original content/stories/s.mdx'));
  });

  test('an English frontmatter field left out is named, as in the original', () => {
    const found = problems((root) =>
      writeFileSync(path.join(root, 'content/stories/en/s.mdx'), EN.replace('credit: Data desk\n', '')),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('content/stories/en/s.mdx');
    expect(found[0]).toContain('credit');
    expect(found[0]).toContain('missing required field');
  });
});
