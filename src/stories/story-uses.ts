/**
 * What a story uses, read from its MDX syntax tree (never from rendered HTML): the datasets behind
 * its figures, charts, quotes and frontmatter placeholders, and the pictures it shows. The story's
 * footer lists only these, and the checks refuse a public build whose stories need unpublished data.
 */
import { mdxToMdast } from 'satteri';
import { findChart } from '../charts/index.ts';
import { placeholderReferences } from '../data/figures.ts';
import { isDatasetId, type DatasetId } from '../schemas/index.ts';
import type { PicturesFile } from '../schemas/pictures.ts';

export interface StoryUses {
  /** Datasets the story reads, each once, in order of first use. */
  datasets: DatasetId[];
  /** Ids of the charts it shows (`<Chart id>`, `<Step chart>`), each once, in order. */
  charts: string[];
  /** Ids of the pictures it shows with `<Picture id>`. */
  pictures: string[];
  /** Ids of the before/after pairs it shows with `<BeforeAfter id>`. */
  pairs: string[];
}

/** The dataset a chart id reads, or undefined for an unknown id (the content check reports those). */
export type ChartDataset = (chartId: string) => DatasetId | undefined;

/** The dataset of a chart in the site's chart registry. */
export const registeredChartDataset: ChartDataset = (chartId) => findChart(chartId)?.dataset;

/** `<Quote>` shows an entry of this dataset. */
const QUOTES: DatasetId = 'quotes';

type Node = ReturnType<typeof mdxToMdast>;

/** The dataset named at the start of a `dataset.field` reference, if it is one. */
function datasetOf(reference: string): DatasetId | undefined {
  const name = reference.split('.')[0] ?? '';
  return isDatasetId(name) ? name : undefined;
}

/** The string value of a JSX attribute (`of="…"`), or undefined when absent or an expression. */
function attribute(node: Node, name: string): string | undefined {
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
  for (const attr of node.attributes) {
    if (attr.type === 'mdxJsxAttribute' && attr.name === name && typeof attr.value === 'string') return attr.value;
  }
  return undefined;
}

/**
 * Everything `source` (a story's MDX, frontmatter included) uses. An MDX file that does not parse
 * uses nothing: the content check reports its syntax error.
 */
export function storyUses(source: string, chartDataset: ChartDataset): StoryUses {
  const datasets = new Set<DatasetId | undefined>();
  const pictures = new Set<string>();
  const pairs = new Set<string>();
  const charts = new Set<string>();
  const visit = (node: Node): void => {
    if (node.type === 'yaml') placeholderReferences(node.value).forEach((ref) => datasets.add(datasetOf(ref)));
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const id = attribute(node, 'id');
      if (node.name === 'Num') datasets.add(datasetOf(attribute(node, 'of') ?? ''));
      const chart = node.name === 'Chart' ? id : node.name === 'Step' ? attribute(node, 'chart') : undefined;
      if (chart) {
        charts.add(chart);
        datasets.add(chartDataset(chart));
      }
      if (node.name === 'Quote') datasets.add(QUOTES);
      else if (node.name === 'Picture' && id) pictures.add(id);
      else if (node.name === 'BeforeAfter' && id) pairs.add(id);
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  try {
    visit(mdxToMdast(source));
  } catch {
    return { datasets: [], charts: [], pictures: [], pairs: [] };
  }
  return {
    datasets: [...datasets].filter((dataset) => dataset !== undefined),
    charts: [...charts],
    pictures: [...pictures],
    pairs: [...pairs],
  };
}

/** True when any picture the story shows, alone or in a before/after pair, is an illustration. */
export function usesIllustration(uses: StoryUses, file: PicturesFile): boolean {
  const shown = new Set(uses.pictures);
  for (const pair of file.pairs) {
    if (uses.pairs.includes(pair.id)) shown.add(pair.before.picture).add(pair.after.picture);
  }
  return file.pictures.some((picture) => shown.has(picture.id) && picture.kind === 'illustration');
}
