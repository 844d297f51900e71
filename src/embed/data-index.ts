/**
 * The public index of the data, `/data/index.json`: every dataset, its versions, dates, notes,
 * sources and file URLs, so a reader or a partner can find and cite any version.
 */
import { SITE } from '../design/site.ts';
import { datasetTitle } from '../schemas/index.ts';
import type { Catalog } from '../data/catalog.ts';
import { latestUrl, versionUrls } from './urls.ts';

export function dataIndex(catalog: Catalog): unknown {
  return {
    description: `${SITE.name}各篇报道的数据。每个已发布版本永不改动；新的数字以新版本发布。(Data behind ${SITE.nameEn}. Published versions never change; new figures come as new versions.)`,
    datasets: [...catalog.versions].map(([dataset, versions]) => ({
      id: dataset,
      title: datasetTitle(dataset).zh,
      title_en: datasetTitle(dataset).en,
      latest: { version: versions.at(-1)?.version, url: latestUrl(dataset) },
      versions: versions.map((v) => ({
        version: v.version,
        as_of: v.data.as_of,
        published_on: v.published_on ?? null,
        draft: !v.published,
        note: v.data.note,
        sha256: v.sha256,
        ...versionUrls(dataset, v.version),
        sources: v.data.sources.map(({ publication, title, date, column }) => ({
          publication,
          title,
          date,
          ...(column ? { column } : {}),
        })),
      })),
    })),
  };
}
