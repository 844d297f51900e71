/**
 * A catalog of test data for tests that go through the registry: each dataset's fixture under
 * test/fixtures/data when there is one (validated with its schema), otherwise the project's own
 * published versions, so a new dataset needs no fixture to be tested. Every version is number 1,
 * so renders do not depend on the project's history.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sha256 } from '../../src/data/hash.ts';
import { loadCatalog, type Catalog, type CatalogVersion } from '../../src/data/catalog.ts';
import { DATASET_SCHEMAS, type DatasetId } from '../../src/schemas/index.ts';
import { FIXTURES, ROOT } from './temp-project.ts';

/** Path of a dataset's fixture (it may not exist). */
export function fixturePath(dataset: DatasetId): string {
  return path.join(FIXTURES, 'data', `${dataset}.json`);
}

let cached: Catalog | undefined;

export function fixtureCatalog(): Catalog {
  if (cached) return cached;
  const project = loadCatalog(ROOT, { includeDrafts: false });
  const versions = new Map<DatasetId, CatalogVersion[]>();
  for (const dataset of Object.keys(DATASET_SCHEMAS).filter((id): id is DatasetId => id in DATASET_SCHEMAS)) {
    const file = fixturePath(dataset);
    const shipped = project.versions.get(dataset)?.at(-1);
    const bytes = existsSync(file) ? readFileSync(file) : shipped?.bytes;
    if (!bytes) continue;
    const data = DATASET_SCHEMAS[dataset].parse(JSON.parse(bytes.toString('utf8')));
    versions.set(dataset, [
      { dataset, version: 1, file: path.relative(FIXTURES, file), bytes, sha256: sha256(bytes), data, published: true },
    ]);
  }
  cached = { ...project, versions };
  return cached;
}
