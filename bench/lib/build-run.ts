/**
 * Runs `scripts/build-site.ts` (what `npm run build` runs) in a child process and measures it: wall
 * time from spawn to exit, and peak memory two ways — the Node process's own high-water mark
 * (`process.resourceUsage().maxRSS`, reported by the child at exit through report-usage.ts) and
 * the sum of resident memory over the whole process tree, sampled from /proc every 50 ms (catches
 * esbuild and any other helper process, but can miss a peak shorter than the interval). The peak we
 * report is the larger of the two.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { sampleTreeMemory, type TreePeak } from './process-tree.ts';

export interface BuildMeasurement {
  ok: boolean;
  exitCode: number | null;
  wallSeconds: number;
  /** Peak RSS of the main Node process, exact (kernel high-water mark). */
  mainMaxRssBytes: number | undefined;
  /** CPU time (user + system) of the main Node process, all threads; helper processes not included. */
  cpuSeconds: number | undefined;
  /** Peak of the summed RSS of the build's process tree, sampled. */
  tree: TreePeak;
  /** max(mainMaxRssBytes, tree.peakBytes): what the budget is checked against. */
  peakBytes: number;
  /** Everything the build printed. */
  output: string;
}

const REPORTER = pathToFileURL(path.join(import.meta.dirname, 'report-usage.ts')).href;

export async function measureBuild(
  root: string,
  options: { env?: Record<string, string>; nodeArgs?: string[] } = {},
): Promise<BuildMeasurement> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'bench-rss-'));
  const usageFile = path.join(scratch, 'usage.json');
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', REPORTER, ...(options.nodeArgs ?? []), 'scripts/build-site.ts'], {
    cwd: root,
    env: { ...process.env, ...options.env, BENCH_USAGE_FILE: usageFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error('Could not start the build');
  const sampler = sampleTreeMemory(child.pid);
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve(code));
  });
  const wallSeconds = (performance.now() - started) / 1000;
  const tree = sampler.stop();
  const usage = existsSync(usageFile)
    ? (JSON.parse(readFileSync(usageFile, 'utf8')) as { maxRssBytes: number; cpuSeconds: number })
    : undefined;
  const mainMaxRssBytes = usage?.maxRssBytes;
  rmSync(scratch, { recursive: true, force: true });
  return {
    ok: exitCode === 0,
    exitCode,
    wallSeconds,
    mainMaxRssBytes,
    cpuSeconds: usage?.cpuSeconds,
    tree,
    peakBytes: Math.max(mainMaxRssBytes ?? 0, tree.peakBytes),
    output: Buffer.concat(chunks).toString('utf8'),
  };
}

/**
 * Astro's own phase timings from a build run with BUILD_LOG=verbose: the Vite bundles, "generating
 * static routes", "generating optimized images", and Astro's total.
 */
export function astroPhases(output: string): { phase: string; seconds: number }[] {
  const phases: { phase: string; seconds: number }[] = [];
  const seconds = (minutes: string | undefined, value: string | undefined, unit: string | undefined): number =>
    Number(minutes ?? 0) * 60 + Number(value) / (unit === 'ms' ? 1000 : 1);
  let current: string | undefined;
  let vite = 0;
  for (const raw of output.split('\n')) {
    const line = stripVTControlCharacters(raw);
    const header = /^\s*([a-z][a-z ]+[a-z])\s*$/.exec(line);
    if (header?.[1]) current = header[1];
    const bundle = /\[vite\] ✓ built in (?:(\d+)m\s*)?([\d.]+)(ms|s)\b/.exec(line);
    if (bundle) vite += seconds(bundle[1], bundle[2], bundle[3]);
    const done = /^\S*\s*✓ Completed in (?:(\d+)m\s*)?([\d.]+)(ms|s)\b/.exec(line.trim());
    if (done && current && !line.includes('[build]')) {
      phases.push({ phase: current, seconds: seconds(done[1], done[2], done[3]) });
      current = undefined;
    }
    const total = /\[build\] \d+ page\(s\) built in (?:(\d+)m\s*)?([\d.]+)(ms|s)\b/.exec(line);
    if (total) phases.push({ phase: 'astro build, total', seconds: seconds(total[1], total[2], total[3]) });
  }
  if (vite > 0) phases.unshift({ phase: 'vite bundles', seconds: vite });
  return phases;
}

/** Per-route render times from a BUILD_LOG=verbose build: `├─ /charts/x/index.html (+75ms)`. */
export function routeTimes(output: string): { route: string; ms: number }[] {
  const routes: { route: string; ms: number }[] = [];
  for (const raw of output.split('\n')) {
    const line = stripVTControlCharacters(raw);
    const match = /[├└]─\s+(\S+)\s+\(\+(?:(\d+)m\s*)?([\d.]+)(ms|s)\)/.exec(line);
    if (!match?.[1]) continue;
    const ms = Number(match[2] ?? 0) * 60_000 + Number(match[3]) * (match[4] === 's' ? 1000 : 1);
    routes.push({ route: match[1], ms });
  }
  return routes;
}
