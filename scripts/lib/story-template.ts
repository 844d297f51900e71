/**
 * The MDX `npm run story:new` writes: frontmatter and a short worked example that builds as it is.
 * The example's figure and chart are chosen from what the site publishes at the time (never typed
 * in here), so it works whatever stories and data the project holds; with no published data it is
 * text only.
 */
import { CHARTS } from '../../src/charts/index.ts';
import type { Catalog } from '../../src/data/catalog.ts';
import { figurePaths } from '../../src/data/citations.ts';
import { lookupFact } from '../../src/data/figures.ts';
import { DATASET_IDS, DATASET_SCHEMAS, type DatasetId } from '../../src/schemas/index.ts';
import { formatPath } from '../../src/text/json-path.ts';

/** What the example shows, each part only when the published data allows it. */
export interface StoryExample {
  /** A `dataset.field` figure reference for `<Num of>`. */
  figure?: string;
  /** A `dataset.as_of` date reference for a `{…}` placeholder in the standfirst. */
  asOf?: string;
  /** A chart id for `<Chart id>`. */
  chart?: string;
}

/** The first published figure of a dataset, as a reference that resolves. */
function firstFigure(catalog: Catalog, dataset: DatasetId): string | undefined {
  const latest = catalog.versions.get(dataset)?.at(-1);
  if (!latest) return undefined;
  return figurePaths(DATASET_SCHEMAS[dataset], latest.data)
    .map((path) => `${dataset}.${formatPath(path)}`)
    .find((reference) => lookupFact(catalog, reference).ok);
}

/** The example's figure, date and chart: the first chart whose data is published, and its data. */
export function chooseExample(catalog: Catalog): StoryExample {
  const chart = CHARTS.find((candidate) => catalog.versions.get(candidate.dataset)?.length);
  const datasets = chart ? [chart.dataset] : DATASET_IDS.filter((id) => catalog.versions.get(id)?.length);
  for (const dataset of datasets) {
    const figure = firstFigure(catalog, dataset);
    const asOf = `${dataset}.as_of`;
    const example: StoryExample = {
      ...(figure ? { figure } : {}),
      ...(lookupFact(catalog, asOf).ok ? { asOf } : {}),
      ...(chart ? { chart: chart.id } : {}),
    };
    if (figure || chart) return example;
  }
  return {};
}

/** The new story's MDX: frontmatter (filled in by the editor) and the example text. */
export function storyTemplate(order: number, example: StoryExample): string {
  const dataNote = example.asOf ? `标题、导语和简介里引用数据要写在大括号里：数据截至{${example.asOf}}。` : '';
  const lines = [
    '---',
    'title: 新报道的标题（请修改）',
    `dek: 一两句导语（请修改）。${dataNote}`,
    'description: 一句话简介，给搜索引擎和分享卡片（请修改）。',
    'credit: 数据新闻组',
    `order: ${order}`,
    '---',
    '',
    '这是 npm run story:new 写下的示例正文：照着改写，或整段删去。(Example text: rewrite it or delete it.)',
    '',
  ];
  if (example.figure) {
    const dataset = example.figure.split('.')[0] ?? '';
    lines.push(
      `正文里的数字不直接打字，而是引用数据（这里引用 ${dataset} 数据集），改数据时正文跟着改：<Num of="${example.figure}" />。`,
      '',
    );
  }
  lines.push('## 小标题（请修改）', '');
  if (example.chart) {
    lines.push('图表按 id 放进正文，全部图表的 id 见网站的 /charts/ 页面：', '', `<Chart id="${example.chart}" />`, '');
  }
  lines.push('组件的写法见 docs/EDITING.md 第4节；从头到尾加一篇报道见 docs/ADDING-A-STORY.md。', '');
  return lines.join('\n');
}
