/**
 * Which of the catalog's problems stop a command that works on some datasets only
 * (`data:new-version`, `data:publish`). An editor finishing one dataset must not be held up by
 * another dataset's draft in progress, so only the named datasets' own files and the lock (which
 * both commands rewrite or rely on) count. Cross-dataset disagreements are left out here: creating
 * new versions is how they are settled, and publishing checks them on what would go public
 * (`consistencyAfterPublishing`).
 */
import type { DatasetId } from '../schemas/index.ts';
import type { Catalog, CatalogVersion } from './catalog.ts';
import { checkConsistency } from './consistency.ts';
import { LOCK_FILE } from './lock.ts';
import type { EditorProblem } from './problems.ts';

/** The problems in the files of `datasets` (every version, and the dataset folder) and in the lock. */
export function ownProblems(catalog: Catalog, datasets: readonly DatasetId[]): EditorProblem[] {
  return catalog.problems.filter(
    (problem) =>
      !catalog.consistencyProblems.includes(problem) &&
      (problem.file === LOCK_FILE || datasets.some((dataset) => problem.file.startsWith(`data/${dataset}/`))),
  );
}

/**
 * The cross-dataset disagreements the public site would show once `datasets` are published: their
 * newest drafts next to the other datasets' newest published versions. A draft of another dataset
 * that will stay unpublished does not count, so it can neither block nor excuse this publication.
 * `catalog` must include drafts.
 */
export function consistencyAfterPublishing(catalog: Catalog, datasets: readonly DatasetId[]): EditorProblem[] {
  const afterwards = new Map<DatasetId, CatalogVersion[]>();
  for (const [dataset, versions] of catalog.versions) {
    afterwards.set(
      dataset,
      datasets.includes(dataset) ? versions : versions.filter((version) => version.published),
    );
  }
  return checkConsistency(afterwards);
}
