/**
 * The public index of the data, `/data/index.json`: every dataset, its versions, dates, notes,
 * sources and file URLs, so a reader or a partner can find and cite any version.
 */
import { DATASET_TITLES, type DatasetId } from '../schemas/index.ts';
import type { Catalog } from './catalog.ts';

/** Public URL paths of one version's files. */
export function versionUrls(dataset: DatasetId, version: number): { json: string; csv: string } {
  return { json: `/data/${dataset}/v${version}.json`, csv: `/data/${dataset}/v${version}.csv` };
}

export function latestUrl(dataset: DatasetId): string {
  return `/data/${dataset}/latest.json`;
}

export function dataIndex(catalog: Catalog): unknown {
  return {
    description: '长春“走遍长春·情暖春城”报道的数据。每个已发布版本永不改动；新的数字以新版本发布。(Data behind the Changchun story. Published versions never change; new figures come as new versions.)',
    datasets: [...catalog.versions].map(([dataset, versions]) => ({
      id: dataset,
      title: DATASET_TITLES[dataset].zh,
      title_en: DATASET_TITLES[dataset].en,
      latest: { version: versions.at(-1)?.version, url: latestUrl(dataset) },
      versions: versions.map((v) => ({
        version: v.version,
        as_of: v.data.as_of,
        published_on: v.published_on ?? null,
        draft: !v.published,
        note: v.data.note,
        sha256: v.sha256,
        ...versionUrls(dataset, v.version),
        sources: v.data.sources.map(({ publication, title, date, column }) => ({ publication, title, date, ...(column ? { column } : {}) })),
      })),
    })),
  };
}
