/**
 * What every chart module exports: a stable public id, the dataset it reads, and pure functions of
 * that dataset's data. Nothing here touches the DOM or the file system; the renderer turns `plot`'s
 * options into an SVG at build time, and pages, embeds and downloads all use that one SVG.
 */
import type { PlotOptions } from '@observablehq/plot';
import type { DatasetData, DatasetId } from '../schemas/index.ts';

/** Options every chart function accepts. */
export interface ChartOptions {
  /** Width in CSS pixels the SVG is laid out for (the phone column is 328, the wide one 640). */
  width: number;
  /** A named state for scrollytelling; undefined is the chart's full, standalone state. */
  state?: string;
}

/** A data table for the disclosed table under the chart and the CSV download. */
export interface ChartTable {
  /** Column headings, Chinese (English in brackets where useful). */
  columns: string[];
  /** Rows of cells; numbers stay numbers so the CSV keeps them machine-readable. */
  rows: (string | number)[][];
}

export interface ChartDefinition<D extends DatasetId = DatasetId> {
  /** Stable public id (kebab-case). It is part of published URLs: never rename it. */
  id: string;
  /** The dataset the chart reads; embeds pin a version of this dataset. */
  dataset: D;
  /** Title above the chart, Chinese. */
  title: (data: DatasetData<D>) => string;
  /** One-line reading under the title: what to see. */
  reading: (data: DatasetData<D>) => string;
  /** Text alternative generated from the data: everything the chart shows, in sentences. */
  describe: (data: DatasetData<D>, state?: string) => string;
  /** The chart's data as a table. */
  table: (data: DatasetData<D>) => ChartTable;
  /** The chart itself: a pure function of the data returning Observable Plot options. */
  plot: (data: DatasetData<D>, options: ChartOptions) => PlotOptions;
  /** Scrollytelling states in order, when the chart has any; each renders as its own SVG. */
  states?: readonly string[];
  /** Fixed height in pixels for plain <iframe> embeds: enough for the whole embed page from 320 to 800 px wide (tested). */
  embedHeight: number;
  /** A note under the chart when the chart shows something the reader must not over-read. */
  note?: (data: DatasetData<D>) => string | undefined;
}

/** Declares a chart with its dataset's types checked. */
export function defineChart<D extends DatasetId>(chart: ChartDefinition<D>): ChartDefinition<D> {
  return chart;
}
