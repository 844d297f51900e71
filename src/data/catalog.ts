/**
 * The one entry point to the data: every check (files, schemas, citations, lock, cross-dataset
 * consistency) and, when they pass, the versions the site publishes. Drafts (versions not yet in the
 * lock) are validated always but only shown in the editors' preview.
 */
import type { DatasetId } from '../schemas/index.ts';
import { checkConsistency } from './consistency.ts';
import { checkCorrections } from './corrections.ts';
import { checkLock, isPublished, lockKey, readLock, type Lock } from './lock.ts';
import { EditorError, type EditorProblem } from './problems.ts';
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
  /**
   * Every draft read without a problem, per dataset, oldest first, shown in `versions` or not: a
   * public build uses them to tell a reference to something not published yet ("publish it") from
   * a reference to something that does not exist.
   */
  drafts: Map<DatasetId, CatalogVersion[]>;
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
  const problems = [
    ...read.problems,
    ...lockProblems,
    ...checkLock(root, lock, read.versions),
    ...checkCorrections(read.versions, lock),
  ];
  const versions = new Map<DatasetId, CatalogVersion[]>();
  const unpublishedDrafts: string[] = [];
  const drafts = new Map<DatasetId, CatalogVersion[]>();
  for (const [dataset, list] of read.versions) {
    const shown: CatalogVersion[] = [];
    for (const version of list) {
      const published = isPublished(lock, dataset, version.version);
      const published_on = lock.published[lockKey(dataset, version.version)]?.published_on;
      const entry: CatalogVersion = { ...version, published, ...(published_on ? { published_on } : {}) };
      if (!published) {
        unpublishedDrafts.push(lockKey(dataset, version.version));
        drafts.set(dataset, [...(drafts.get(dataset) ?? []), entry]);
      }
      if (published || options.includeDrafts) shown.push(entry);
    }
    versions.set(dataset, shown);
  }
  const consistencyProblems = checkConsistency(versions);
  problems.push(...consistencyProblems);
  return { versions, unpublishedDrafts, drafts, problems, consistencyProblems, lock };
}

/**
 * The newest version of a dataset in the catalog. A public build holds published versions only, so
 * a dataset with nothing but a draft has none: that is an editor's error ("publish it"), which the
 * checks report before any page asks.
 */
export function latestVersion<D extends DatasetId>(catalog: Catalog, dataset: D): CatalogVersion<D> {
  const latest = catalog.versions.get(dataset)?.at(-1);
  if (!latest || !isVersionOf(latest, dataset)) {
    throw new EditorError([unpublishedDataset(dataset)], { zh: '数据检查', en: 'Data check' });
  }
  return latest;
}

/**
 * A version read from `dataset`'s folder was validated with that dataset's schema, so its `dataset`
 * field vouches for the type of its data: a checked narrowing, not a cast.
 */
function isVersionOf<D extends DatasetId>(version: CatalogVersion, dataset: D): version is CatalogVersion<D> {
  return version.dataset === dataset;
}

/** The problem of a dataset the site needs that has no published version (only a draft, or no file). */
export function unpublishedDataset(dataset: DatasetId, usedBy?: { zh: string; en: string }): EditorProblem {
  const by = usedBy ? { zh: `${usedBy.zh}用到的`, en: ` used by ${usedBy.en}` } : { zh: '', en: '' };
  return {
    file: `data/${dataset}/`,
    message: `${by.zh}数据集 ${dataset} 还没有已发布的版本，公开网站不能显示它 (dataset ${dataset}${by.en} has no published version, so the public site cannot show it)`,
    fix: `检查无误后运行 npm run data:publish -- ${dataset} 发布它；草稿只在 npm run dev 预览中可见 (run npm run data:publish -- ${dataset} once it is right; drafts show only in the npm run dev preview)`,
  };
}

/**
 * The newest draft of a dataset when the catalog leaves it out (a public build), or undefined: where
 * a reference the published versions lack may be waiting to be published. A catalog that shows
 * drafts already looks in the newest one.
 */
export function newestHiddenDraft<D extends DatasetId>(catalog: Catalog, dataset: D): CatalogVersion<D> | undefined {
  const draft = catalog.drafts.get(dataset)?.at(-1);
  if (!draft || !isVersionOf(draft, dataset) || catalog.versions.get(dataset)?.some((shown) => shown.version === draft.version))
    return undefined;
  return draft;
}

/** The problem of a reference found only in a draft the public build leaves out: publish it. */
export function onlyInDraft(what: { zh: string; en: string }, draft: CatalogVersion): { message: string; fix: string } {
  return {
    message: `${what.zh}只在草稿 ${draft.file} 里，还没有发布，公开网站上没有它 (${what.en} is only in the draft ${draft.file}, not published yet, so the public site does not have it)`,
    fix: `草稿检查无误后运行 npm run data:publish -- ${draft.dataset} 发布它 (publish it with npm run data:publish -- ${draft.dataset})`,
  };
}

/** A given version of a dataset, or undefined. */
export function findVersion<D extends DatasetId>(catalog: Catalog, dataset: D, version: number): CatalogVersion<D> | undefined {
  return catalog.versions.get(dataset)?.find((v): v is CatalogVersion<D> => isVersionOf(v, dataset) && v.version === version);
}
