/**
 * `npm run bench:scale`: does publishing stay fast however large the archive grows? Builds temporary
 * copies of the working tree scaled 1×, 4× and 16× (charts, data versions and stories; synthetic
 * content, marked as such, see bench/lib/scale-project.ts) and measures, three times each, with wall
 * time, CPU time and peak memory:
 *
 *   cold  — no build cache (.cache/ deleted): every route rendered;
 *   warm  — a rebuild with nothing changed: outputs under pinned URLs restored from the cache;
 *   edit  — a rebuild after one figure changed in one dataset, published as a new version.
 *
 * and checks the goals of docs/BUILD-CACHE.md: the edit rebuild at 16× within 2× of the same at
 * 1×; the cold cost per route flat (16× ≤ 1.25× the 1× cost); peak memory ≤ 1.5 GB at 16×; checking
 * 100,000 published URLs against the ledger in < 1 s. Reported values are medians of the three runs;
 * ratios are between medians of this one run (the machine is shared: other builds run at the same
 * time, so absolute times vary from run to run). The photos' encoding does not grow with content and
 * is not what is measured: every copy's image cache is seeded from one cold 1× build first. The
 * copies are deleted afterwards. Writes bench/results/scale-<date>.json and .md; exits 1 when a check
 * fails. Options: --factors=1,4,16 --runs=3 --shape=archive|shared (scale-project.ts); results of
 * the shared shape go to scale-shared-<date>.*, with --code-change to scale-…code-change-<date>.*. `--report=<results JSON>` (with the run's options)
 * judges saved measurements again without measuring. `--code-change` adds one rebuild per size after
 * a code change that changes no output (what the PNG store saves).
 */
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { CHARTS } from '../src/charts/index.ts';
import { missingUrls, readLedger, recordUrls } from '../src/embed/url-ledger.ts';
import { measureBuild } from './lib/build-run.ts';
import { describeMachine, machineLine, type Machine } from './lib/machine.ts';
import { waitForQuiet } from './lib/machine-load.ts';
import { CHROMIUM_PATH } from './lib/lighthouse-run.ts';
import { copyProject, type ProjectCopy } from './lib/project-copy.ts';
import { countContent, publishOneEdit, scaleProject, type ScaleShape } from './lib/scale-project.ts';
import { median } from './lib/stats.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const RESULTS = path.join(ROOT, 'bench', 'results');
const args = new Map(
  process.argv.slice(2).map((arg) => arg.replace(/^--/, '').split('=') as [string, string | undefined]),
);
const FACTORS = (args.get('factors') ?? '1,4,16').split(',').map(Number);
const RUNS = Number(args.get('runs') ?? 3);
/** Also measure one rebuild after a code change that changes no output (`--code-change`). */
const CODE_CHANGE = args.has('code-change');
/** How the content grows: `archive` (k stories, each with its own datasets and charts) or `shared` (see scale-project.ts). */
const SHAPE = parseShape(args.get('shape') ?? 'archive');
/** Cold builds per size, where fewer than RUNS: `--cold-runs=16:1` (a cold 16× build takes many minutes on a busy machine). */
const COLD_RUNS = new Map(
  (args.get('cold-runs') ?? '')
    .split(',')
    .filter(Boolean)
    .map((pair) => pair.split(':').map(Number) as [number, number]),
);
const SCENARIOS = ['cold', 'warm', 'edit'] as const;

function parseShape(value: string): ScaleShape {
  if (value === 'archive' || value === 'shared') return value;
  throw new Error(`--shape must be archive or shared, not "${value}"`);
}
type Scenario = (typeof SCENARIOS)[number];
/** The dataset whose figure the "edit" changes: the first chart's. */
const EDITED = CHARTS[0]?.dataset;
const GB = 1e9;

interface Run {
  wallSeconds: number;
  cpuSeconds: number | null;
  peakBytes: number;
  /** Routes Astro rendered, and routes it restored from the build cache. */
  rendered: number;
  restored: number;
  idleBefore: number;
}

interface ScenarioResult {
  runs: Run[];
  wallSeconds: number;
  cpuSeconds: number | null;
  peakBytes: number;
  rendered: number;
  restored: number;
}

interface SizeResult {
  factor: number;
  charts: number;
  dataVersions: number;
  stories: number;
  routes: number;
  distBytes: number;
  scenarios: Record<Scenario, ScenarioResult>;
  /** With --code-change: one rebuild after the chart code changed and its output did not. */
  codeChange?: Run;
}

