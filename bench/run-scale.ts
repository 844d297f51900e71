/**
 * `npm run bench:scale`: does the build grow at most linearly with content? Builds temporary copies
 * of the working tree scaled 1×, 4× and 16× (charts, data versions and stories; synthetic content,
 * marked as such, see bench/lib/scale-project.ts), measures wall time and peak memory of each full
 * build, splits the time by kind of route from Astro's own per-route log, and checks that
 *
 *   (a) 16× the content builds in at most 20× the time of 1× (the plain reading of the goal);
 *   (b) each kind of route costs at most 1.25× as much per route at 16× as at 1× (linear in routes);
 *   (c) what is not route rendering (bundling, checks, content sync, images) grows at most 20×;
 *   (d) the total grows at most 1.25× as fast as the work, the work being every route of the size
 *       priced at its kind's 1× cost.
 *
 * The photos' AVIF/WebP/JPEG encoding does not grow with content (the story copies reuse the same
 * pictures) and costs ~70 s on a cold cache, which would drown the signal; every size therefore
 * starts from a fresh cache seeded with the optimised images of one cold 1× build, which is also
 * reported. The copies are deleted afterwards. Writes bench/results/scale-<date>.json and .md; exits
 * 1 when a check fails. Options: --factors=1,4,16.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { astroPhases, measureBuild, routeTimes, type BuildMeasurement } from './lib/build-run.ts';
import { describeMachine, machineLine, type Machine } from './lib/machine.ts';
import { waitForQuiet } from './lib/machine-load.ts';
import { CHROMIUM_PATH } from './lib/lighthouse-run.ts';
import { copyProject, type ProjectCopy } from './lib/project-copy.ts';
import { countContent, scaleProject } from './lib/scale-project.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const RESULTS = path.join(ROOT, 'bench', 'results');
const args = new Map(
  process.argv.slice(2).map((arg) => arg.replace(/^--/, '').split('=') as [string, string | undefined]),
);
const FACTORS = (args.get('factors') ?? '1,4,16').split(',').map(Number);
/** Slack on "linear": 16× the work may take 20× the time. */
const SLACK = 20 / 16;

interface KindTime {
  routes: number;
  ms: number;
  /** Mean ms per route over the first and the second half of this kind's routes, in build order: a rise means the build slows as it goes (memory, caches). */
  firstHalfMs: number;
  secondHalfMs: number;
}

interface SizeResult {
  factor: number;
  charts: number;
  dataVersions: number;
  stories: number;
  routes: number;
  files: number;
  distBytes: number;
  wallSeconds: number;
  /** CPU time of the build's Node process (user + system): less sensitive than wall time to other work on the machine. */
  cpuSeconds: number | null;
  peakBytes: number;
  mainMaxRssBytes: number | null;
  treePeakBytes: number;
  secondsPerChart: number;
  msPerRoute: number;
  /** Time inside route rendering, and the rest of the build. */
  routeSeconds: number;
  otherSeconds: number;
  byKind: Record<string, KindTime>;
  phases: { phase: string; seconds: number }[];
  /** Fraction of CPU idle in the 2 s before the build (other work on the machine slows builds). */
  idleBefore: number;
}

interface Check {
  id: string;
  what: string;
  measured: number;
  limit: number;
  pass: boolean;
  why?: string;
}

/** What kind of output a built route is, from its path. */
function routeKind(route: string): string {
  if (/^\/downloads\/.+\.png\/?$/.test(route)) return 'download PNG';
  if (/^\/downloads\/.+\.svg\/?$/.test(route)) return 'download SVG';
  if (route.startsWith('/downloads/')) return 'download CSV/JSON';
  if (/^\/embed\/[^/]+\/v\d+\//.test(route)) return 'embed page, pinned';
  if (/^\/embed\/[^/]+\//.test(route)) return 'embed page, latest';
  if (/^\/charts\/[^/]+\//.test(route)) return 'chart page';
  if (route.startsWith('/data/')) return 'data file';
  if (/^\/(?!charts\/|embed\/|data\/|downloads\/)[^/]+\/index\.html$/.test(route)) return 'story page';
  return 'other';
}

function treeSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = treeSize(full);
      files += sub.files;
      bytes += sub.bytes;
    } else {
      files += 1;
      bytes += statSync(full).size;
    }
  }
  return { files, bytes };
}

