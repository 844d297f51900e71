/**
 * The figures a story cites with `<Num of>`, for tests that play an editor changing a number (new
 * version, new value, new source sentence) in a copy of the project, whatever its stories and data.
 */
import { loadCatalog } from '../../src/data/catalog.ts';
import { lookupFact } from '../../src/data/figures.ts';
import { isDatasetId, type DatasetId } from '../../src/schemas/index.ts';
import { formatChineseNumber } from '../../src/text/format-number.ts';
import { parsePath, type PathSegment } from '../../src/text/json-path.ts';
import { numReferences, readStories, type StoryFile } from './stories.ts';

export interface CitedFigure {
  story: StoryFile;
  /** `dataset.field`, as the story writes it. */
  reference: string;
  dataset: DatasetId;
  /** The field inside the version file, and its key in `sources[].sentences`. */
  field: string;
  path: PathSegment[];
  value: number;
  unit: string;
}

/**
 * Every whole-number figure under 10 000 that a story cites, without a qualifier (so a changed
 * value shows in full, never rounded into 万), from the newest published versions in `root`.
 */
export function citedFigures(root: string): CitedFigure[] {
  const catalog = loadCatalog(root, { includeDrafts: false });
  const seen = new Set<string>();
  return readStories(root).flatMap((story) =>
    numReferences(story.mdx).flatMap((reference): CitedFigure[] => {
      const found = lookupFact(catalog, reference);
      const dataset = reference.slice(0, reference.indexOf('.'));
      const field = reference.slice(reference.indexOf('.') + 1);
      const path = parsePath(field);
      if (!found.ok || found.fact.kind !== 'figure' || !isDatasetId(dataset) || !path || seen.has(reference)) return [];
      const { value, unit, qualifier } = found.fact;
      if (qualifier || !Number.isInteger(value) || value >= 10_000) return [];
      seen.add(reference);
      return [{ story, reference, dataset, field, path, value, unit }];
    }),
  );
}

/** Whether a text states `value`, in full or in the 万 form. */
export function mentions(text: string, value: number): boolean {
  return text.includes(String(value)) || text.includes(formatChineseNumber(value).replace(/^约/, ''));
}

/**
 * A version file's JSON with `figure` set to `value`, its source sentence replaced by a test
 * sentence that holds the new figure, and `version` and `note` set.
 */
export function withNewFigure(json: string, figure: CitedFigure, value: number, version: number, note: string): string {
  const data = JSON.parse(json) as Record<string, unknown> & { sources: { sentences: Record<string, string> }[] };
  let parent: Record<PathSegment, unknown> = data;
  for (const segment of figure.path.slice(0, -1)) parent = parent[segment] as Record<PathSegment, unknown>;
  parent[figure.path.at(-1) ?? ''] = value;
  for (const source of data.sources) delete source.sentences[figure.field];
  const [first] = data.sources;
  if (first) first.sentences[figure.field] = `（测试用句子）${figure.field}：${value}${figure.unit}。`;
  return `${JSON.stringify({ ...data, version, note }, null, 2)}\n`;
}