interface Check {
  what: string;
  measured: string;
  limit: string;
  pass: boolean;
  /** A goal of the issue (judged at GOAL_FACTOR), or the same measure at another size, for information. */
  goal: boolean;
}

/** The size the goals are set at (docs/BUILD-CACHE.md); other sizes are reported against the same limits, unjudged. */
const GOAL_FACTOR = 16;

/** Routes rendered and restored, from Astro's per-route log (BUILD_LOG=verbose). */
function routeCounts(output: string): { rendered: number; restored: number } {
  let rendered = 0;
  let restored = 0;
  for (const raw of output.split('\n')) {
    const line = stripVTControlCharacters(raw);
    // Two pages render at once, so a route's line may carry the next route's start: count each part.
    for (const part of line.split(/(?=[├└]─ )/)) {
      if (!/^[├└]─ \//.test(part)) continue;
      if (/\((?:restored|cached)\)/.test(part)) restored += 1;
      else rendered += 1;
    }
  }
  return { rendered, restored };
}

function distBytes(dir: string): number {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    bytes += entry.isDirectory() ? distBytes(full) : statSync(full).size;
  }
  return bytes;
}

async function measured(copy: ProjectCopy, label: string): Promise<{ run: Run }> {
  // A short wait: on a machine shared by five engineers it is rarely quiet; the idle share is recorded.
  const { idle } = await waitForQuiet({ maxWaitMs: 5_000 });
  const build = await measureBuild(copy.root, { env: { BUILD_LOG: 'verbose' } });
  if (!build.ok) throw new Error(`${label} failed:\n${build.output.slice(-4000)}`);
  const counts = routeCounts(build.output);
  const run: Run = {
    wallSeconds: build.wallSeconds,
    cpuSeconds: build.cpuSeconds ?? null,
    peakBytes: build.peakBytes,
    ...counts,
    idleBefore: idle,
  };
  console.log(
    `  ${label}: ${run.wallSeconds.toFixed(1)} s, peak ${(run.peakBytes / 1e6).toFixed(0)} MB, ` +
      `${run.rendered} rendered / ${run.restored} restored (CPU ${Math.round(idle * 100)}% idle before)`,
  );
  return { run };
}

function summarizeRuns(runs: Run[]): ScenarioResult {
  const cpu = runs.map((r) => r.cpuSeconds).filter((c): c is number => c !== null);
  return {
    runs,
    wallSeconds: median(runs.map((r) => r.wallSeconds)),
    cpuSeconds: cpu.length > 0 ? median(cpu) : null,
    peakBytes: median(runs.map((r) => r.peakBytes)),
    rendered: median(runs.map((r) => r.rendered)),
    restored: median(runs.map((r) => r.restored)),
  };
}

async function measureSize(factor: number, seedAssets: string): Promise<SizeResult> {
  const copy = copyProject(ROOT, { freshCache: true, prefix: `bench-scale-${factor}x-` });
  try {
    if (existsSync(seedAssets)) {
      cpSync(seedAssets, path.join(copy.root, 'node_modules', '.astro', 'assets'), { recursive: true });
    }
    scaleProject(copy.root, factor, SHAPE);
    if (!EDITED) throw new Error('No chart registered');
    const runs: Record<Scenario, Run[]> = { cold: [], warm: [], edit: [] };
    let content: ReturnType<typeof countContent> | undefined;
    let distSize = 0;
    const coldRuns = COLD_RUNS.get(factor) ?? RUNS;
    for (let i = 1; i <= RUNS; i += 1) {
      if (i <= coldRuns) {
        // Cold: the project's build cache and font subsets gone (the image cache stays, see above).
        rmSync(path.join(copy.root, '.cache'), { recursive: true, force: true });
        const cold = await measured(copy, `${factor}× cold, run ${i}`);
        runs.cold.push(cold.run);
        content ??= countContent(copy.root);
        distSize ||= distBytes(path.join(copy.root, 'dist'));
      }
      runs.warm.push((await measured(copy, `${factor}× warm, run ${i}`)).run);
      const edit = publishOneEdit(copy.root, EDITED);
      runs.edit.push((await measured(copy, `${factor}× edit (${EDITED} v${edit.version}), run ${i}`)).run);
      edit.revert();
    }
    if (!content) throw new Error('no runs');
    let codeChange: Run | undefined;
    if (CODE_CHANGE) {
      await measured(copy, `${factor}× warm again, before the code change`);
      // An unused export: Astro hashes the code of every route's module graph, so every chart route is
      // rendered again, while no chart draws differently: the PNGs come from the store (png-store.ts).
      const registry = path.join(copy.root, 'src', 'charts', 'index.ts');
      appendFileSync(registry, "\nexport const BENCH_CODE_CHANGE = 'code changed, output not';\n");
      codeChange = (await measured(copy, `${factor}× code change (one run)`)).run;
    }
    const scenarios = {
      cold: summarizeRuns(runs.cold),
      warm: summarizeRuns(runs.warm),
      edit: summarizeRuns(runs.edit),
    };
    return {
      factor,
      ...content,
      routes: scenarios.cold.rendered + scenarios.cold.restored,
      distBytes: distSize,
      scenarios,
      ...(codeChange ? { codeChange } : {}),
    };
  } finally {
    copy.cleanup();
  }
}

