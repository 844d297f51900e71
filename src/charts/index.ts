/**
 * Every chart the site publishes, by stable id. Chart pages, embeds, downloads and the story all
 * look charts up here; adding a chart here publishes it.
 */
import type { ChartDefinition } from './chart-definition.ts';
import { roadVsGreenArea } from './road-vs-green-area.ts';

export const CHARTS = [roadVsGreenArea] as const satisfies readonly ChartDefinition<never>[] | readonly ChartDefinition[];

export type ChartId = (typeof CHARTS)[number]['id'];

export function findChart(id: string): ChartDefinition | undefined {
  return (CHARTS as readonly ChartDefinition[]).find((chart) => chart.id === id);
}
