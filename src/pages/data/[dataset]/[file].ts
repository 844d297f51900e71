/**
 * Every version of every dataset as published files: `/data/<dataset>/v<N>.json` (the locked bytes,
 * unchanged), `/data/<dataset>/v<N>.csv` (UTF-8 with BOM for Excel) and `/data/<dataset>/latest.json`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetToCsv } from '../../../data/to-csv.ts';
import { routeCacheKey } from '../../../render/route-cache-key.ts';
import { getSiteData } from '../../../stories/site-data.ts';
import { DATASET_SCHEMAS } from '../../../schemas/index.ts';

export const getStaticPaths = (() => {
  const { catalog } = getSiteData();
  return [...catalog.versions].flatMap(([dataset, versions]) => {
    const latest = versions.at(-1);
    const schema = DATASET_SCHEMAS[dataset];
    return [
      // Each file depends only on one locked data file: keyed by its hash (docs/BUILD-CACHE.md).
      ...versions.flatMap((v) => [
        { params: { dataset, file: `v${v.version}.json` }, props: { body: v.bytes, type: 'application/json; charset=utf-8' }, cacheKey: routeCacheKey(['data', 'json', dataset, v.sha256]) },
        { params: { dataset, file: `v${v.version}.csv` }, props: { body: datasetToCsv(dataset, schema, v.data), type: 'text/csv; charset=utf-8' }, cacheKey: routeCacheKey(['data', 'csv', dataset, v.sha256]) },
      ]),
      ...(latest ? [{ params: { dataset, file: 'latest.json' }, props: { body: latest.bytes, type: 'application/json; charset=utf-8' }, cacheKey: routeCacheKey(['data', 'json', dataset, latest.sha256]) }] : []),
    ];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { body, type } = props as { body: Uint8Array | string; type: string };
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), { headers: { 'Content-Type': type } });
};
