/**
 * Preloaded into the build process by bench/lib/build-run.ts (`node --import`): when the process
 * exits, writes its own resource usage to the file named by BENCH_USAGE_FILE — the peak resident
 * memory (`maxRSS`, the kernel's exact high-water mark) and the CPU time it used (user + system,
 * all its threads), which unlike wall time barely changes when other work shares the machine.
 */
import { writeFileSync } from 'node:fs';

const file = process.env['BENCH_USAGE_FILE'];
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(
      file,
      JSON.stringify({
        pid: process.pid,
        // maxRSS is in KiB, CPU times in microseconds.
        maxRssBytes: usage.maxRSS * 1024,
        cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
      }),
    );
  });
}
