/**
 * `back-street-works`: the works reported at two back-street sites. Each measure has its own unit
 * (square metres, metres, covers), so each gets its own panel of unit marks — never one shared
 * axis. Panels are grouped by site; a missing figure drops its panel. Its measures are in
 * panels.ts, its words in copy.ts, its geometry in plot.ts.
 */
import { defineChart } from '../chart-definition.ts';
import { describe, note, reading, table, title } from './copy.ts';
import { plot } from './plot.ts';

export const backStreetWorks = defineChart({
  id: 'back-street-works',
  dataset: 'back-streets',
  title,
  reading,
  describe,
  table,
  note,
  embedHeight: { zh: 610, en: 860 },
  plot,
});
