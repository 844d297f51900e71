/**
 * Scales a private copy of the project by a factor k for `npm run bench:scale`, with synthetic
 * content marked as such in every generated file ("合成数据，仅供性能测试 (synthetic data, benchmark
 * only)"):
 *
 * - data: each dataset gets k× its versions; new vN.json copy the newest real version with every
 *   figure scaled by 0.99, 1.00 or 1.01 in turn (integers stay integers, so a version draws as many
 *   marks as the real one on average), a synthetic `note`, and pass the project's own checks; the
 *   lock is then written by the project's `data:publish --all`;
 * - charts: src/charts/index.ts (marked synthetic) is replaced by one that registers every chart k
 *   times, the copies under `<id>-x2` … `<id>-xk` with the same definition, so each costs what its
 *   original costs (the real file is kept beside it as index.original.ts);
 * - stories: content/stories/<slug>.mdx gets k−1 copies `<slug>-x2.mdx` …, titled as synthetic.
 *
 * Never run on the real project: only on a copy from project-copy.ts.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { figurePaths } from '../../src/data/citations.ts';
import { formatPath, getAtPath, type PathSegment } from '../../src/text/json-path.ts';
import { checkVersionFile, todayInChina } from '../../src/data/read-datasets.ts';
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
    const existing = readdirSync(dir)
      .map((name) => /^v(\d+)\.json$/.exec(name)?.[1])
      .filter((n): n is string => n !== undefined)
      .map(Number)
      .sort((a, b) => a - b);
    const newest = existing.at(-1);
    if (newest === undefined) throw new Error(`No versions in data/${dataset}`);
    const base = JSON.parse(readFileSync(path.join(dir, `v${newest}.json`), 'utf8')) as Record<string, unknown>;
    const target = existing.length * factor;
    const schema = DATASET_SCHEMAS[dataset];
    for (let n = newest + 1; n <= target; n += 1) {
      const data = structuredClone(base);
      // 0.99, 1.00, 1.01, 0.99, …: every version differs, none draws more marks on average than the real one.
      const multiplier = 1 + 0.01 * ((n % 3) - 1);
      const sources = data['sources'] as { sentences: Record<string, string> }[];
      for (const figure of figurePaths(schema, data)) {
        const value = getAtPath(data, figure);
        let scaled: number | undefined;
        // Approximate figures ("近三成") keep their value and real sentence: the citation check reads
        // their written form, which a scaled number would no longer match.
        if (typeof value !== 'number') continue;
        setAtPath(data, figure, (scaled = scaleNumber(value, multiplier)));
        // Its "source sentence" says the figure is synthetic and states it, as the citation check requires.
        const key = formatPath(figure);
        for (const source of sources) if (key in source.sentences) source.sentences[key] = `${SYNTHETIC}：${scaled}`;
      }
      data['version'] = n;
      data['note'] =
        `${SYNTHETIC}：v${newest} 的每个数字乘以 ${multiplier.toFixed(2)}，不是真实数据。(every figure of v${newest} × ${multiplier.toFixed(2)}; not real data.)`;
      const bytes = Buffer.from(`${JSON.stringify(data, null, 2)}\n`);
      const file = `data/${dataset}/v${n}.json`;
      const check = checkVersionFile(dataset, n, file, bytes, {
        today: todayInChina(),
        previousAsOf: String(base['as_of']),
      });
      if (check.problems.length > 0) {
        throw new Error(
          `Synthetic ${file} fails the project's checks:\n${check.problems.map((p) => `  ${p.path ?? ''} ${p.message}`).join('\n')}`,
        );
      }
      writeFileSync(path.join(root, file), bytes);
    }
  }
  // Lock the new versions with the project's own command (npm run data:publish -- --all).
  execFileSync(process.execPath, ['scripts/publish-data-version.ts', '--all'], { cwd: root, stdio: 'pipe' });
}

/** Replaces src/charts/index.ts with one that registers each chart `factor` times. */
function scaleCharts(root: string, factor: number): void {
  const dir = path.join(root, 'src', 'charts');
  renameSync(path.join(dir, 'index.ts'), path.join(dir, 'index.original.ts'));
  writeFileSync(
    path.join(dir, 'index.ts'),
    `/**
 * ${SYNTHETIC}. Generated by bench/lib/scale-project.ts in a temporary copy of the project:
 * every chart of index.original.ts registered ${factor} times, the copies under <id>-x2 … <id>-x${factor}
 * (same title, so that a copy costs exactly what its original costs to render). Never committed.
 */
import { defineChart, type Chart } from './chart-definition.ts';
import { CHARTS as ORIGINAL } from './index.original.ts';

export * from './index.original.ts';

const FACTOR = ${factor};

// Never type-checked (it only exists in the benchmark's copy): each copy is the original's
// definition declared again under a new id, as a chart module would declare it.
export const CHARTS: readonly Chart[] = ORIGINAL.flatMap((chart) => [
  chart,
  ...Array.from({ length: FACTOR - 1 }, (_, i) => defineChart({ ...chart, id: \`\${chart.id}-x\${i + 2}\` })),
]);

export type ChartId = string;

export function findChart(id: string): Chart | undefined {
  return CHARTS.find((chart) => chart.id === id);
}
`,
  );
}

/** Adds `factor − 1` copies of every story, titled and introduced as synthetic. */
function scaleStories(root: string, factor: number): void {
  const dir = path.join(root, 'content', 'stories');
  const stories = readdirSync(dir).filter((name) => name.endsWith('.mdx'));
  for (const name of stories) {
    const text = readFileSync(path.join(dir, name), 'utf8');
    for (let i = 2; i <= factor; i += 1) {
      const copy = text
        .replace(/^title: (.*)$/m, `title: 【${SYNTHETIC} ×${i}】$1`)
        .replace(
          /^(---\n[\s\S]*?\n---\n)/,
          `$1\n${SYNTHETIC}：本页是 ${name} 的第 ${i} 份副本。(copy ${i} of ${name})\n`,
        );
      writeFileSync(path.join(dir, name.replace(/\.mdx$/, `-x${i}.mdx`)), copy);
    }
  }
}

/** Scales the copy at `root` by `factor` (1 runs the same steps and adds nothing). */
export function scaleProject(root: string, factor: number): void {
  scaleData(root, factor);
  scaleCharts(root, factor);
  scaleStories(root, factor);
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
