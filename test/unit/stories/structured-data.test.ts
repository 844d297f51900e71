/**
 * Structured data and the dates it states: JSON-LD text cannot end its <script>, sources are cited
 * as the data states them (a URL only when one is given, each report once), no date is invented
 * for unpublished data, and a story's dates span the published versions of the datasets it uses.
 */
import { describe, expect, test } from 'vitest';
import type { Catalog, CatalogVersion } from '../../../src/data/catalog.ts';
import type { DatasetId } from '../../../src/schemas/index.ts';
import type { Source } from '../../../src/schemas/envelope.ts';
import { publicationDates } from '../../../src/stories/publication-dates.ts';
import { basedOn, dataset, jsonLdText, newsArticle } from '../../../src/stories/structured-data.ts';
import { fixtureCatalog } from '../../helpers/fixture-catalog.ts';

const SOURCE: Source = { publication: '某报', title: '一篇报道', date: '2025-07', sentences: {} };
const PUBLISHER = { name: '数据新闻', url: 'https://graphics.example.com/' };
const IMAGE = { url: 'https://graphics.example.com/share/s.png', width: 1200, height: 675 };

function article(headline: string, dates = { published: '2025-01-02', modified: '2025-03-04' }) {
  return newsArticle({
    lang: 'zh',
    url: 'https://graphics.example.com/s/',
    headline,
    description: '描述',
    image: IMAGE,
    dates,
    sources: [SOURCE],
    publisher: PUBLISHER,
  });
}

describe('jsonLdText', () => {
  test('text holding </script> or <!-- cannot end the element, and parses back unchanged', () => {
    const hostile = '标题</script><script>alert(1)</script><!--';
    const text = jsonLdText(article(hostile));
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toMatchObject({ headline: hostile });
  });
});

describe('newsArticle and dataset', () => {
  test('a NewsArticle with its dates, language, image, sources and publisher', () => {
    expect(article('标题')).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      inLanguage: 'zh-CN',
      datePublished: '2025-01-02',
      dateModified: '2025-03-04',
      image: [{ '@type': 'ImageObject', url: IMAGE.url, width: '1200', height: '675' }],
      isBasedOn: [{ '@type': 'CreativeWork', name: '一篇报道', datePublished: '2025-07' }],
      publisher: { '@type': 'Organization', name: '数据新闻' },
    });
  });

  test('no dates are stated when the data has none published', () => {
    const data = dataset({
      lang: 'en',
      url: 'https://graphics.example.com/charts/c/',
      name: 'Data v2',
      description: 'd',
      version: 2,
      dates: undefined,
      files: { json: 'https://graphics.example.com/v2.json', csv: 'https://graphics.example.com/v2.csv' },
      sources: [SOURCE],
      publisher: PUBLISHER,
    });
    expect(data).not.toHaveProperty('datePublished');
    expect(data).not.toHaveProperty('license');
    expect(data).toMatchObject({ '@type': 'Dataset', version: '2', inLanguage: 'en' });
    expect(data.distribution).toEqual([
      {
        '@type': 'DataDownload',
        encodingFormat: 'application/json',
        contentUrl: 'https://graphics.example.com/v2.json',
      },
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: 'https://graphics.example.com/v2.csv' },
    ]);
  });

  test('basedOn cites each report once, with its URL only when the source gives one', () => {
    const withUrl = { ...SOURCE, title: '另一篇', url: 'https://news.example.com/a' };
    expect(basedOn([SOURCE, withUrl, SOURCE])).toEqual([
      { '@type': 'CreativeWork', name: '一篇报道', datePublished: '2025-07' },
      { '@type': 'CreativeWork', name: '另一篇', datePublished: '2025-07', url: 'https://news.example.com/a' },
    ]);
  });
});

describe('publicationDates', () => {
  const base = fixtureCatalog();
  const [first, second] = [...base.versions.keys()] as [DatasetId, DatasetId];
  const entry = (dataset: DatasetId, version: number, published_on?: string): CatalogVersion => {
    const sample = base.versions.get(dataset)?.[0];
    if (!sample) throw new Error(`fixture catalog lacks ${dataset}`);
    return { ...sample, version, published: published_on !== undefined, ...(published_on ? { published_on } : {}) };
  };
  const catalog: Catalog = {
    ...base,
    versions: new Map([
      [first, [entry(first, 1, '2025-02-01'), entry(first, 2, '2025-06-30')]],
      [second, [entry(second, 1, '2025-01-15'), entry(second, 2)]],
    ]),
  };

  test('published when the last dataset first came out, modified with the newest published version', () => {
    expect(publicationDates(catalog, [first])).toEqual({ published: '2025-02-01', modified: '2025-06-30' });
    // The second dataset was out in January; the story could not appear before the first one was, in February.
    expect(publicationDates(catalog, [first, second])).toEqual({ published: '2025-02-01', modified: '2025-06-30' });
  });

  test('a draft (no publication day) adds no date, and nothing published gives none', () => {
    expect(publicationDates(catalog, [second])).toEqual({ published: '2025-01-15', modified: '2025-01-15' });
    const drafts: Catalog = { ...catalog, versions: new Map([[second, [entry(second, 1)]]]) };
    expect(publicationDates(drafts, [second])).toBeUndefined();
  });
});
