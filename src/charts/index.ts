/**
 * Every chart the site publishes, by stable id. Chart pages, embeds, downloads and the story all
 * read this list; adding a chart is one file in this folder plus one line here.
 */
import type { Chart } from './chart-definition.ts';
import { actionTimeline } from './action-timeline/chart.ts';
import { backStreetWorks } from './back-street-works/chart.ts';
import { closedLoop } from './closed-loop.ts';
import { hoardingUnits } from './hoarding-units.ts';
import { oldCompoundProblems } from './old-compound-problems.ts';
import { releasedRoadStreets } from './released-road-streets.ts';
import { roadVsGreenArea } from './road-vs-green-area.ts';

export const CHARTS = [
  hoardingUnits,
  releasedRoadStreets,
  roadVsGreenArea,
  oldCompoundProblems,
  backStreetWorks,
  actionTimeline,
  closedLoop,
] as const satisfies readonly Chart[];

export type ChartId = (typeof CHARTS)[number]['id'];

/** The chart with this public id, for an editor's `<Chart id>`; the one place a chart is looked up by id. */
export function findChart(id: string): Chart | undefined {
  return CHARTS.find((chart: Chart) => chart.id === id);
}