/** Seconds to read a ledger of 100,000 URLs and check a build of as many against it (median of 3). */
function ledgerSeconds(): { urls: number; seconds: number; runs: number[] } {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'bench-ledger-'));
  try {
    mkdirSync(path.join(scratch, 'data'));
    const urls = Array.from(
      { length: 100_000 },
      (_, i) =>
        `/downloads/chart-${Math.floor(i / 100)}/v${i % 100}/chart-${Math.floor(i / 100)}-v${i % 100}-wechat.png`,
    );
    recordUrls(scratch, urls);
    const built = [...urls].reverse();
    const runs: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const started = performance.now();
      const missing = missingUrls(readLedger(scratch), built);
      runs.push((performance.now() - started) / 1000);
      if (missing.length !== 0) throw new Error('ledger check found missing URLs in a complete build');
    }
    return { urls: urls.length, seconds: median(runs), runs };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function checks(sizes: SizeResult[], ledger: { seconds: number }): Check[] {
  const base = sizes.find((s) => s.factor === 1);
  const out: Check[] = [];
  for (const top of sizes) {
    if (!base || top === base) continue;
    const k = top.factor;
    const goal = k === GOAL_FACTOR;
    const editRatio = top.scenarios.edit.wallSeconds / base.scenarios.edit.wallSeconds;
    out.push({
      what: `warm rebuild after one edit at ${k}× within 2× of the same at 1× (median wall time)`,
      measured: `${editRatio.toFixed(2)}× (${top.scenarios.edit.wallSeconds.toFixed(1)} s vs ${base.scenarios.edit.wallSeconds.toFixed(1)} s)`,
      limit: '≤ 2×',
      pass: editRatio <= 2,
      goal,
    });
    const { cpuSeconds: topCpu } = top.scenarios.edit;
    const { cpuSeconds: baseCpu } = base.scenarios.edit;
    if (topCpu !== null && baseCpu !== null) {
      out.push({
        what: `the same in CPU time (user + system of the build process; less sensitive to other work)`,
        measured: `${(topCpu / baseCpu).toFixed(2)}× (${topCpu.toFixed(1)} s vs ${baseCpu.toFixed(1)} s)`,
        limit: '≤ 2×',
        pass: topCpu / baseCpu <= 2,
        goal,
      });
    }
    const perRoute = (s: SizeResult) => s.scenarios.cold.wallSeconds / s.routes;
    const coldRatio = perRoute(top) / perRoute(base);
    out.push({
      what: `cold build cost per route flat: ${k}× ≤ 1.25× the 1× cost`,
      measured: `${coldRatio.toFixed(2)}× (${(perRoute(top) * 1000).toFixed(1)} ms vs ${(perRoute(base) * 1000).toFixed(1)} ms a route)`,
      limit: '≤ 1.25×',
      pass: coldRatio <= 1.25,
      goal,
    });
    const cpuPerRoute = (s: SizeResult) => (s.scenarios.cold.cpuSeconds ?? Number.NaN) / s.routes;
    const cpuRatio = cpuPerRoute(top) / cpuPerRoute(base);
    if (!Number.isNaN(cpuRatio)) {
      out.push({
        what: `the same in CPU time`,
        measured: `${cpuRatio.toFixed(2)}× (${(cpuPerRoute(top) * 1000).toFixed(1)} ms vs ${(cpuPerRoute(base) * 1000).toFixed(1)} ms a route)`,
        limit: '≤ 1.25×',
        pass: cpuRatio <= 1.25,
        goal,
      });
    }
    const peak = Math.max(...SCENARIOS.flatMap((s) => top.scenarios[s].runs.map((r) => r.peakBytes)));
    out.push({
      what: `peak memory at ${k}× (highest of all its runs)`,
      measured: `${(peak / GB).toFixed(2)} GB`,
      limit: '≤ 1.5 GB',
      pass: peak <= 1.5 * GB,
      goal,
    });
  }
  out.push({
    what: 'checking 100,000 published URLs against the ledger (read + compare)',
    measured: `${(ledger.seconds * 1000).toFixed(0)} ms`,
    limit: '< 1 s',
    pass: ledger.seconds < 1,
    goal: true,
  });
  return out;
}

