/**
 * The corrections a story shows near its top: for each dataset whose version on the page is marked
 * as a correction (`correction` in its data file), what was wrong, when the correction was
 * published, and links to both versions' data files and to the story's charts of that dataset at
 * each version (the pinned embeds).
 */
import { findChart } from '../charts/index.ts';
import type { Catalog, CatalogVersion } from '../data/catalog.ts';
import { embedUrl, versionUrls } from '../embed/urls.ts';
import { viewChart } from '../render/chart-view.ts';
import type { Correction } from '../schemas/envelope.ts';
import { datasetTitle, type DatasetId, type DatasetTitle } from '../schemas/index.ts';
import type { Lang } from '../text/lang.ts';
import { storyVersions } from './story-versions.ts';

/** One version's links: its data files and the story's charts at that version. */
export interface CorrectionSide {
  version: number;
  data: { json: string; csv: string };
  charts: { title: string; url: string }[];
}

export interface StoryCorrection {
  dataset: DatasetId;
  title: DatasetTitle;
  /** What was wrong, in both languages, as the data file says. */
  what: Correction['what'];
  /** YYYY-MM-DD the correcting version was published; undefined while it is a draft (preview). */
  date: string | undefined;
  /** The version that was wrong. */
  corrected: CorrectionSide;
  /** The version that corrects it, which the story shows. */
  correcting: CorrectionSide;
}

/**
 * The corrections of the story `content/stories/<story>.mdx`, in the order it first uses the datasets;
 * chart titles and links in `lang`'s edition.
 */
export function storyCorrections(
  story: string,
  catalog: Catalog,
  lang: Lang = 'zh',
  root: string = process.cwd(),
): StoryCorrection[] {
  const { uses, versions } = storyVersions(root, catalog, story);
  return versions.flatMap(({ dataset, shown, history }) => {
    const correction = shown.data.correction;
    if (!correction) return [];
    const charts = uses.charts.flatMap((id) => {
      const chart = findChart(id);
      return chart && chart.dataset === dataset ? [chart] : [];
    });
    const side = (version: CatalogVersion | undefined, n: number): CorrectionSide => ({
      version: n,
      data: versionUrls(dataset, n),
      charts: version
        ? charts.map((chart) => ({ title: viewChart(chart, catalog, n, lang).title, url: embedUrl(chart.id, n, lang) }))
        : [],
    });
    return [
      {
        dataset,
        title: datasetTitle(dataset),
        what: correction.what,
        date: shown.published ? shown.published_on : undefined,
        corrected: side(
          history.find((v) => v.version === correction.of),
          correction.of,
        ),
        correcting: side(shown, shown.version),
      },
    ];
  });
}
