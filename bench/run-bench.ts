/**
 * `npm run bench`: builds the current tree from scratch in a private copy (cold caches, measured:
 * wall time and peak memory), then rebuilds it once more with warm caches; checks the byte budgets;
 * serves the build like production (precompressed gzip/brotli, _headers) and runs Lighthouse with
 * mobile defaults, 3 runs per page, median, on the story, a chart page and a pinned embed; measures
 * what each page loads by type, its client JS and the bytes before its headline; writes
 * bench/results/<date>.json and .md and prints PASS/FAIL per budget line. Exits 1 on any FAIL.
 *
 * Options: --dist=<dir> measures an existing build instead of building (build lines are skipped);
 * --runs=<n> overrides the number of Lighthouse runs per page.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  byLine,
  checkLine,
  formatValue,
  measureByteLine,
  readBudget,
  storyPages,
  type LineResult,
} from './lib/budget.ts';
import { astroPhases, measureBuild, type BuildMeasurement } from './lib/build-run.ts';
import { benchMarkdown, type BenchResults, type PageResult } from './lib/bench-report.ts';
import { CHROMIUM_PATH, runLighthouse, type LighthouseRun } from './lib/lighthouse-run.ts';
import { describeMachine, machineLine } from './lib/machine.ts';
import { waitForQuiet } from './lib/machine-load.ts';
import {
  bytesBeforeHeadline,
  clientJs,
  distFile,
  fileSizes,
  matchPages,
  readPage,
  sizesOf,
  transferByKind,
} from './lib/page-bytes.ts';
import { precompress } from './lib/precompress.ts';
import { copyProject, type ProjectCopy } from './lib/project-copy.ts';
import { serveInChild } from './lib/serve-dist.ts';
import { median, medianIndex } from './lib/stats.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const RESULTS = path.join(ROOT, 'bench', 'results');
const args = new Map(
  process.argv.slice(2).map((arg) => arg.replace(/^--/, '').split('=') as [string, string | undefined]),
);

function seconds(build: BuildMeasurement): string {
  return `${build.wallSeconds.toFixed(1)} s, peak ${(build.peakBytes / 1e6).toFixed(0)} MB`;
}

async function main(): Promise<number> {
  const budget = readBudget();
  const date = new Date().toISOString().slice(0, 10);
  const machine = describeMachine(CHROMIUM_PATH);
  const runs = Number(args.get('runs') ?? budget.lighthouse.runs);
  console.log(`Machine: ${machineLine(machine)}`);

  // 1. Build, cold then warm, in a private copy of the working tree.
  let copy: ProjectCopy | undefined;
  let dist = args.get('dist');
  let builds: BenchResults['builds'];
  try {
    if (dist) {
      dist = path.resolve(dist);
      console.log(`Measuring the existing build in ${dist} (no build).`);
    } else {
      copy = copyProject(ROOT, { freshCache: true });
      console.log(`Building the working tree in ${copy.root} (fresh node_modules/.astro and .vite caches)…`);
      const coldQuiet = await waitForQuiet({ say: console.log });
      const cold = await measureBuild(copy.root, { env: { BUILD_LOG: 'verbose' } });
      if (!cold.ok) {
        console.error(cold.output);
        console.error(`✗ The build failed (exit ${cold.exitCode}); nothing to measure.`);
        return 1;
      }
      console.log(`  cold build: ${seconds(cold)}`);
      const warmQuiet = await waitForQuiet({ say: console.log });
      const warm = await measureBuild(copy.root, { env: { BUILD_LOG: 'verbose' } });
      if (!warm.ok) throw new Error(`The warm rebuild failed:\n${warm.output}`);
      console.log(`  warm rebuild: ${seconds(warm)}`);
      builds = { cold: buildSummary(cold, coldQuiet.idle), warm: buildSummary(warm, warmQuiet.idle) };
      dist = path.join(copy.root, 'dist');
    }

    // 2. Byte budgets, from the files (the same code as test/site/byte-budgets.test.ts).
    const stories = storyPages(path.dirname(dist));
    const results: LineResult[] = budget.bytes.flatMap((line) => measureByteLine(dist as string, line, stories));

    // 3. Static measurements of the Lighthouse pages.
    const pages: Record<string, PageResult> = {};
    for (const page of budget.lighthouse.pages) {
      const html = readPage(dist, page);
      pages[page] = {
        html: sizesOf(html),
        clientJs: clientJs(dist, page, html),
        beforeHeadline: bytesBeforeHeadline(dist, page, html),
        skippedAudits: budget.lighthouse.noindexPages.includes(page) ? ['is-crawlable'] : [],
        runs: [],
        idleBefore: [],
      };
    }

    // 4. Lighthouse on the served build.
    console.log(`Precompressed ${precompress(dist)} text files (gzip -9, brotli 11) in the served copy.`);
    const server = await serveInChild(dist);
    let lighthouseVersion = '';
    try {
      for (const page of budget.lighthouse.pages) {
        const result = pages[page] as PageResult;
        const lhrs = [];
        for (let run = 1; run <= runs; run += 1) {
          const quiet = await waitForQuiet({ say: console.log });
          result.idleBefore.push(quiet.idle);
          const { run: measured, lhr } = await runLighthouse(`${server.url}${page}`, {
            skipAudits: result.skippedAudits,
          });
          lighthouseVersion = measured.lighthouseVersion;
          result.runs.push(measured);
          lhrs.push(lhr);
          const s = measured.scores;
          console.log(
            `  ${page} run ${run}: perf ${s.performance}, a11y ${s.accessibility}, bp ${s['best-practices']}, seo ${s.seo}; ` +
              `LCP ${Math.round(measured.metrics.lcpMs)} ms, TBT ${Math.round(measured.metrics.tbtMs)} ms, CLS ${measured.metrics.cls.toFixed(3)}; ` +
              `benchmark index ${Math.round(measured.benchmarkIndex)}, CPU ${Math.round(quiet.idle * 100)}% idle before`,
          );
        }
        const chosen = medianIndex(result.runs.map((r) => r.scores.performance * 1e6 - r.metrics.lcpMs));
        result.medianRun = chosen;
        result.median = {
          scores: {
            performance: median(result.runs.map((r) => r.scores.performance)),
            accessibility: median(result.runs.map((r) => r.scores.accessibility)),
            'best-practices': median(result.runs.map((r) => r.scores['best-practices'])),
            seo: median(result.runs.map((r) => r.scores.seo)),
          },
          metrics: {
            fcpMs: median(result.runs.map((r) => r.metrics.fcpMs)),
            lcpMs: median(result.runs.map((r) => r.metrics.lcpMs)),
            tbtMs: median(result.runs.map((r) => r.metrics.tbtMs)),
            cls: median(result.runs.map((r) => r.metrics.cls)),
            speedIndexMs: median(result.runs.map((r) => r.metrics.speedIndexMs)),
          },
        };
        const medianRun = result.runs[chosen] as LighthouseRun;
        result.transfer = transferByKind(dist, server.url, medianRun.requests);
        const loadedJs = medianRun.requests.filter((r) => r.resourceType === 'Script' && r.url.startsWith(server.url));
        const inlineJs = result.clientJs.inline.reduce((sum, s) => sum + s.gzip, 0);
        result.clientJsAsLoaded = {
          files: loadedJs.map((r) => new URL(r.url).pathname),
          gzip: inlineJs + loadedJs.reduce((sum, r) => sum + jsGzip(dist as string, r.url), 0),
        };
        const slug = page.replace(/^\/|\/$/g, '').replaceAll('/', '_') || 'home';
        mkdirSync(path.join(RESULTS, 'lighthouse'), { recursive: true });
        writeFileSync(path.join(RESULTS, 'lighthouse', `${date}-${slug}.json`), JSON.stringify(lhrs[chosen]));
      }
    } finally {
      await server.close();
    }

    // 5. Budget lines for what Lighthouse and the build measured.
    for (const line of budget.bytes.filter((l) => l.measure === 'client-js-gzip')) {
      for (const page of matchPages(budget.lighthouse.pages, line.pages ?? [])) {
        const loaded = pages[page]?.clientJsAsLoaded;
        if (loaded) {
          results.push(
            checkLine({
              id: line.id,
              label: `${line.label}, as loaded in Lighthouse`,
              where: page,
              measured: loaded.gzip,
              limit: line.max,
              kind: 'max',
              unit: 'B',
            }),
          );
        }
      }
    }
    for (const page of budget.lighthouse.pages) {
      const m = pages[page]?.median;
      if (!m) continue;
      for (const line of budget.lighthouse.lines) {
        const measured =
          line.measure === 'lcp-ms'
            ? m.metrics.lcpMs
            : line.measure === 'tbt-ms'
              ? m.metrics.tbtMs
              : line.measure === 'cls'
                ? m.metrics.cls
                : m.scores[line.measure];
        const unit = line.measure === 'cls' ? '' : line.measure.endsWith('-ms') ? 'ms' : 'score';
        const kind = line.min !== undefined ? 'min' : 'max';
        results.push(
          checkLine({
            id: line.id,
            label: line.label,
            where: page,
            measured,
            limit: (line.min ?? line.max) as number,
            kind,
            unit,
          }),
        );
      }
    }
    for (const line of budget.build) {
      if (!builds) continue;
      const measured = line.measure === 'build-seconds' ? builds.cold.wallSeconds : builds.cold.peakBytes;
      results.push(
        checkLine({
          id: line.id,
          label: line.label,
          where: 'cold build',
          measured,
          limit: line.max,
          kind: 'max',
          unit: line.measure === 'build-seconds' ? 's' : 'B',
        }),
      );
    }

    // 6. Results.
    const output: BenchResults = {
      date,
      machine,
      lighthouse: {
        version: lighthouseVersion,
        runsPerPage: runs,
        settings:
          'mobile defaults: Moto G Power emulation (412×823, DPR 1.75), simulated throttling (150 ms RTT, 1.6 Mbps down, 4× CPU slowdown)',
        benchmarkIndex: median(Object.values(pages).flatMap((p) => p.runs.map((r) => r.benchmarkIndex))),
      },
      ...(builds ? { builds } : {}),
      pages,
      budget: results,
      pass: results.every((r) => r.pass),
    };
    mkdirSync(RESULTS, { recursive: true });
    const markdown = benchMarkdown(output);
    if (!args.has('dist')) {
      writeFileSync(path.join(RESULTS, `${date}.json`), `${JSON.stringify(output, null, 2)}\n`);
      writeFileSync(path.join(RESULTS, `${date}.md`), markdown);
    }
    console.log(`\n${markdown}`);
    for (const { result: r, of } of byLine(results)) {
      const op = r.kind === 'max' ? '≤' : '≥';
      const where = of > 1 ? `${r.where} (worst of ${of})` : r.where;
      console.log(
        `${r.pass ? 'PASS' : 'FAIL'}  ${r.id.padEnd(18)} ${where.padEnd(34)} ${formatValue(r.measured, r.unit).padStart(9)} ${op} ${formatValue(r.limit, r.unit)}`,
      );
    }
    const failed = results.filter((r) => !r.pass).length;
    console.log(
      failed === 0
        ? `\n✓ All ${results.length} budget lines pass.`
        : `\n✗ ${failed} of ${results.length} budget lines fail.`,
    );
    if (!args.has('dist'))
      console.log(
        `Results: bench/results/${date}.json, bench/results/${date}.md (median Lighthouse reports in bench/results/lighthouse/, not committed)`,
      );
    return failed === 0 ? 0 : 1;
  } finally {
    copy?.cleanup();
  }
}

/** Gzip size of a script the page loaded; a script missing from dist/ (a 404) weighs nothing. */
function jsGzip(dist: string, url: string): number {
  const file = distFile(dist, new URL(url).pathname);
  return file ? fileSizes(file).gzip : 0;
}

function buildSummary(build: BuildMeasurement, idleBefore: number): NonNullable<BenchResults['builds']>['cold'] {
  return {
    idleBefore,
    wallSeconds: build.wallSeconds,
    cpuSeconds: build.cpuSeconds ?? null,
    peakBytes: build.peakBytes,
    mainMaxRssBytes: build.mainMaxRssBytes ?? null,
    treePeakBytes: build.tree.peakBytes,
    treeAtPeak: build.tree.atPeak.slice(0, 5),
    mostProcesses: build.tree.mostProcesses,
    samples: build.tree.samples,
    phases: astroPhases(build.output),
  };
}

process.exitCode = await main();
