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
import { ORIGINAL_LANG, type Lang } from '../text/lang.ts';

/** Options every chart function accepts. */
export interface ChartOptions {
  /** Width in CSS pixels the SVG is laid out for (the phone column is 328, the wide one 640). */
  width: number;
  /** A named state for scrollytelling; undefined is the chart's full, standalone state. */
  state?: string;
  /** The edition whose words the marks speak; a bound chart sets its own language here. */
  lang?: Lang;
}

/** A data table for the disclosed table under the chart and the CSV download. */
export interface ChartTable {
  /** Column headings in the view's language (the CSV download's header row). */
  columns: string[];
  /** Rows of cells; numbers stay numbers so the CSV keeps them machine-readable. */
  rows: (string | number)[][];
}

export interface ChartDefinition<D extends DatasetId = DatasetId> {
  /** Stable public id (kebab-case). It is part of published URLs: never rename it. */
  id: string;
  /** The dataset the chart reads; embeds pin a version of this dataset. */
  dataset: D;
  /**
   * Every function below takes the edition's language last and answers in it; the registry test
   * (test/unit/charts/chart-copy.test.ts) fails when one language's copy is missing or in the other
   * language.
   */
  /** Title above the chart. */
  title: (data: DatasetData<D>, lang: Lang) => string;
  /** One-line reading under the title: what to see. */
  reading: (data: DatasetData<D>, lang: Lang) => string;
  /** Text alternative generated from the data: everything the chart shows, in sentences. */
  describe: (data: DatasetData<D>, state: string | undefined, lang: Lang) => string;
  /** The chart's data as a table. */
  table: (data: DatasetData<D>, lang: Lang) => ChartTable;
  /** The chart itself: a pure function of the data returning Observable Plot options (`options.lang` set). */
  plot: (data: DatasetData<D>, options: ChartOptions & { lang: Lang }) => PlotOptions;
  /** Scrollytelling states in order, when the chart has any; each renders as its own SVG. */
  states?: readonly string[];
  /**
   * Fixed height in pixels for plain <iframe> embeds, per edition (English runs longer than
   * Chinese): enough for the whole embed page from 320 to 800 px wide (tested).
   */
  embedHeight: Readonly<Record<Lang, number>>;
  /** A note under the chart when the chart shows something the reader must not over-read. */
  note?: (data: DatasetData<D>, lang: Lang) => string | undefined;
}

/** The version a chart is bound to: what credits, URLs and caches need, whatever the dataset. */
export type BoundVersion = Pick<CatalogVersion, 'dataset' | 'version' | 'sha256' | 'published' | 'published_on'> & {
  data: Pick<CatalogVersion['data'], 'as_of' | 'sources' | 'note'>;
};

/**
 * A chart bound to one version of its data in one language: its copy as text, its geometry as a
 * function of width and state.
 */
export interface BoundChart {
  id: string;
  dataset: DatasetId;
  /** The edition the copy and the marks' text are written for. */
  lang: Lang;
  /** Scrollytelling states in order (empty when the chart has none). */
  states: readonly string[];
  /** The plain <iframe> height of this language's embed. */
  embedHeight: number;
  version: BoundVersion;
  title: string;
  reading: string;
  note: string | undefined;
  table: ChartTable;
  /** The text alternative of the full chart (no state) or of one state. */
  describe: (state?: string) => string;
  /** Observable Plot options for one width and state, in the bound language. */
  plot: (options: ChartOptions) => PlotOptions;
  /** The same chart and version bound in another language. */
  inLang: (lang: Lang) => BoundChart;
}

/** A chart as the registry holds it: its dataset's type is sealed in, nothing is erased. */
export interface Chart {
  readonly id: string;
  readonly dataset: DatasetId;
  readonly states?: readonly string[] | undefined;
  readonly embedHeight: Readonly<Record<Lang, number>>;
  /** The version numbers of the chart's dataset the catalog holds, oldest first. */
  versions: (catalog: Catalog) => number[];
  /**
   * The chart bound to the newest version of its dataset, or to version `pinned`, in `lang`
   * (Chinese when omitted); undefined if there is no such version.
   */
  bind: (catalog: Catalog, pinned?: number, lang?: Lang) => BoundChart | undefined;
}

/** The copy functions a typed chart hands out: as the definition's, the language optional (Chinese). */
interface TypedCopy<D extends DatasetId> {
  title: (data: DatasetData<D>, lang?: Lang) => string;
  reading: (data: DatasetData<D>, lang?: Lang) => string;
  describe: (data: DatasetData<D>, state?: string, lang?: Lang) => string;
  table: (data: DatasetData<D>, lang?: Lang) => ChartTable;
  note?: (data: DatasetData<D>, lang?: Lang) => string | undefined;
}

/** A chart whose dataset type is known (what a chart module exports): it can also be bound to data directly. */
export type TypedChart<D extends DatasetId> = Omit<ChartDefinition<D>, keyof TypedCopy<D>> &
  TypedCopy<D> &
  Chart & {
    readonly dataset: D;
    /** Binds the chart to a version given as data (fixtures in tests, synthetic versions in benchmarks). */
    bindVersion: (version: BoundVersion & { data: DatasetData<D> }, lang?: Lang) => BoundChart;
  };

/** Declares a chart with its dataset's types checked. */
export function defineChart<D extends DatasetId>(definition: ChartDefinition<D>): TypedChart<D> {
  const bindVersion = (version: BoundVersion & { data: DatasetData<D> }, lang: Lang = ORIGINAL_LANG): BoundChart => {
    const { data } = version;
    return {
      id: definition.id,
      dataset: definition.dataset,
      lang,
      states: definition.states ?? [],
      embedHeight: definition.embedHeight[lang],
      version,
      title: definition.title(data, lang),
      reading: definition.reading(data, lang),
      note: definition.note?.(data, lang),
      table: definition.table(data, lang),
      describe: (state) => definition.describe(data, state, lang),
      plot: (options) => definition.plot(data, { ...options, lang }),
      inLang: (other) => bindVersion(version, other),
    };
  };
  const { note, title, reading, describe, table, ...rest } = definition;
  return {
    ...rest,
    title: (data, lang = ORIGINAL_LANG) => title(data, lang),
    reading: (data, lang = ORIGINAL_LANG) => reading(data, lang),
    describe: (data, state, lang = ORIGINAL_LANG) => describe(data, state, lang),
    table: (data, lang = ORIGINAL_LANG) => table(data, lang),
    ...(note ? { note: (data: DatasetData<D>, lang: Lang = ORIGINAL_LANG) => note(data, lang) } : {}),
    bindVersion,
    versions: (catalog) => (catalog.versions.get(definition.dataset) ?? []).map((v) => v.version),
    bind: (catalog, pinned, lang) => {
      const version =
        pinned === undefined
          ? catalog.versions.get(definition.dataset)?.length
            ? latestVersion(catalog, definition.dataset)
            : undefined
          : findVersion(catalog, definition.dataset, pinned);
      return version && bindVersion(version, lang);
    },
  };
}
