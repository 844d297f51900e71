/**
 * The shape of bench/results/<date>.json and its markdown summary (bench/results/<date>.md).
 */
import { byLine, formatValue, type LineResult } from './budget.ts';
import type { AuditFinding, Category, LighthouseRun } from './lighthouse-run.ts';
import { machineLine, type Machine } from './machine.ts';
import { KINDS, type BeforeHeadline, type ClientJs, type Kind, type KindTotal, type Sizes } from './page-bytes.ts';

export interface BuildSummary {
  /** Fraction of CPU idle in the 2 s before the build started (other work slows builds). */
  idleBefore: number;
  wallSeconds: number;
  /** CPU time (user + system) of the build's Node process. */
  cpuSeconds: number | null;
  /** max(mainMaxRssBytes, treePeakBytes). */
  peakBytes: number;
  /** The Node build process's own high-water mark (process.resourceUsage().maxRSS at exit). */
  mainMaxRssBytes: number | null;
  /** Highest summed RSS of the process tree over 50 ms samples of /proc. */
  treePeakBytes: number;
  treeAtPeak: { pid: number; name: string; bytes: number }[];
  mostProcesses: number;
  samples: number;
  /** Astro's own phase timings (BUILD_LOG=verbose). */
  phases: { phase: string; seconds: number }[];
}

export interface PageResult {
  /** The page's HTML, raw / gzip -9 / brotli 11. */
  html: Sizes;
  /** Client JS found by reading the HTML and following imports through dist/. */
  clientJs: ClientJs;
  /** Client JS the browser actually requested in the median run, plus the inline scripts, gzip. */
  clientJsAsLoaded?: { files: string[]; gzip: number };
  beforeHeadline: BeforeHeadline;
  /** Audits left out on purpose (is-crawlable on noindex embed pages). */
  skippedAudits: string[];
  runs: LighthouseRun[];
  /** Fraction of CPU idle in the 2 s before each run. */
  idleBefore: number[];
  /** Which run is the median one (by performance score, then LCP): its requests and report are kept. */
  medianRun?: number;
  median?: { scores: Record<Category, number>; metrics: LighthouseRun['metrics'] };
  transfer?: { byKind: Record<Kind, KindTotal>; total: KindTotal; unmatched: string[] };
}

export interface BenchResults {
  date: string;
  machine: Machine;
  lighthouse: { version: string; runsPerPage: number; settings: string; benchmarkIndex: number };
  builds?: { cold: BuildSummary; warm: BuildSummary };
  pages: Record<string, PageResult>;
  budget: LineResult[];
  pass: boolean;
}

