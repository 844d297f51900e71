/**
 * What a story or chart page tells link previews and search engines, gathered in one place from
 * its frontmatter and its data: the share image, the dates, the sources and the structured data.
 * Every URL is absolute (from the site's origin), and every piece takes the edition's language.
 */
import type { Dataset, NewsArticle, WithContext } from 'schema-dts';
import type { z } from 'zod';
import { latestVersion, type Catalog } from '../data/catalog.ts';
import { fillPlaceholders, placeholderReferences } from '../data/figures.ts';
import { SITE } from '../design/site.ts';
import { shareCardUrl, storyUrl } from '../embed/urls.ts';
import type { ChartView } from '../render/chart-view.ts';
import { SOCIAL } from '../render/render-png.ts';
import type { StoryCard } from '../render/share-card.ts';
import { datasetTitle, isDatasetId, type DatasetId } from '../schemas/index.ts';
import type { storyFrontmatterSchema } from '../schemas/story.ts';
import { formatChineseDate } from '../text/format-number.ts';
import { localePath, type Lang } from '../text/lang.ts';
import { publicationDates, type PublicationDates } from './publication-dates.ts';
import { dataset, newsArticle, type Publisher } from './structured-data.ts';
import { registeredChartDataset, storyUses } from './story-uses.ts';

/** A story's frontmatter as written (placeholders unfilled). */
type StoryFrontmatter = z.infer<typeof storyFrontmatterSchema>;

/** `og:locale` values (language_TERRITORY, as Open Graph spells them). */
export const OG_LOCALE: Readonly<Record<Lang, string>> = { zh: 'zh_CN', en: 'en_GB' };

/** A share image: absolute URL, pixel size and a text alternative. */
export interface ShareImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

/** The site's name in an edition. */
export function siteName(lang: Lang): string {
  return lang === 'zh' ? SITE.name : SITE.nameEn;
}

function publisher(lang: Lang, origin: string): Publisher {
  return { name: siteName(lang), url: new URL(localePath(lang, '/'), origin).href };
}

/** A story's card, its frontmatter placeholders filled from the data. */
export function storyCard(frontmatter: StoryFrontmatter, catalog: Catalog, lang: Lang): StoryCard {
  const fill = (text: string) => fillPlaceholders(catalog, text, lang).text;
  return {
    lang,
    ...(frontmatter.kicker ? { kicker: fill(frontmatter.kicker) } : {}),
    title: fill(frontmatter.title),
    dek: fill(frontmatter.dek),
    credit: frontmatter.credit,
    site: siteName(lang),
  };
}

/** The datasets a story's text and its frontmatter placeholders read, each once. */
function storyDatasets(frontmatter: StoryFrontmatter, mdx: string): DatasetId[] {
  const { title, dek, description, kicker = '' } = frontmatter;
  const inFrontmatter = placeholderReferences([title, dek, description, kicker].join('\n'))
    .map((reference) => reference.split('.')[0] ?? '')
    .filter(isDatasetId);
  return [...new Set([...storyUses(mdx, registeredChartDataset).datasets, ...inFrontmatter])];
}

export interface StoryShare {
  image: ShareImage;
  dates: PublicationDates | undefined;
  jsonLd: WithContext<NewsArticle>;
}

/** A story's share image, dates and `NewsArticle`. `mdx` is its source, to find the data it uses. */
export function storyShare(
  story: { slug: string; frontmatter: StoryFrontmatter; mdx: string },
  catalog: Catalog,
  lang: Lang,
  origin: string,
): StoryShare {
  const card = storyCard(story.frontmatter, catalog, lang);
  const datasets = storyDatasets(story.frontmatter, story.mdx);
  const dates = publicationDates(catalog, datasets);
  const image: ShareImage = {
    url: new URL(shareCardUrl(story.slug, lang), origin).href,
    ...SOCIAL,
    alt: `${card.title}${lang === 'zh' ? '。' : '. '}${card.dek}`,
  };
  const jsonLd = newsArticle({
    lang,
    url: new URL(storyUrl(story.slug, lang), origin).href,
    headline: card.title,
    description: fillPlaceholders(catalog, story.frontmatter.description, lang).text,
    image,
    dates,
    sources: datasets.flatMap((id) => latestVersion(catalog, id).data.sources),
    publisher: publisher(lang, origin),
  });
  return { image, dates, jsonLd };
}

export interface ChartShare {
  image: ShareImage;
  dates: PublicationDates | undefined;
  jsonLd: WithContext<Dataset>;
}

/** A chart page's share image (its social PNG) and dates, and its data version as a `Dataset`. */
export function chartShare(view: ChartView, catalog: Catalog, lang: Lang, origin: string): ChartShare {
  const absolute = (sitePath: string) => new URL(sitePath, origin).href;
  const dates = publicationDates(catalog, [view.dataset]);
  const n = view.version.version;
  const names = datasetTitle(view.dataset);
  const description =
    lang === 'zh'
      ? `图表“${view.title}”所用的数据：${names.zh}，第${n}版，截至${formatChineseDate(view.version.data.as_of)}。${view.reading}已发布的版本永不改动。`
      : `The data behind the chart "${view.title}": ${names.en}, version ${n}, as of ${view.version.data.as_of}. Published versions never change.`;
  return {
    image: {
      url: absolute(view.urls.downloads.pngSocial),
      ...SOCIAL,
      alt: `${view.title}${lang === 'zh' ? '：' : ': '}${view.reading}`,
    },
    dates,
    jsonLd: dataset({
      lang,
      url: absolute(view.urls.page),
      name: `${names[lang]} v${n}`,
      description,
      version: n,
      dates,
      files: { json: absolute(view.urls.data.json), csv: absolute(view.urls.data.csv) },
      sources: view.version.data.sources,
      publisher: publisher(lang, origin),
    }),
  };
}
