/**
 * What every chart module declares, and what the registry hands out. A chart is a stable public id,
 * the dataset it reads, and pure functions of that dataset's data; nothing here touches the DOM or
 * the file system. `defineChart` seals the dataset's type inside the chart, so the registry can hold
 * charts of different datasets without erasing a type: a consumer binds a chart to one version of its
 * data and gets its copy and its Plot options already applied (`BoundChart`).
 */
import type { PlotOptions } from '@observablehq/plot';
import { findVersion, latestVersion, type Catalog, type CatalogVersion } from '../data/catalog.ts';
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

/** The version a chart is bound to: what credits, URLs and caches need, whatever the dataset. */
export type BoundVersion = Pick<CatalogVersion, 'dataset' | 'version' | 'sha256' | 'published' | 'published_on'> & {
  data: Pick<CatalogVersion['data'], 'as_of' | 'sources' | 'note'>;
};

/** A chart bound to one version of its data: its copy as text, its geometry as a function of width and state. */
export interface BoundChart {
  id: string;
  dataset: DatasetId;
  /** Scrollytelling states in order (empty when the chart has none). */
  states: readonly string[];
  embedHeight: number;
  version: BoundVersion;
  title: string;
  reading: string;
  note: string | undefined;
  table: ChartTable;
  /** The text alternative of the full chart (no state) or of one state. */
  describe: (state?: string) => string;
  /** Observable Plot options for one width and state. */
  plot: (options: ChartOptions) => PlotOptions;
}

/** A chart as the registry holds it: its dataset's type is sealed in, nothing is erased. */
export interface Chart {
  readonly id: string;
  readonly dataset: DatasetId;
  readonly states?: readonly string[] | undefined;
  readonly embedHeight: number;
  /** The version numbers of the chart's dataset the catalog holds, oldest first. */
  versions: (catalog: Catalog) => number[];
  /** The chart bound to the newest version of its dataset, or to version `pinned`; undefined if there is none. */
  bind: (catalog: Catalog, pinned?: number) => BoundChart | undefined;
}

/** A chart whose dataset type is known (what a chart module exports): it can also be bound to data directly. */
export type TypedChart<D extends DatasetId> = ChartDefinition<D> &
  Chart & {
    readonly dataset: D;
    /** Binds the chart to a version given as data (fixtures in tests, synthetic versions in benchmarks). */
    bindVersion: (version: BoundVersion & { data: DatasetData<D> }) => BoundChart;
  };

/** Declares a chart with its dataset's types checked. */
export function defineChart<D extends DatasetId>(definition: ChartDefinition<D>): TypedChart<D> {
  const bindVersion = (version: BoundVersion & { data: DatasetData<D> }): BoundChart => {
    const { data } = version;
    return {
      id: definition.id,
      dataset: definition.dataset,
      states: definition.states ?? [],
      embedHeight: definition.embedHeight,
      version,
      title: definition.title(data),
      reading: definition.reading(data),
      note: definition.note?.(data),
      table: definition.table(data),
      describe: (state) => definition.describe(data, state),
      plot: (options) => definition.plot(data, options),
    };
  };
  return {
    ...definition,
    bindVersion,
    versions: (catalog) => (catalog.versions.get(definition.dataset) ?? []).map((v) => v.version),
    bind: (catalog, pinned) => {
      const version =
        pinned === undefined
          ? catalog.versions.get(definition.dataset)?.length
            ? latestVersion(catalog, definition.dataset)
            : undefined
          : findVersion(catalog, definition.dataset, pinned);
      return version && bindVersion(version);
    },
  };
}
