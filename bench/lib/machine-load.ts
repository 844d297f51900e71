/**
 * How busy the machine is, from /proc/stat (Linux). Lighthouse's simulated throttling multiplies the
 * main-thread time it observes by 4, and builds are CPU-bound, so anything else running (other
 * people's builds and tests on a shared machine) inflates TBT and build times. The benchmarks wait
 * for a quiet moment before each measurement and record how idle the CPU was.
 */
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

function cpuTimes(): { idle: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const values = line.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal …
  const idle = (values[3] ?? 0) + (values[4] ?? 0);
  return { idle, total: values.slice(0, 8).reduce((sum, v) => sum + v, 0) };
}

/** Fraction of CPU time (all cores) that was idle over the next `windowMs`. */
export async function cpuIdle(windowMs = 1000): Promise<number> {
  const before = cpuTimes();
  await sleep(windowMs);
  const after = cpuTimes();
  const total = after.total - before.total;
  return total > 0 ? (after.idle - before.idle) / total : 1;
}

/**
 * Waits until the CPU has been at least `idleAtLeast` idle over a 2 s window, for at most
 * `maxWaitMs`. Returns the idle fraction last seen and how long it waited.
 */
export async function waitForQuiet(
  options: { idleAtLeast?: number; maxWaitMs?: number; say?: (message: string) => void } = {},
): Promise<{ idle: number; waitedMs: number }> {
  const idleAtLeast = options.idleAtLeast ?? 0.85;
  const maxWaitMs = options.maxWaitMs ?? 180_000;
  const started = performance.now();
  let idle = await cpuIdle(2000);
  let told = false;
  while (idle < idleAtLeast && performance.now() - started < maxWaitMs) {
    if (!told) options.say?.(`  waiting for the machine to be quiet (CPU ${Math.round(idle * 100)}% idle)…`);
    told = true;
    idle = await cpuIdle(2000);
  }
  return { idle, waitedMs: performance.now() - started };
}
