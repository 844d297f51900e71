/**
 * Structured data for search engines (schema.org as JSON-LD, typed by schema-dts): a story is a
 * `NewsArticle` based on the reports its data cites, a chart page describes its data as a `Dataset`
 * with the JSON and CSV files of the version it shows. Everything comes from the frontmatter and
 * the data versions; nothing is stated that the data does not state (no licence, no outlet the
 * source does not name).
 */
import type { CreativeWork, Dataset, ImageObject, NewsArticle, Organization, WithContext } from 'schema-dts';
import type { Source } from '../schemas/envelope.ts';
import { LANG_TAG, type Lang } from '../text/lang.ts';
import type { PublicationDates } from './publication-dates.ts';

/** The site as publisher: its name and home page. */
export interface Publisher {
  name: string;
  /** Absolute URL of the home page. */
  url: string;
}

/** An image with its pixel size. */
export interface SizedImage {
  /** Absolute URL. */
  url: string;
  width: number;
  height: number;
}

/**
 * JSON-LD as the text of a `<script type="application/ld+json">`: `<` written as `\u003c`, so text
 * holding `</script>` or `<!--` cannot end the element (JSON readers decode it back).
 */
export function jsonLdText(data: WithContext<NewsArticle> | WithContext<Dataset>): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

function organization(publisher: Publisher): Organization {
  return { '@type': 'Organization', name: publisher.name, url: publisher.url };
}

/** The reports the data comes from, each once (by title and address), as the sources state them. */
export function basedOn(sources: readonly Source[]): CreativeWork[] {
  const seen = new Set<string>();
  return sources.flatMap((source) => {
    const key = `${source.title}\n${source.url ?? ''}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [
      {
        '@type': 'CreativeWork',
        name: source.title,
        datePublished: source.date,
        ...(source.url ? { url: source.url } : {}),
      } satisfies CreativeWork,
    ];
  });
}

function imageObject(image: SizedImage): ImageObject {
  return { '@type': 'ImageObject', url: image.url, width: `${image.width}`, height: `${image.height}` };
}

export interface StoryFacts {
  lang: Lang;
  /** Absolute URL of the story. */
  url: string;
  headline: string;
  description: string;
  image: SizedImage;
  dates: PublicationDates | undefined;
  /** The sources of every data version the story shows. */
  sources: readonly Source[];
  publisher: Publisher;
}

/** A story as a `NewsArticle`. */
export function newsArticle(story: StoryFacts): WithContext<NewsArticle> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: story.headline,
    description: story.description,
    url: story.url,
    mainEntityOfPage: story.url,
    image: [imageObject(story.image)],
    inLanguage: LANG_TAG[story.lang],
    ...(story.dates ? { datePublished: story.dates.published, dateModified: story.dates.modified } : {}),
    isBasedOn: basedOn(story.sources),
    publisher: organization(story.publisher),
  };
}

export interface DatasetFacts {
  lang: Lang;
  /** Absolute URL of the page that shows the data (the chart page). */
  url: string;
  name: string;
  description: string;
  /** The data version shown. */
  version: number;
  dates: PublicationDates | undefined;
  /** Absolute URLs of this version's files. */
  files: { json: string; csv: string };
  sources: readonly Source[];
  publisher: Publisher;
}

/** A data version as a `Dataset` with its JSON and CSV files. */
export function dataset(data: DatasetFacts): WithContext<Dataset> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: data.name,
    description: data.description,
    url: data.url,
    version: `${data.version}`,
    inLanguage: LANG_TAG[data.lang],
    isAccessibleForFree: true,
    ...(data.dates ? { datePublished: data.dates.published, dateModified: data.dates.modified } : {}),
    isBasedOn: basedOn(data.sources),
    creator: organization(data.publisher),
    publisher: organization(data.publisher),
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: data.files.json },
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: data.files.csv },
    ],
  };
}
