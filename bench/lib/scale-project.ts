/**
 * Scales a private copy of the project by a factor k for `npm run bench:scale`, with synthetic
 * content marked as such in every generated file ("合成数据，仅供性能测试 (synthetic data, benchmark
 * only)"). Two shapes of growth:
 *
 * - **archive** (the default): the newsroom publishes k stories. Each copy of the story has its own
 *   copies of every dataset (`data/<id>-xN/`, every version, figures × 0.99, 1.00 or 1.01 by copy)
 *   and of every chart (`<id>-xN`, reading its copy of the data). The archive grows as k; editing one
 *   dataset touches one story's charts, as it does in a real newsroom.
 * - **shared**: every chart registered k times on the *same* datasets, each with k× its versions. Every
 *   chart then has k× versions, so pinned outputs grow as k²; a new version of one dataset re-renders
 *   k× the charts. A stress case, the shape of the earlier results (scale-2026-11-26.md).
 *
 * In both, src/charts/index.ts (and for archive src/schemas/index.ts) is replaced by a generated file
 * marked synthetic (the real one kept beside it as index.original.ts), the new versions pass the
 * project's own checks and are locked by its `data:publish --all`, and the story gets k−1 copies.
 *
 * Never run on the real project: only on a copy from project-copy.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { figurePaths } from '../../src/data/citations.ts';
import { formatPath, getAtPath, type PathSegment } from '../../src/text/json-path.ts';
import { checkVersionFile, todayInChina } from '../../src/data/read-datasets.ts';
import { CHARTS } from '../../src/charts/index.ts';
import { DATASET_SCHEMAS, type DatasetId } from '../../src/schemas/index.ts';

export const SYNTHETIC = '合成数据，仅供性能测试 (synthetic data, benchmark only)';

function scaleNumber(value: number, factor: number): number {
  const scaled = value * factor;
  return Number.isInteger(value) ? Math.round(scaled) : Math.round(scaled * 100) / 100;
}

function setAtPath(target: unknown, segments: readonly PathSegment[], value: unknown): void {
  const parent = getAtPath(target, segments.slice(0, -1)) as Record<PropertyKey, unknown>;
  parent[segments.at(-1) as PropertyKey] = value;
}

/** Writes versions v(n+1) … v(k·n) of every dataset. */
function scaleData(root: string, factor: number): void {
  for (const dataset of Object.keys(DATASET_SCHEMAS) as DatasetId[]) {
    const dir = path.join(root, 'data', dataset);
    const existing = versionsIn(dir);
    const newest = existing.at(-1);
    if (newest === undefined) throw new Error(`No versions in data/${dataset}`);
    const base = JSON.parse(readFileSync(path.join(dir, `v${newest}.json`), 'utf8')) as Record<string, unknown>;
    const target = existing.length * factor;
    for (let n = newest + 1; n <= target; n += 1) {
      writeSyntheticVersion(root, dataset, `data/${dataset}/v${n}.json`, base, n, n, `v${newest}`);
    }
  }
  publishAll(root);
}

/** 0.99, 1.00, 1.01, 0.99, … for n = 0, 1, 2, …: copies differ, none draws more marks on average than the real one. */
function multiplierFor(n: number): number {
  return 1 + 0.01 * ((n % 3) - 1);
}

/**
 * Writes `file` (project-relative): `base` with every exact figure × multiplierFor(n), as version
 * `version`, noted as synthetic (`of` names what it copies), after the project's own checks pass.
 */
function writeSyntheticVersion(
  root: string,
  dataset: DatasetId,
  file: string,
  base: Record<string, unknown>,
  version: number,
  n: number,
  of: string,
  previousAsOf?: string,
): void {
  const data = structuredClone(base);
  const multiplier = multiplierFor(n);
  const sources = data['sources'] as { sentences: Record<string, string> }[];
  for (const figure of figurePaths(DATASET_SCHEMAS[dataset], data)) {
    const value = getAtPath(data, figure);
    // Approximate figures ("近三成") keep their value and real sentence: the citation check reads
    // their written form, which a scaled number would no longer match.
    if (typeof value !== 'number') continue;
    const scaled = scaleNumber(value, multiplier);
    setAtPath(data, figure, scaled);
    // Its "source sentence" says the figure is synthetic and states it, as the citation check requires.
    const key = formatPath(figure);
    for (const source of sources) if (key in source.sentences) source.sentences[key] = `${SYNTHETIC}：${scaled}`;
  }
  data['version'] = version;
  data['note'] =
    `${SYNTHETIC}：${of} 的每个数字乘以 ${multiplier.toFixed(2)}，不是真实数据。(every figure of ${of} × ${multiplier.toFixed(2)}; not real data.)`;
  const bytes = Buffer.from(`${JSON.stringify(data, null, 2)}\n`);
  const check = checkVersionFile(dataset, version, file, bytes, {
    today: todayInChina(),
    previousAsOf: previousAsOf ?? String(base['as_of']),
  });
  if (check.problems.length > 0) {
    throw new Error(
      `Synthetic ${file} fails the project's checks:\n${check.problems.map((p) => `  ${p.path ?? ''} ${p.message}`).join('\n')}`,
    );
  }
  writeFileSync(path.join(root, file), bytes);
}