function summarize(factor: number, copy: ProjectCopy, build: BuildMeasurement, idleBefore: number): SizeResult {
  const content = countContent(copy.root);
  const routes = routeTimes(build.output);
  const times = new Map<string, number[]>();
  for (const { route, ms } of routes) times.set(routeKind(route), [...(times.get(routeKind(route)) ?? []), ms]);
  const mean = (values: number[]): number =>
    values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
  const byKind: Record<string, KindTime> = {};
  for (const [kind, list] of times) {
    const half = Math.ceil(list.length / 2);
    byKind[kind] = {
      routes: list.length,
      ms: list.reduce((a, b) => a + b, 0),
      firstHalfMs: mean(list.slice(0, half)),
      secondHalfMs: mean(list.slice(half)),
    };
  }
  const routeSeconds = routes.reduce((sum, r) => sum + r.ms, 0) / 1000;
  const size = treeSize(path.join(copy.root, 'dist'));
  return {
    factor,
    ...content,
    routes: routes.length,
    files: size.files,
    distBytes: size.bytes,
    wallSeconds: build.wallSeconds,
    cpuSeconds: build.cpuSeconds ?? null,
    peakBytes: build.peakBytes,
    mainMaxRssBytes: build.mainMaxRssBytes ?? null,
    treePeakBytes: build.tree.peakBytes,
    secondsPerChart: build.wallSeconds / content.charts,
    msPerRoute: (build.wallSeconds * 1000) / routes.length,
    routeSeconds,
    otherSeconds: build.wallSeconds - routeSeconds,
    byKind,
    phases: astroPhases(build.output),
    idleBefore,
  };
}

function checks(sizes: SizeResult[]): Check[] {
  const base = sizes.find((s) => s.factor === 1);
  const top = sizes.at(-1);
  if (!base || !top || top === base) return [];
  const k = top.factor / base.factor;
  const limit = k * SLACK;
  const out: Check[] = [];
  const timeRatio = top.wallSeconds / base.wallSeconds;
  const shares = Object.entries(top.byKind)
    .sort(([, a], [, b]) => b.ms - a.ms)
    .slice(0, 3)
    .map(
      ([kind, t]) =>
        `${kind} ${(t.ms / 1000).toFixed(0)} s for ${t.routes} routes (${base.byKind[kind]?.routes ?? 0} at 1×)`,
    );
  out.push({
    id: 'total-vs-content',
    what: `${k}× the content builds in ≤ ${limit}× the time`,
    measured: timeRatio,
    limit,
    pass: timeRatio <= limit,
    why:
      `charts × data versions outputs (pinned embeds and downloads, one per chart per version) grow ${k}² = ${k * k}×: ` +
      `${base.routes} routes at 1×, ${top.routes} at ${k}× (${(top.routes / base.routes).toFixed(0)}×). Largest at ${k}×: ${shares.join('; ')}.`,
  });
  if (top.cpuSeconds !== null && base.cpuSeconds !== null) {
    const cpuRatio = top.cpuSeconds / base.cpuSeconds;
    out.push({
      id: 'cpu-vs-content',
      what: `${k}× the content in ≤ ${limit}× the CPU time (user + system of the build process)`,
      measured: cpuRatio,
      limit,
      pass: cpuRatio <= limit,
      why: `${base.cpuSeconds.toFixed(1)} s at 1×, ${top.cpuSeconds.toFixed(1)} s at ${k}×; the same k² growth of per-(chart, version) outputs as above`,
    });
  }
  for (const [kind, t] of Object.entries(top.byKind)) {
    const b = base.byKind[kind];
    if (!b || b.routes === 0 || t.routes === 0) continue;
    const ratio = t.ms / t.routes / (b.ms / b.routes);
    out.push({
      id: `per-route:${kind}`,
      what: `${kind}: ms per route at ${k}× ≤ ${SLACK}× the 1× cost`,
      measured: ratio,
      limit: SLACK,
      pass: ratio <= SLACK || t.ms < 1000,
      why:
        `${(b.ms / b.routes).toFixed(1)} ms per route at 1× (${b.routes} routes), ${(t.ms / t.routes).toFixed(1)} ms at ${k}× (${t.routes} routes)` +
        (t.ms < 1000 ? '; under 1 s in all, not judged' : ''),
    });
  }
  const otherRatio = top.otherSeconds / base.otherSeconds;
  out.push({
    id: 'other-vs-content',
    what: `non-route work (bundling, checks, content, images, URL check) at ${k}× ≤ ${limit}× the 1× time`,
    measured: otherRatio,
    limit,
    pass: otherRatio <= limit,
    why: `${base.otherSeconds.toFixed(1)} s at 1×, ${top.otherSeconds.toFixed(1)} s at ${k}×; phases at ${k}×: ${top.phases.map((p) => `${p.phase} ${p.seconds.toFixed(1)} s`).join(', ')}`,
  });
  const work = (s: SizeResult): number =>
    Object.entries(s.byKind).reduce((sum, [kind, t]) => {
      const b = base.byKind[kind];
      return sum + t.routes * (b && b.routes > 0 ? b.ms / b.routes : 0);
    }, 0) /
      1000 +
    base.otherSeconds * (s.factor / base.factor);
  const workRatio = work(top) / work(base);
  out.push({
    id: 'total-vs-work',
    what: `total time grows ≤ ${SLACK}× as fast as the work (routes priced at 1× cost, the rest ∝ content)`,
    measured: timeRatio / workRatio,
    limit: SLACK,
    pass: timeRatio / workRatio <= SLACK,
    why: `work grew ${workRatio.toFixed(1)}×, time ${timeRatio.toFixed(1)}×`,
  });
  return out;
}