function markdown(
  date: string,
  machine: Machine,
  sizes: SizeResult[],
  ledger: ReturnType<typeof ledgerSeconds>,
  results: Check[],
): string {
  const mb = (b: number): string => `${(b / 1e6).toFixed(0)} MB`;
  const lines = [
    `# Build scaling with the build cache, ${date} (${SHAPE} shape)`,
    '',
    `Machine: ${machineLine(machine)}. **Shared and noisy**: other engineers build and test on the same two cores at the same time, so absolute times vary between runs and between days; compare the ratios, which are between medians of this one run. Each build waits up to 5 s for the CPU to be ≥ 85% idle and records how idle it was (column "CPU idle before", median of all runs of the size); CPU time (user + system of the build process) is less sensitive to the other work than wall time and is given beside it.`,
    '',
    (SHAPE === 'archive'
      ? 'Synthetic content ("archive" shape), generated in temporary copies and deleted afterwards: k stories, each with its own copies of every dataset (`data/<id>-xN/`, every version) and of every chart (`<id>-xN`), so the archive grows as k. '
      : 'Synthetic content ("shared" shape, a stress case), generated in temporary copies and deleted afterwards: charts registered k times (`<id>-xN`) on the same datasets, k× the data versions of each, k× the stories, so pinned outputs grow as k². ') +
      'Synthetic figures are × 0.99, 1.00 or 1.01 in turn, locked by `data:publish --all`. Every copy seeds the optimised-image cache from one cold 1× build (the pictures do not grow with content). ' +
      `**cold**: \`.cache/\` deleted (no build cache, no font subsets); **warm**: rebuilt with nothing changed; **edit**: rebuilt after one figure of \`${EDITED}\` changed in a new published version (taken back out after each run). ` +
      `Median of ${RUNS} runs each${COLD_RUNS.size > 0 ? ` (cold builds: ${[...COLD_RUNS].map(([f, n]) => `${n} at ${f}×`).join(', ')}, for time)` : ''}; every run is listed in the JSON.`,
    '',
    '| Size | Charts | Data versions | Stories | Routes | dist | Cold | Warm | Edit | Peak memory cold / warm / edit | CPU cold / warm / edit | Rendered / restored routes (edit) | CPU idle before |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const s of sizes) {
    const { cold, warm, edit } = s.scenarios;
    const cpu = (r: ScenarioResult) => (r.cpuSeconds === null ? '–' : r.cpuSeconds.toFixed(1));
    lines.push(
      `| ${s.factor}× | ${s.charts} | ${s.dataVersions} | ${s.stories} | ${s.routes} | ${mb(s.distBytes)} | ${cold.wallSeconds.toFixed(1)} s | ${warm.wallSeconds.toFixed(1)} s | ${edit.wallSeconds.toFixed(1)} s | ` +
        `${mb(cold.peakBytes)} / ${mb(warm.peakBytes)} / ${mb(edit.peakBytes)} | ${cpu(cold)} / ${cpu(warm)} / ${cpu(edit)} s | ${edit.rendered} / ${edit.restored} | ${Math.round(median(SCENARIOS.flatMap((k) => s.scenarios[k].runs.map((r) => r.idleBefore))) * 100)}% |`,
    );
  }
  for (const s of sizes.filter((size) => size.codeChange)) {
    const run = s.codeChange;
    if (!run) continue;
    lines.push(
      '',
      `Code change at ${s.factor}× (\`--code-change\`, one run): an unused export added to the chart registry, so Astro renders every chart route again and the PNGs come from the PNG store: ${run.wallSeconds.toFixed(1)} s wall, ${run.cpuSeconds === null ? '–' : run.cpuSeconds.toFixed(1)} s CPU, ${(run.peakBytes / 1e6).toFixed(0)} MB, ${run.rendered} rendered / ${run.restored} restored (cold: ${s.scenarios.cold.wallSeconds.toFixed(1)} s wall, ${s.scenarios.cold.cpuSeconds?.toFixed(1) ?? '–'} s CPU).`,
    );
  }
  lines.push(
    '',
    `Ledger: checking ${ledger.urls.toLocaleString('en')} published URLs (read data/published-urls.json, compare with a build of as many) takes ${(ledger.seconds * 1000).toFixed(0)} ms (median of 3: ${ledger.runs.map((r) => `${(r * 1000).toFixed(0)} ms`).join(', ')}).`,
    '',
    '## Checks',
    '',
    '| Result | Check | Measured | Limit |',
    '|---|---|---:|---:|',
  );
  // Only the goals decide the exit code; the same measures at other sizes are for information.
  const verdict = (c: Check) =>
    c.goal ? (c.pass ? 'PASS' : '**FAIL**') : c.pass ? 'within (no goal at this size)' : 'over (no goal at this size)';
  for (const c of results) lines.push(`| ${verdict(c)} | ${c.what} | ${c.measured} | ${c.limit} |`);
  lines.push('');
  return lines.join('\n');
}

