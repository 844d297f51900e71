/**
 * The public site shows published data only. A story or a chart that reads a dataset with no
 * published version (a new dataset still in draft) would stop the build half-way; this finds them
 * first and tells the editor to publish, naming the story or the chart. The preview shows drafts,
 * so it does not run this check; the public build and `npm run data:check` do.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CHARTS } from '../charts/index.ts';
import { unpublishedDataset, type Catalog } from '../data/catalog.ts';
import type { EditorProblem } from '../data/problems.ts';
import type { DatasetId } from '../schemas/index.ts';
import { storyFiles } from './editions.ts';
import { registeredChartDataset, storyUses } from './story-uses.ts';

/** True when the catalog holds a published version of the dataset (drafts do not count). */
export function hasPublishedVersion(catalog: Catalog, dataset: DatasetId): boolean {
  return (catalog.versions.get(dataset) ?? []).some((version) => version.published);
}

/** A problem for every story and chart that needs a dataset with no published version. */
export function checkPublishedData(root: string, catalog: Catalog): EditorProblem[] {
  const problems: EditorProblem[] = [];
  for (const { file } of storyFiles(root)) {
    const uses = storyUses(readFileSync(path.join(root, file), 'utf8'), registeredChartDataset);
    for (const dataset of uses.datasets.filter((used) => !hasPublishedVersion(catalog, used))) {
      problems.push({ ...unpublishedDataset(dataset, { zh: '这篇报道', en: 'this story' }), file });
    }
  }
  for (const chart of CHARTS) {
    if (!hasPublishedVersion(catalog, chart.dataset)) {
      problems.push(unpublishedDataset(chart.dataset, { zh: `图表 ${chart.id} `, en: `chart ${chart.id}` }));
    }
  }
  return problems;
}
