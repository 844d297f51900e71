/**
 * Facts the article states once but two datasets record must agree in their newest versions, so
 * the story never shows two different numbers or dates for one fact.
 */
import type { DatasetId } from '../schemas/index.ts';
import { getAtPath, parsePath } from '../text/json-path.ts';
import type { EditorProblem } from './problems.ts';
import type { DatasetVersion } from './read-datasets.ts';

/** Pairs of [dataset, field path] that must hold the same value. */
const SAME_FACT: [[DatasetId, string], [DatasetId, string]][] = [
  // The 2-month target: the back-street clean-up states it; the timeline draws it.
  [
    ['back-streets', 'target_months'],
    ['timeline', 'target_months'],
  ],
  // The hoarding figures' cut-off day is the timeline's "data cut-off" event.
  [
    ['enclosures', 'as_of'],
    ['timeline', 'events.data-cutoff.date'],
  ],
];

export function checkConsistency(versions: Map<DatasetId, readonly DatasetVersion[]>): EditorProblem[] {
  const problems: EditorProblem[] = [];
  for (const [[aSet, aField], [bSet, bField]] of SAME_FACT) {
    const a = versions.get(aSet)?.at(-1);
    const b = versions.get(bSet)?.at(-1);
    if (!a || !b) continue;
    const aValue = getAtPath(a.data, parsePath(aField) ?? []);
    const bValue = getAtPath(b.data, parsePath(bField) ?? []);
    if (JSON.stringify(aValue) !== JSON.stringify(bValue)) {
      problems.push({
        file: b.file,
        path: bField,
        message: `与 ${a.file} 的 ${aField}（${JSON.stringify(aValue)}）不一致，两处记录的是同一事实 (disagrees with ${a.file} › ${aField}; both record the same fact)`,
        found: JSON.stringify(bValue),
        fix: '两处改成同一个值：先在两个数据集各建一个新版本，再一起发布 (make both the same: new versions of both datasets, published together)',
      });
    }
  }
  return problems;
}
