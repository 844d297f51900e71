/**
 * The one entry point to the data: every check (files, schemas, citations, lock, cross-dataset
 * consistency) and, when they pass, the versions the site publishes. Drafts (versions not yet in the
 * lock) are validated always but only shown in the editors' preview.
 */
import type { DatasetId } from '../schemas/index.ts';
import { checkConsistency } from './consistency.ts';
import { checkLock, isPublished, lockKey, readLock, type Lock } from './lock.ts';
import type { EditorProblem } from './problems.ts';
import { readDatasets, type DatasetVersion } from './read-datasets.ts';

/** A version as the site sees it. */
export type CatalogVersion<D extends DatasetId = DatasetId> = DatasetVersion<D> & {
  /** False for a draft, which only the preview shows. */
  published: boolean;
  /** Day of publication (China time), for published versions. */
  published_on?: string;
};

export interface Catalog {
  /** Versions the site shows, per dataset, oldest first. */
  versions: Map<DatasetId, CatalogVersion[]>;
  /** Drafts left out of a published build, as `dataset/vN.json`. */
  unpublishedDrafts: string[];
  /** Every problem, the cross-dataset ones included. */
  problems: EditorProblem[];
  /**
   * The cross-dataset disagreements among `problems`. They are fixed by new versions of both
   * datasets, so they must not stop an editor from creating those versions.
   */
  consistencyProblems: EditorProblem[];
  lock: Lock;
}

export interface CatalogOptions {
  /** Include drafts (the editors' preview) or only published versions (the public build). */
  includeDrafts: boolean;
  /** Today's date (YYYY-MM-DD, China) for the "not in the future" check; injectable for tests. */
  today?: string;
}

export function loadCatalog(root: string, options: CatalogOptions): Catalog {
  const read = readDatasets(root, options.today === undefined ? {} : { today: options.today });
  const { lock, problems: lockProblems } = readLock(root);
  const problems = [...read.problems, ...lockProblems, ...checkLock(root, lock, read.versions)];
  const versions = new Map<DatasetId, CatalogVersion[]>();
  const unpublishedDrafts: string[] = [];
  for (const [dataset, list] of read.versions) {
    const shown: CatalogVersion[] = [];
    for (const version of list) {
      const published = isPublished(lock, dataset, version.version);
      if (!published) unpublishedDrafts.push(lockKey(dataset, version.version));
      if (!published && !options.includeDrafts) continue;
      const published_on = lock.published[lockKey(dataset, version.version)]?.published_on;
      shown.push({ ...version, published, ...(published_on ? { published_on } : {}) });
    }
    versions.set(dataset, shown);
  }
  const consistencyProblems = checkConsistency(versions);
  problems.push(...consistencyProblems);
  return { versions, unpublishedDrafts, problems, consistencyProblems, lock };
}

/** The newest version of a dataset in the catalog. Throws if there is none (the checks prevent it). */
export function latestVersion<D extends DatasetId>(catalog: Catalog, dataset: D): CatalogVersion<D> {
  const latest = catalog.versions.get(dataset)?.at(-1);
  if (!latest) throw new Error(`No version of dataset "${dataset}" is available.`);
  return latest as CatalogVersion<D>;
}

/** A given version of a dataset, or undefined. */
export function findVersion<D extends DatasetId>(catalog: Catalog, dataset: D, version: number): CatalogVersion<D> | undefined {
  return catalog.versions.get(dataset)?.find((v) => v.version === version) as CatalogVersion<D> | undefined;
}
