/**
 * `npm run bench:figures`: does build time stay flat when a figure grows 1,000×? Issue 9 found that a
 * typo of 9,500,000 old-compound problems (one square per ten) ran the build past five minutes and
 * 950,000 made the story page 5.2 MB. Unit charts now aggregate (src/charts/unit-scale.ts), so this
 * builds two temporary copies of the working tree, identical but for `problems_solved` in
 * data/old-compounds/v1.json: today's figure and 1,000 times it (9,340 → 9,340,000, inside the
 * schema's range of 10 million), its source sentence updated to match and its lock hash rewritten,
 * as a real correction published by an editor would be. Each copy is built 3 times, alternating
 * (1×, 1000×, 1×, …) so that load from other work on the machine falls on both alike; the medians
 * are compared, with the bytes of the story page and the chart page.
 *
 * Checks: the 1,000× build's median wall time is at most 1.25× the 1× median, and each page at most
 * 1.1× its 1× size. Writes bench/results/figures-<date>.json and .md; exits 1 when a check fails.
 * Options: --runs=<n> (default 3), --factor=<k> (default 1000).
 */
import { cpSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sha256 } from '../src/data/hash.ts';
import { lockKey, readLock, writeLock } from '../src/data/lock.ts';
import { measureBuild } from './lib/build-run.ts';
import { CHROMIUM_PATH } from './lib/lighthouse-run.ts';
import { describeMachine, machineLine } from './lib/machine.ts';
import { waitForQuiet } from './lib/machine-load.ts';
import { copyProject, type ProjectCopy } from './lib/project-copy.ts';
import { median } from './lib/stats.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const RESULTS = path.join(ROOT, 'bench', 'results');
const args = new Map(
  process.argv.slice(2).map((arg) => arg.replace(/^--/, '').split('=') as [string, string | undefined]),
);
const RUNS = Number(args.get('runs') ?? 3);
const FACTOR = Number(args.get('factor') ?? 1000);
const DATASET = 'old-compounds';
const FIELD = 'problems_solved';
/** Pages whose bytes grew with the figure before: the story and the unit chart's own page. */
const PAGES = ['changchun/index.html', 'charts/old-compound-problems/index.html'];
const TIME_LIMIT = 1.25;
const BYTES_LIMIT = 1.1;

interface Run {
  wallSeconds: number;
  cpuSeconds: number | null;
  idleBefore: number;
}

interface SizeResult {
  factor: number;
  figure: number;
  runs: Run[];
  medianWallSeconds: number;
  medianCpuSeconds: number | null;
  pageBytes: Record<string, number>;
}

