/**
 * `action-timeline`: the action's launch, the hoarding figures' cut-off and the days between them,
 * and the two-month target. The article does not say from which day the two months run, so the
 * target is a dashed span drawn from the launch and labelled as illustrative. Its words are in
 * copy.ts, its geometry in plot.ts.
 */
import { defineChart } from '../chart-definition.ts';
import { describe, note, reading, table, title } from './copy.ts';
import { plot } from './plot.ts';

export const actionTimeline = defineChart({
  id: 'action-timeline',
  dataset: 'timeline',
  title,
  reading,
  describe,
  table,
  note,
  embedHeight: { zh: 520, en: 730 },
  plot,
});