/** Locks every new version with the project's own command (npm run data:publish -- --all). */
function publishAll(root: string): void {
  execFileSync(process.execPath, ['scripts/publish-data-version.ts', '--all'], { cwd: root, stdio: 'pipe' });
}

/** The version numbers in `dir`, oldest first. */
function versionsIn(dir: string): number[] {
  return readdirSync(dir)
    .map((name) => /^v(\d+)\.json$/.exec(name)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

/** The id of copy `i` (2 … k) of a dataset or chart. */
function copyId(id: string, i: number): string {
  return `${id}-x${i}`;
}

/**
 * Archive shape: copies 2 … k of every dataset, every version of each (figures × multiplierFor(i)),
 * registered in a generated src/schemas/index.ts beside the real one, then locked.
 */
function copyDatasets(root: string, factor: number): void {
  for (const dataset of Object.keys(DATASET_SCHEMAS) as DatasetId[]) {
    const versions = versionsIn(path.join(root, 'data', dataset));
    for (let i = 2; i <= factor; i += 1) {
      mkdirSync(path.join(root, 'data', copyId(dataset, i)));
      let previousAsOf: string | undefined;
      for (const n of versions) {
        const base = JSON.parse(readFileSync(path.join(root, 'data', dataset, `v${n}.json`), 'utf8')) as Record<
          string,
          unknown
        >;
        const file = `data/${copyId(dataset, i)}/v${n}.json`;
        writeSyntheticVersion(root, dataset, file, base, n, i, `data/${dataset}/v${n}.json`, previousAsOf);
        previousAsOf = String(base['as_of']);
      }
    }
  }
  registerDatasetCopies(root, factor);
  publishAll(root);
}

/** Rewrites src/schemas/index.ts so its registry also lists copies 2 … k of every dataset. */
function registerDatasetCopies(root: string, factor: number): void {
  if (factor < 2) return;
  const dir = path.join(root, 'src', 'schemas');
  const original = readFileSync(path.join(dir, 'index.ts'), 'utf8');
  const entry = /^ {2}('?)([\w-]+)\1: dataset\((\w+), '([^']*)', '([^']*)'\),$/gm;
  const copies = [...original.matchAll(entry)].flatMap(([, , id, schema, zh, en]) =>
    Array.from(
      { length: factor - 1 },
      (_, j) =>
        // A clone: the names registry is keyed by schema object, so each copy needs its own.
        `  '${copyId(id ?? '', j + 2)}': dataset(${schema}.clone(), '${zh}（合成副本 ${j + 2}）', '${en} (synthetic copy ${j + 2})'),`,
    ),
  );
  const close = original.indexOf('\n};', original.indexOf('export const DATASET_SCHEMAS = {'));
  if (copies.length === 0 || close < 0)
    throw new Error('src/schemas/index.ts: no DATASET_SCHEMAS entries found to copy');
  writeFileSync(path.join(dir, 'index.original.ts'), original);
  writeFileSync(
    path.join(dir, 'index.ts'),
    `// ${SYNTHETIC}. Generated by bench/lib/scale-project.ts in a temporary copy: the registry below\n` +
      `// also lists copies 2 … ${factor} of every dataset. Never committed.\n` +
      `${original.slice(0, close)}\n${copies.join('\n')}${original.slice(close)}`,
  );
}

/** How the content grows (see the top of this file). */
export type ScaleShape = 'archive' | 'shared';

/**
 * Replaces src/charts/index.ts with one that registers each chart `factor` times; in the archive
 * shape copy N reads copy N of its dataset.
 */
function scaleCharts(root: string, factor: number, shape: ScaleShape): void {
  const dir = path.join(root, 'src', 'charts');
  renameSync(path.join(dir, 'index.ts'), path.join(dir, 'index.original.ts'));
  const dataset = shape === 'archive' ? `dataset: \`\${chart.dataset}-x\${i + 2}\`, ` : '';
  writeFileSync(
    path.join(dir, 'index.ts'),
    `/**
 * ${SYNTHETIC}. Generated by bench/lib/scale-project.ts in a temporary copy of the project:
 * every chart of index.original.ts registered ${factor} times, the copies under <id>-x2 … <id>-x${factor}
 * (same title, so that a copy costs exactly what its original costs to render)${shape === 'archive' ? ', each reading its own copy of the dataset' : ''}. Never committed.
 */
import { defineChart, type Chart } from './chart-definition.ts';
import { CHARTS as ORIGINAL } from './index.original.ts';

export * from './index.original.ts';

const FACTOR = ${factor};

// Never type-checked (it only exists in the benchmark's copy): each copy is the original's
// definition declared again under a new id, as a chart module would declare it.
export const CHARTS: readonly Chart[] = ORIGINAL.flatMap((chart) => [
  chart,
  ...Array.from({ length: FACTOR - 1 }, (_, i) => defineChart({ ...chart, ${dataset}id: \`\${chart.id}-x\${i + 2}\` })),
]);

export type ChartId = string;

export function findChart(id: string): Chart | undefined {
  return CHARTS.find((chart) => chart.id === id);
}
`,
  );
}

/**
 * Adds `factor − 1` copies of every story, titled and introduced as synthetic; in the archive shape
 * copy N shows copy N of the charts and figures (quotes stay the real ones: the Quote component reads
 * the \`quotes\` dataset by name).
 */
function scaleStories(root: string, factor: number, shape: ScaleShape): void {
  const dir = path.join(root, 'content', 'stories');
  const stories = readdirSync(dir).filter((name) => name.endsWith('.mdx'));
  const charts = new Set(CHARTS.map((chart) => chart.id));
  const datasets = new Set<string>(Object.keys(DATASET_SCHEMAS));
  for (const name of stories) {
    const text = readFileSync(path.join(dir, name), 'utf8');
    for (let i = 2; i <= factor; i += 1) {
      let copy = text
        .replace(/^title: (.*)$/m, `title: 【${SYNTHETIC} ×${i}】$1`)
        .replace(
          /^(---\n[\s\S]*?\n---\n)/,
          `$1\n${SYNTHETIC}：本页是 ${name} 的第 ${i} 份副本。(copy ${i} of ${name})\n`,
        );
      if (shape === 'archive') {
        copy = copy
          .replace(/\b(chart|id)="([\w-]+)"/g, (all, attribute: string, id: string) =>
            charts.has(id) ? `${attribute}="${copyId(id, i)}"` : all,
          )
          .replace(/\bof="([\w-]+)\./g, (all, id: string) => (datasets.has(id) ? `of="${copyId(id, i)}.` : all));
      }
      writeFileSync(path.join(dir, name.replace(/\.mdx$/, `-x${i}.mdx`)), copy);
    }
  }
}

/** Scales the copy at `root` by `factor` in `shape` (1 runs the same steps and adds nothing). */
export function scaleProject(root: string, factor: number, shape: ScaleShape = 'archive'): void {
  if (shape === 'archive') copyDatasets(root, factor);
  else scaleData(root, factor);
  scaleCharts(root, factor, shape);
  scaleStories(root, factor, shape);
}

/** What a built copy holds: charts (chart pages), data versions (published vN.json), stories (MDX files). */
export function countContent(root: string): { charts: number; dataVersions: number; stories: number } {
  const dist = path.join(root, 'dist');
  const dirs = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
  return {
    charts: dirs(path.join(dist, 'charts')).length,
    dataVersions: dirs(path.join(dist, 'data')).reduce(
      (sum, dataset) =>
        sum + readdirSync(path.join(dist, 'data', dataset)).filter((name) => /^v\d+\.json$/.test(name)).length,
      0,
    ),
    stories: readdirSync(path.join(root, 'content', 'stories')).filter((name) => name.endsWith('.mdx')).length,
  };
}

/**
 * The "one edit" of a warm rebuild: a new published version of `dataset` (the newest one with its
 * first exact figure × 1.02, marked synthetic), locked by the project's `data:publish` (or left a draft,
 * as an editor's preview sees it, with `publish: false`; `marker` goes into its note). Returns a
 * function that takes it back out (file and lock entry), so each repetition starts from the same content.
 */
export function publishOneEdit(
  root: string,
  dataset: DatasetId,
  options: { publish?: boolean; marker?: string } = {},
): { version: number; revert: () => void } {
  const dir = path.join(root, 'data', dataset);
  const newest = Math.max(
    ...readdirSync(dir)
      .map((name) => Number(/^v(\d+)\.json$/.exec(name)?.[1]))
      .filter((n) => !Number.isNaN(n)),
  );
  const base = JSON.parse(readFileSync(path.join(dir, `v${newest}.json`), 'utf8')) as Record<string, unknown>;
  const schema = DATASET_SCHEMAS[dataset];
  const figure = figurePaths(schema, base).find((at) => typeof getAtPath(base, at) === 'number');
  if (!figure) throw new Error(`data/${dataset} has no exact figure to change`);
  const data = structuredClone(base);
  const changed = scaleNumber(getAtPath(data, figure) as number, 1.02);
  setAtPath(data, figure, changed);
  const key = formatPath(figure);
  for (const source of data['sources'] as { sentences: Record<string, string> }[]) {
    if (key in source.sentences) source.sentences[key] = `${SYNTHETIC}：${changed}`;
  }
  const version = newest + 1;
  data['version'] = version;
  data['note'] =
    `${SYNTHETIC}：v${newest} 的 ${key} 乘以 1.02。(one figure of v${newest} × 1.02; not real data.)` +
    (options.marker ? ` ${options.marker}` : '');
  const file = path.join(dir, `v${version}.json`);
  const lockFile = path.join(root, 'data', 'published.lock.json');
  const lock = readFileSync(lockFile);
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  if (options.publish ?? true) {
    execFileSync(process.execPath, ['scripts/publish-data-version.ts', dataset], { cwd: root, stdio: 'pipe' });
  }
  return {
    version,
    revert: () => {
      rmSync(file);
      writeFileSync(lockFile, lock);
    },
  };
}
