/**
 * Every chart the site publishes, by stable id. Chart pages, embeds, downloads and the story all
 * look charts up here; adding a chart here publishes it.
 */
import type { ChartDefinition } from './chart-definition.ts';
import { actionTimeline } from './action-timeline.ts';
import { backStreetWorks } from './back-street-works.ts';
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
] as const satisfies readonly ChartDefinition<never>[] | readonly ChartDefinition[];

export type ChartId = (typeof CHARTS)[number]['id'];

export function findChart(id: string): ChartDefinition | undefined {
  return (CHARTS as readonly ChartDefinition[]).find((chart) => chart.id === id);
}
