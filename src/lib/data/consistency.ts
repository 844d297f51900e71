/**
 * Facts the article states once but two datasets record must agree in their newest versions, so
 * the story never shows two different numbers for one fact.
 */
import type { DatasetId } from '../../schemas/index.ts';
import type { EditorProblem } from './problems.ts';
import type { DatasetVersion } from './read-datasets.ts';

/** Pairs of [dataset, field] that must hold the same value. */
const SAME_FACT: [[DatasetId, string], [DatasetId, string]][] = [
  [['back-streets', 'target_months'], ['timeline', 'target_months']],
];

export function checkConsistency(versions: Map<DatasetId, readonly DatasetVersion[]>): EditorProblem[] {
  const problems: EditorProblem[] = [];
  for (const [[aSet, aField], [bSet, bField]] of SAME_FACT) {
    const a = versions.get(aSet)?.at(-1);
    const b = versions.get(bSet)?.at(-1);
    if (!a || !b) continue;
    const aValue = (a.data as Record<string, unknown>)[aField];
    const bValue = (b.data as Record<string, unknown>)[bField];
    if (JSON.stringify(aValue) !== JSON.stringify(bValue)) {
      problems.push({
        file: b.file,
        path: bField,
        message: `与 ${a.file} 的 ${aField}（${JSON.stringify(aValue)}）不一致，两处记录的是同一事实 (disagrees with ${a.file} › ${aField}; both record the same fact)`,
        found: JSON.stringify(bValue),
        fix: '两处改成同一个值 (make both the same)',
      });
    }
  }
  return problems;
}
