/**
 * The home page lists every story by its own title, under the site's name from src/design/site.ts,
 * and each story's footer lists exactly the datasets that story uses (read from its MDX, as the
 * page is built) and says which of its pictures are illustrations, only when it shows one. What to expect is
 * read from the project's stories, so this holds for any content.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { loadCatalog } from '../../src/data/catalog.ts';
import { fillPlaceholders } from '../../src/data/figures.ts';
import { SITE } from '../../src/design/site.ts';
import { readPictures } from '../../src/stories/check-pictures.ts';
import {
  ALL_ILLUSTRATIONS_NOTE,
  ALL_ILLUSTRATIONS_NOTE_EN,
  picturesNote,
  shownPictureKinds,
} from '../../src/stories/story-footer.ts';
import { SITE_PATHS } from '../../src/embed/urls.ts';
import { registeredChartDataset, storyUses, usesIllustration } from '../../src/stories/story-uses.ts';
import { readStories } from '../helpers/stories.ts';
import { ROOT } from '../helpers/temp-project.ts';

const DIST = process.env['DIST_DIR'] ?? path.join(ROOT, 'dist');
const catalog = loadCatalog(ROOT, { includeDrafts: false });
const stories = readStories();

function page(urlPath: string): Document {
  return parseHTML(readFileSync(path.join(DIST, urlPath, 'index.html'), 'utf8')).document as unknown as Document;
}

describe.each([
  ['zh', SITE_PATHS.home, SITE.name],
  ['en', '/en/', SITE.nameEn],
] as const)('the home page of the %s edition', (lang, urlPath, name) => {
  const home = page(urlPath);
  const listed = stories.filter((story) => story.lang === lang);
  test("carries the site's name, not a story's", () => {
    expect(home.title).toBe(name);
    expect(home.querySelector('h1')?.textContent?.trim()).toBe(name);
  });

  test('lists every story of its edition, in order, by its own title with its placeholders filled', () => {
    const links = [...home.querySelectorAll('.story-list a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual(listed.map((story) => story.urlPath));
    links.forEach((link, index) => {
      const title = fillPlaceholders(catalog, listed[index]?.frontmatter.title ?? '', lang).text;
      expect(link.querySelector('strong')?.textContent).toBe(title);
    });
  });
});

describe.each(stories.map((story) => [story.urlPath, story] as const))('the footer of %s', (urlPath, story) => {
  const footer = page(urlPath).querySelector('.data-versions');
  const uses = storyUses(story.mdx, registeredChartDataset);

  test('lists exactly the datasets the story uses, and their sources', () => {
    const listed = [...(footer?.querySelectorAll('li[data-dataset]') ?? [])].map((li) =>
      li.getAttribute('data-dataset'),
    );
    expect(listed).toEqual(uses.datasets);
    const titles = new Set(
      uses.datasets.flatMap((d) => catalog.versions.get(d)?.at(-1)?.data.sources ?? []).map((s) => s.title),
    );
    expect(footer?.querySelectorAll('.source').length).toBe(titles.size);
  });

  test('says which pictures are illustrations, and only when it shows one', () => {
    const pictures = readPictures(ROOT);
    const illustrated = pictures.ok && usesIllustration(uses, pictures.pictures);
    const kinds = pictures.ok ? shownPictureKinds(uses, pictures.pictures) : { illustrations: 0, photos: 0 };
    const note = picturesNote(kinds, story.lang);
    expect(note !== undefined).toBe(illustrated);
    const text = footer?.textContent?.replace(/\s+/g, '') ?? '';
    if (note) expect(text).toContain(note.replace(/\s+/g, ''));
    // The all-illustrations sentence only when no photo is shown.
    const all = story.lang === 'en' ? ALL_ILLUSTRATIONS_NOTE_EN : ALL_ILLUSTRATIONS_NOTE;
    expect(text.includes(all.replace(/\s+/g, ''))).toBe(illustrated && kinds.photos === 0);
  });
});