const kb = (bytes: number): string => (bytes >= 1000 ? `${(bytes / 1000).toFixed(1)} KB` : `${bytes} B`);
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(0)} MB`;
const range = (values: number[], format: (v: number) => string): string => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length > 1 ? ` (${format(sorted[0] ?? 0)}–${format(sorted.at(-1) ?? 0)})` : '';
};

export function benchMarkdown(results: BenchResults): string {
  const lines: string[] = [];
  const push = (...more: string[]): void => void lines.push(...more);
  push(
    `# Benchmark ${results.date}`,
    '',
    `Machine: ${machineLine(results.machine)}.`,
    `Lighthouse ${results.lighthouse.version}, ${results.lighthouse.settings}; ${results.lighthouse.runsPerPage} runs per page, median; ` +
      `host benchmark index ${Math.round(results.lighthouse.benchmarkIndex)}. Served by scripts/lib/static-server.ts from a precompressed copy of the build.`,
    '',
    '## Budget',
    '',
    '| Result | Line | Where | Measured | Budget |',
    '|---|---|---|---:|---:|',
  );
  for (const { result: r, of, failed } of byLine(results.budget)) {
    const where = of > 1 ? `${r.where} (worst of ${of}${failed > 0 ? `, ${failed} over` : ''})` : r.where;
    push(
      `| ${r.pass ? 'PASS' : '**FAIL**'} | ${r.label} | ${where} | ${formatValue(r.measured, r.unit)} | ${r.kind === 'max' ? '≤' : '≥'} ${formatValue(r.limit, r.unit)} |`,
    );
  }
  const skipped = Object.entries(results.pages).filter(([, p]) => p.skippedAudits.length > 0);
  for (const [page, p] of skipped)
    push('', `${page}: SEO without ${p.skippedAudits.join(', ')} (the page carries noindex on purpose).`);

  push(
    '',
    '## Lighthouse (median of runs; range in brackets)',
    '',
    '| Page | Perf | A11y | BP | SEO | FCP | LCP | TBT | CLS | SI |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const [page, p] of Object.entries(results.pages)) {
    if (!p.median) continue;
    const s = p.median.scores;
    const m = p.median.metrics;
    const ms = (v: number): string => `${Math.round(v)}`;
    const runs = (pick: (r: LighthouseRun) => number, format: (v: number) => string): string =>
      range(p.runs.map(pick), format);
    push(
      `| ${page} | ${s.performance}${runs((r) => r.scores.performance, String)} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} | ` +
        `${ms(m.fcpMs)} ms${runs((r) => r.metrics.fcpMs, ms)} | ${ms(m.lcpMs)} ms${runs((r) => r.metrics.lcpMs, ms)} | ` +
        `${ms(m.tbtMs)} ms${runs((r) => r.metrics.tbtMs, ms)} | ${m.cls.toFixed(3)} | ${ms(m.speedIndexMs)} ms |`,
    );
  }

  push('', 'Each run (perf score, TBT, Lighthouse benchmark index of the host, CPU idle before the run): ');
  for (const [page, p] of Object.entries(results.pages)) {
    const each = p.runs.map(
      (r, i) =>
        `${r.scores.performance} / ${Math.round(r.metrics.tbtMs)} ms / ${Math.round(r.benchmarkIndex)} / ${Math.round((p.idleBefore[i] ?? Number.NaN) * 100)}%`,
    );
    push(`- ${page}: ${each.join('; ')}`);
  }
  push(
    '',
    '## Bytes each page loads (median run; raw / gzip -9 / brotli 11 of the files in dist/; "served" is what crossed the wire with headers)',
    '',
    '| Page | Kind | Requests | Raw | Gzip | Brotli | Served |',
    '|---|---|---:|---:|---:|---:|---:|',
  );
  for (const [page, p] of Object.entries(results.pages)) {
    if (!p.transfer) continue;
    for (const kind of KINDS) {
      const t = p.transfer.byKind[kind];
      if (t.requests === 0) continue;
      push(`| ${page} | ${kind} | ${t.requests} | ${kb(t.raw)} | ${kb(t.gzip)} | ${kb(t.brotli)} | ${kb(t.served)} |`);
    }
    const t = p.transfer.total;
    push(`| ${page} | **total** | ${t.requests} | ${kb(t.raw)} | ${kb(t.gzip)} | ${kb(t.brotli)} | ${kb(t.served)} |`);
    if (p.transfer.unmatched.length > 0)
      push(`| ${page} | not in dist/ | ${p.transfer.unmatched.join(', ')} | | | | |`);
  }

  push(
    '',
    '## Client JS and bytes before the headline',
    '',
    '| Page | Client JS files | JS gzip (static / as loaded) | JS brotli | HTML gzip / brotli | Before `</h1>`: HTML raw | gzip | brotli | render-blocking |',
    '|---|---|---:|---:|---:|---:|---:|---:|---|',
  );
  for (const [page, p] of Object.entries(results.pages)) {
    const files = [
      ...p.clientJs.files.map((f) => `${f.url.replace(/^\/_astro\//, '')} (${f.via})`),
      ...p.clientJs.inline.map(() => 'inline'),
    ];
    const h = p.beforeHeadline;
    push(
      `| ${page} | ${files.join(', ') || 'none'} | ${kb(p.clientJs.total.gzip)} / ${p.clientJsAsLoaded ? kb(p.clientJsAsLoaded.gzip) : '–'} | ${kb(p.clientJs.total.brotli)} | ` +
        `${kb(p.html.gzip)} / ${kb(p.html.brotli)} | ${h.found ? kb(h.html.raw) : 'no <h1>'} | ${h.found ? kb(h.total.gzip) : '–'} | ${h.found ? kb(h.total.brotli) : '–'} | ` +
        `${h.renderBlocking.map((r) => r.url).join(', ') || 'none'} |`,
    );
  }

  if (results.builds) {
    push(
      '',
      '## Build',
      '',
      '| Build | Wall time | CPU time | Peak memory (max of the two) | Node maxRSS | Process tree, sampled | CPU idle before | Astro phases |',
      '|---|---:|---:|---:|---:|---:|---:|---|',
    );
    for (const [name, b] of Object.entries(results.builds)) {
      push(
        `| ${name === 'cold' ? 'full build, cold caches' : 'rebuild, warm caches'} | ${b.wallSeconds.toFixed(1)} s | ${b.cpuSeconds === null ? '–' : `${b.cpuSeconds.toFixed(1)} s`} | ${mb(b.peakBytes)} | ${b.mainMaxRssBytes === null ? '–' : mb(b.mainMaxRssBytes)} | ` +
          `${mb(b.treePeakBytes)} (${b.mostProcesses} processes at most) | ${Math.round(b.idleBefore * 100)}% | ${b.phases.map((ph) => `${ph.phase} ${ph.seconds.toFixed(1)} s`).join('; ')} |`,
      );
    }
  }

  const medianFindings = (p: PageResult): AuditFinding[] =>
    p.medianRun === undefined ? [] : (p.runs[p.medianRun]?.findings ?? []);
  push('', '## Where the main thread and the LCP go (median run)', '');
  for (const [page, p] of Object.entries(results.pages)) {
    const f = new Map(medianFindings(p).map((finding) => [finding.id, finding]));
    const first = (id: string, n: number): string => (f.get(id)?.items ?? []).slice(0, n).join('; ');
    push(
      `- ${page}: main thread ${f.get('mainthread-work-breakdown')?.displayValue ?? '?'} (${first('mainthread-work-breakdown', 3)}); ` +
        `${f.get('long-tasks')?.displayValue ?? 'no long tasks'} (${first('long-tasks', 3)}); DOM: ${first('dom-size-insight', 3)}; ` +
        `LCP: ${first('lcp-breakdown-insight', 4)}`.replaceAll('|', '\\|'),
    );
  }
  const findings = Object.entries(results.pages).flatMap(([page, p]) =>
    medianFindings(p)
      .filter((f) => f.score !== null && f.score < 1)
      .map((f) => ({ page, f })),
  );
  if (findings.length > 0) {
    push('', '## Audits below full marks (median run)', '');
    for (const { page, f } of findings) {
      const savings = f.metricSavings ? ` savings ${JSON.stringify(f.metricSavings)}` : '';
      push(
        `- ${page} · \`${f.id}\` (score ${f.score}) ${f.title}${f.displayValue ? ` — ${f.displayValue}` : ''}${savings}`,
      );
      for (const item of f.items.slice(0, 5)) push(`  - ${item.replaceAll('|', '\\|')}`);
    }
  }
  push('');
  return lines.join('\n');
}