/** The report's results, written as JSON and Markdown; true when every goal passes. */
function writeReport(
  report: string,
  date: string,
  machine: Machine,
  sizes: SizeResult[],
  ledger: ReturnType<typeof ledgerSeconds>,
): boolean {
  const results = checks(sizes, ledger);
  const pass = results.every((c) => c.pass || !c.goal);
  const md = markdown(date, machine, sizes, ledger, results);
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(
    path.join(RESULTS, `${report}.json`),
    `${JSON.stringify({ date, machine, shared: true, runs: RUNS, shape: SHAPE, coldRuns: Object.fromEntries(COLD_RUNS), edited: EDITED, sizes, ledger, checks: results, pass }, null, 2)}\n`,
  );
  writeFileSync(path.join(RESULTS, `${report}.md`), md);
  console.log(`\n${md}`);
  return pass;
}

/**
 * `--report=<results JSON>`: judges saved measurements again and rewrites their report (after a
 * change to the checks or the report's text; nothing is measured). The options must match the run's.
 */
function rejudge(file: string): number {
  const saved = JSON.parse(readFileSync(file, 'utf8')) as {
    date: string;
    machine: Machine;
    runs: number;
    shape?: ScaleShape;
    coldRuns: Record<string, number>;
    edited: string;
    sizes: SizeResult[];
    ledger: ReturnType<typeof ledgerSeconds>;
  };
  const options = { runs: RUNS, shape: SHAPE, coldRuns: Object.fromEntries(COLD_RUNS), edited: EDITED };
  const recorded = { runs: saved.runs, shape: saved.shape ?? 'shared', coldRuns: saved.coldRuns, edited: saved.edited };
  if (JSON.stringify(options) !== JSON.stringify(recorded)) {
    throw new Error(
      `${file} was measured with ${JSON.stringify(recorded)}; pass the same options (now ${JSON.stringify(options)})`,
    );
  }
  const report = path.basename(file, '.json');
  return writeReport(report, saved.date, saved.machine, saved.sizes, saved.ledger) ? 0 : 1;
}

async function main(): Promise<number> {
  const saved = args.get('report');
  if (saved) return rejudge(saved);
  const date = new Date().toISOString().slice(0, 10);
  const REPORT = `scale-${SHAPE === 'archive' ? '' : 'shared-'}${CODE_CHANGE ? 'code-change-' : ''}${date}`;
  const machine = describeMachine(CHROMIUM_PATH);
  console.log(`Machine: ${machineLine(machine)}`);
  // One cold 1× build fills the image cache that every size starts from.
  const seed = copyProject(ROOT, { freshCache: true, prefix: 'bench-scale-seed-' });
  const seedAssets = path.join(os.tmpdir(), `bench-scale-assets-${process.pid}`);
  try {
    scaleProject(seed.root, 1);
    console.log('Seeding the image cache with a cold 1× build…');
    const build = await measureBuild(seed.root);
    if (!build.ok) throw new Error(`The seed build failed:\n${build.output.slice(-4000)}`);
    cpSync(path.join(seed.root, 'node_modules', '.astro', 'assets'), seedAssets, { recursive: true });
  } finally {
    seed.cleanup();
  }
  try {
    const sizes: SizeResult[] = [];
    const ledger = ledgerSeconds();
    let pass = true;
    // Results are written after every size (in the order of --factors), so a run stopped early still reports.
    for (const factor of FACTORS) {
      console.log(`${factor}×:`);
      sizes.push(await measureSize(factor, seedAssets));
      sizes.sort((a, b) => a.factor - b.factor);
      pass = writeReport(REPORT, date, machine, sizes, ledger);
    }
    console.log(`Results: bench/results/${REPORT}.json, bench/results/${REPORT}.md`);
    return pass ? 0 : 1;
  } finally {
    rmSync(seedAssets, { recursive: true, force: true });
  }
}

process.exitCode = await main();
