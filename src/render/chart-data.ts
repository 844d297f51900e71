/**
 * Connects charts to data versions: the newest version a chart reads, a pinned one, and the facts
 * every chart figure prints under the chart (source, version, date, links).
 */
import type { ChartDefinition } from '../charts/chart-definition.ts';
import type { DatasetId } from '../schemas/index.ts';
import { findVersion, latestVersion, type Catalog, type CatalogVersion } from '../data/catalog.ts';
import { versionUrls } from '../data/data-index.ts';
import { formatChineseDate } from '../text/format-number.ts';

/** The data version a chart shows: the newest, or version `pinned` of its dataset. */
export function chartVersion(catalog: Catalog, chart: ChartDefinition, pinned?: number): CatalogVersion<DatasetId> {
  if (pinned === undefined) return latestVersion(catalog, chart.dataset);
  const version = findVersion(catalog, chart.dataset, pinned);
  if (!version) throw new Error(`Chart "${chart.id}" has no data version ${pinned} of dataset "${chart.dataset}".`);
  return version;
}

export interface ChartCredits {
  /** "来源：《长春以高效能治理助推高质量发展》" */
  source: string;
  /** "数据：enclosures 第1版，截至2025年7月11日" */
  version: string;
  /** URL of the version's JSON. */
  json: string;
  csv: string;
}

export function chartCredits(chart: ChartDefinition, version: CatalogVersion<DatasetId>): ChartCredits {
  const titles = [...new Set(version.data.sources.map((s) => `《${s.title}》`))].join('、');
  return {
    source: `来源：${titles}`,
    version: `数据：${chart.dataset} 第${version.version}版，截至${formatChineseDate(version.data.as_of)}`,
    ...versionUrls(chart.dataset, version.version),
  };
}