/** Multiplies the figure and the number in its source sentence by `factor`, and re-locks the version. */
function scaleFigure(root: string, factor: number): number {
  const file = path.join(root, 'data', DATASET, 'v1.json');
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> & {
    sources: { sentences?: Record<string, string> }[];
  };
  const before = json[FIELD] as number;
  const after = before * factor;
  json[FIELD] = after;
  for (const source of json.sources) {
    const sentence = source.sentences?.[FIELD];
    if (sentence === undefined) continue;
    if (!sentence.includes(String(before))) throw new Error(`The sentence for ${FIELD} does not state ${before}`);
    source.sentences![FIELD] = sentence.replace(String(before), String(after));
  }
  const bytes = Buffer.from(`${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(file, bytes);
  const { lock } = readLock(root);
  const key = lockKey(DATASET, 1);
  const publishedOn = lock.published[key]?.published_on ?? '2026-11-26';
  writeLock(root, lock, [{ key, sha256: sha256(bytes), published_on: publishedOn }]);
  return after;
}

/** A copy whose Astro/Vite caches are fresh but for the optimised images (they do not depend on figures). */
function preparedCopy(factor: number): ProjectCopy {
  const copy = copyProject(ROOT, { freshCache: true, prefix: `bench-figures-${factor}x-` });
  const assets = path.join(ROOT, 'node_modules', '.astro', 'assets');
  if (existsSync(assets)) {
    cpSync(assets, path.join(copy.root, 'node_modules', '.astro', 'assets'), { recursive: true });
  }
  return copy;
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);
const kb = (bytes: number) => `${fmt(bytes / 1024)} KB`;

async function main(): Promise<void> {
  const machine = describeMachine(CHROMIUM_PATH);
  console.log(`Machine: ${machineLine(machine)}`);
  const factors = [1, FACTOR];
  const copies = factors.map((factor) => preparedCopy(factor));
  try {
    const figures = factors.map((factor, i) => scaleFigure(copies[i]!.root, factor));
    const runs: Run[][] = factors.map(() => []);
    const pageBytes: Record<string, number>[] = factors.map(() => ({}));
    for (let round = 0; round < RUNS; round++) {
      for (const [i, factor] of factors.entries()) {
        // A short wait only: on a shared machine three minutes per build would triple the bench.
        const { idle } = await waitForQuiet({ maxWaitMs: 20_000 });
        console.log(`${factor}× (${FIELD} = ${figures[i]}), build ${round + 1}/${RUNS}…`);
        const build = await measureBuild(copies[i]!.root);
        if (!build.ok) {
          console.error(build.output.slice(-4000));
          throw new Error(`The ${factor}× build failed (exit ${build.exitCode})`);
        }
        console.log(`  ${fmt(build.wallSeconds)} s wall, CPU ${Math.round(idle * 100)}% idle before`);
        runs[i]!.push({ wallSeconds: build.wallSeconds, cpuSeconds: build.cpuSeconds ?? null, idleBefore: idle });
        for (const page of PAGES) pageBytes[i]![page] = statSync(path.join(copies[i]!.root, 'dist', page)).size;
      }
    }
    const results: SizeResult[] = factors.map((factor, i) => {
      const cpu = runs[i]!.map((r) => r.cpuSeconds).filter((s): s is number => s !== null);
      return {
        factor,
        figure: figures[i]!,
        runs: runs[i]!,
        medianWallSeconds: median(runs[i]!.map((r) => r.wallSeconds)),
        medianCpuSeconds: cpu.length > 0 ? median(cpu) : null,
        pageBytes: pageBytes[i]!,
      };
    });
    const [base, big] = results as [SizeResult, SizeResult];
    const checks = [
      {
        what: `median build time at ${FACTOR}× ≤ ${TIME_LIMIT}× the 1× median`,
        measured: big.medianWallSeconds / base.medianWallSeconds,
        limit: TIME_LIMIT,
      },
      ...PAGES.map((page) => ({
        what: `${page} at ${FACTOR}× ≤ ${BYTES_LIMIT}× its 1× bytes`,
        measured: big.pageBytes[page]! / base.pageBytes[page]!,
        limit: BYTES_LIMIT,
      })),
    ].map((check) => ({ ...check, pass: check.measured <= check.limit }));

    const date = new Date().toISOString().slice(0, 10);
    const md = [
      `# Build time against a figure's size, ${date}`,
      '',
      `Machine: ${machineLine(machine)}.`,
      '',
      `Two copies of the working tree, identical but for \`${DATASET}.${FIELD}\` (and its source sentence): ` +
        `${base.figure} and ${big.figure}. Each built ${RUNS} times, alternating; fresh Astro/Vite caches seeded with ` +
        'the optimised images. Medians of wall time and of the build process’s CPU time.',
      '',
      '| Figure | Builds (s, wall) | Median wall | Median CPU | ' + PAGES.join(' | ') + ' |',
      '|---|---|---|---|' + PAGES.map(() => '---').join('|') + '|',
      ...results.map(
        (r) =>
          `| ${r.factor}× (${r.figure}) | ${r.runs.map((run) => fmt(run.wallSeconds)).join(', ')} | ` +
          `${fmt(r.medianWallSeconds)} s | ${r.medianCpuSeconds === null ? '–' : `${fmt(r.medianCpuSeconds)} s`} | ` +
          PAGES.map((page) => kb(r.pageBytes[page]!)).join(' | ') +
          ' |',
      ),
      '',
      '| Check | Measured | Limit | Result |',
      '|---|---|---|---|',
      ...checks.map((c) => `| ${c.what} | ${fmt(c.measured, 2)}× | ${c.limit}× | ${c.pass ? 'PASS' : 'FAIL'} |`),
      '',
      `CPU idle before each build (waited at most 20 s for ≥ 85 %): ` +
        results
          .map((r) => `${r.factor}×: ${r.runs.map((run) => `${Math.round(run.idleBefore * 100)}%`).join(', ')}`)
          .join('; ') +
        '.',
      '',
    ].join('\n');
    writeFileSync(path.join(RESULTS, `figures-${date}.md`), md);
    writeFileSync(
      path.join(RESULTS, `figures-${date}.json`),
      `${JSON.stringify({ date, machine, dataset: DATASET, field: FIELD, runs: RUNS, results, checks }, null, 2)}\n`,
    );
    console.log(`\n${md}`);
    if (checks.some((c) => !c.pass)) process.exitCode = 1;
  } finally {
    for (const copy of copies) copy.cleanup();
  }
}

await main();