function markdown(
  date: string,
  machine: Machine,
  cold: SizeResult | undefined,
  sizes: SizeResult[],
  results: Check[],
): string {
  const mb = (b: number): string => `${(b / 1e6).toFixed(0)} MB`;
  const lines = [
    `# Build scaling ${date}`,
    '',
    `Machine: ${machineLine(machine)}. Each build waits for the CPU to be ≥ 85% idle (at most 3 min) and records how idle it was (other work on the machine slows builds).`,
    '',
    'Synthetic content, generated in temporary copies and deleted afterwards: charts registered k times (`<id>-xN`), k× the data versions ' +
      '(figures × 0.99, 1.00 or 1.01 in turn, locked by `data:publish --all`), k× the stories. Every build starts from fresh Astro/Vite caches seeded with the ' +
      'optimised images of a cold 1× build (the pictures do not grow with content).',
    '',
    '| Size | Charts | Data versions | Stories | Routes | Files | dist | Wall time | CPU time | Peak memory | Per chart | Per route | Routes / other | CPU idle before |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const row = (label: string, s: SizeResult): string =>
    `| ${label} | ${s.charts} | ${s.dataVersions} | ${s.stories} | ${s.routes} | ${s.files} | ${mb(s.distBytes)} | ${s.wallSeconds.toFixed(1)} s | ${s.cpuSeconds === null ? '–' : `${s.cpuSeconds.toFixed(1)} s`} | ${mb(s.peakBytes)} | ` +
    `${s.secondsPerChart.toFixed(2)} s | ${s.msPerRoute.toFixed(0)} ms | ${s.routeSeconds.toFixed(1)} s / ${s.otherSeconds.toFixed(1)} s | ${Math.round(s.idleBefore * 100)}% |`;
  if (cold) lines.push(row('1× cold caches', cold));
  for (const s of sizes) lines.push(row(`${s.factor}×`, s));
  const kinds = [...new Set(sizes.flatMap((s) => Object.keys(s.byKind)))].sort();
  lines.push(
    '',
    "## Where the time goes (route rendering, from Astro's per-route log; per route: mean, and first half → second half of the build)",
    '',
    `| Kind | ${sizes.map((s) => `${s.factor}×: routes, total, per route`).join(' | ')} |`,
    `|---|${sizes.map(() => '---:').join('|')}|`,
  );
  for (const kind of kinds) {
    lines.push(
      `| ${kind} | ${sizes
        .map((s) => {
          const t = s.byKind[kind];
          return t
            ? `${t.routes}, ${(t.ms / 1000).toFixed(1)} s, ${(t.ms / t.routes).toFixed(1)} ms (${t.firstHalfMs.toFixed(0)} → ${t.secondHalfMs.toFixed(0)})`
            : '–';
        })
        .join(' | ')} |`,
    );
  }
  lines.push(
    `| Astro phases | ${sizes.map((s) => s.phases.map((p) => `${p.phase} ${p.seconds.toFixed(1)} s`).join('; ')).join(' | ')} |`,
  );
  lines.push('', '## Checks', '', '| Result | Check | Measured | Limit | Why |', '|---|---|---:|---:|---|');
  for (const c of results)
    lines.push(
      `| ${c.pass ? 'PASS' : '**FAIL**'} | ${c.what} | ${c.measured.toFixed(2)}× | ≤ ${c.limit.toFixed(2)}× | ${c.why ?? ''} |`,
    );
  lines.push('');
  return lines.join('\n');
}

async function main(): Promise<number> {
  const date = new Date().toISOString().slice(0, 10);
  const machine = describeMachine(CHROMIUM_PATH);
  console.log(`Machine: ${machineLine(machine)}`);
  const copies: ProjectCopy[] = [];
  try {
    // A cold 1× build: reported, and its optimised images seed every scaled build's cache.
    const seed = copyProject(ROOT, { freshCache: true, prefix: 'bench-scale-seed-' });
    copies.push(seed);
    scaleProject(seed.root, 1);
    console.log('1× with cold caches (seeds the image cache)…');
    let idle = (await waitForQuiet({ say: console.log })).idle;
    const coldBuild = await measureBuild(seed.root, { env: { BUILD_LOG: 'verbose' } });
    if (!coldBuild.ok) throw new Error(`The cold 1× build failed:\n${coldBuild.output}`);
    const cold = summarize(1, seed, coldBuild, idle);
    console.log(`  ${cold.wallSeconds.toFixed(1)} s, peak ${(cold.peakBytes / 1e6).toFixed(0)} MB`);
    const seedAssets = path.join(seed.root, 'node_modules', '.astro', 'assets');

    const sizes: SizeResult[] = [];
    for (const factor of FACTORS) {
      const copy = copyProject(ROOT, { freshCache: true, prefix: `bench-scale-${factor}x-` });
      copies.push(copy);
      if (existsSync(seedAssets)) {
        mkdirSync(path.join(copy.root, 'node_modules', '.astro'), { recursive: true });
        cpSync(seedAssets, path.join(copy.root, 'node_modules', '.astro', 'assets'), { recursive: true });
      }
      scaleProject(copy.root, factor);
      console.log(`${factor}×: building ${copy.root}…`);
      idle = (await waitForQuiet({ say: console.log })).idle;
      const build = await measureBuild(copy.root, { env: { BUILD_LOG: 'verbose' } });
      if (!build.ok) throw new Error(`The ${factor}× build failed:\n${build.output.slice(-4000)}`);
      const size = summarize(factor, copy, build, idle);
      sizes.push(size);
      console.log(
        `  ${size.charts} charts, ${size.dataVersions} data versions, ${size.stories} stories, ${size.routes} routes: ` +
          `${size.wallSeconds.toFixed(1)} s, peak ${(size.peakBytes / 1e6).toFixed(0)} MB, ${size.secondsPerChart.toFixed(2)} s per chart`,
      );
      copy.cleanup();
      copies.pop();
    }

    const results = checks(sizes);
    const md = markdown(date, machine, cold, sizes, results);
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(
      path.join(RESULTS, `scale-${date}.json`),
      `${JSON.stringify({ date, machine, slack: SLACK, cold, sizes, checks: results, pass: results.every((c) => c.pass) }, null, 2)}\n`,
    );
    writeFileSync(path.join(RESULTS, `scale-${date}.md`), md);
    console.log(`\n${md}`);
    for (const c of results) {
      console.log(
        `${c.pass ? 'PASS' : 'FAIL'}  ${c.what}: ${c.measured.toFixed(2)}× (limit ${c.limit.toFixed(2)}×)${c.pass ? '' : `\n      why: ${c.why ?? ''}`}`,
      );
    }
    console.log(`Results: bench/results/scale-${date}.json, bench/results/scale-${date}.md`);
    return results.every((c) => c.pass) ? 0 : 1;
  } finally {
    for (const copy of copies) copy.cleanup();
  }
}

process.exitCode = await main();
