/**
 * The data check for corrections: a version marked `correction` must name, in `of`, an earlier
 * version of the same dataset that has been published (no reader ever saw a draft, so it
 * is edited, not corrected). Problems are in plain words, Chinese first.
 */
import type { DatasetId } from '../schemas/index.ts';
import { isPublished, type Lock } from './lock.ts';
import type { EditorProblem } from './problems.ts';
import type { DatasetVersion } from './read-datasets.ts';

/** Every version whose `correction.of` does not name an earlier published version of its dataset. */
export function checkCorrections(versions: Map<DatasetId, DatasetVersion[]>, lock: Lock): EditorProblem[] {
  const problems: EditorProblem[] = [];
  for (const list of versions.values()) {
    for (const version of list) {
      const of = version.data.correction?.of;
      if (of === undefined) continue;
      const at = { file: version.file, path: 'correction.of', found: String(of) };
      if (of >= version.version) {
        problems.push({
          ...at,
          message: `v${version.version} 只能更正比它早的版本，这里写的是 v${of} (v${version.version} can only correct an earlier version, not v${of})`,
          fix: `把 correction.of 改成被更正的旧版本号，例如 ${version.version - 1} (set correction.of to the earlier version it corrects, e.g. ${version.version - 1})`,
        });
      } else if (!list.some((other) => other.version === of) || !isPublished(lock, version.dataset, of)) {
        problems.push({
          ...at,
          message: `v${of} 不是 ${version.dataset} 已发布的版本，更正只针对读者看到过的版本 (v${of} is not a published version of ${version.dataset}; a correction is of a version readers have seen)`,
          fix: `把 correction.of 改成已发布的版本号；草稿直接修改即可，不需要更正 (name a published version; a draft is simply edited, not corrected)`,
        });
      }
    }
  }
  return problems;
}
