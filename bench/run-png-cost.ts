/**
 * `npm run bench:png`: where the time of one PNG download goes, on the project's own charts at every
 * data version: the standalone SVG, font subsetting (first use of a character set), the WeChat PNG
 * (resvg render + encode) and the social card (one resvg pass + sharp encode), each the median over
 * all charts × versions of 3 rounds; then every PNG once more, two at a time as the build renders
 * them (`build.concurrency: 2`, resvg on worker threads), as wall time per PNG. Writes
 * bench/results/png-cost-<date>.json and .md. Also times a PNG a later build takes from the store
 * (src/render/png-store.ts) instead of drawing it.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CHARTS } from '../src/charts/index.ts';
import { loadCatalog } from '../src/data/catalog.ts';
import { viewVersions } from '../src/render/chart-view.ts';
import { downloadCredits, DOWNLOAD_WIDTHS } from '../src/render/chart-downloads.ts';
import { fontOptionsFor } from '../src/render/font-subset.ts';
import { drawPng, drawSocialCard, svgToPng, WECHAT_COLUMN } from '../src/render/render-png.ts';
import { describeMachine, machineLine } from './lib/machine.ts';
import { CHROMIUM_PATH } from './lib/lighthouse-run.ts';
import { median } from './lib/stats.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const ORIGIN = 'http://localhost:4321';

const time = async (work: () => unknown): Promise<number> => {
  const started = performance.now();
  await work();
  return performance.now() - started;
};

const machine = describeMachine(CHROMIUM_PATH);
const date = new Date().toISOString().slice(0, 10);
// Cold font subsets, as in a cold build (font-subset.ts keeps them in the working directory's .cache).
rmSync(path.join(process.cwd(), '.cache', 'font-subsets'), { recursive: true, force: true });
const catalog = loadCatalog(ROOT, { includeDrafts: false });
const views = CHARTS.flatMap((chart) => viewVersions(chart, catalog));
const stages: Record<string, number[]> = {
  'standalone SVG': [],
  'font subset': [],
  'WeChat PNG': [],
  'social PNG': [],
  'WeChat PNG from the store': [],
};
for (let round = 0; round < 3; round += 1) {
  for (const view of views) {
    const credits = downloadCredits(view, ORIGIN);
    const wechat = view.standalone(DOWNLOAD_WIDTHS.pngWechat, credits);
    const social = view.standalone(DOWNLOAD_WIDTHS.pngSocial, credits);
    stages['standalone SVG']?.push(await time(() => view.standalone(DOWNLOAD_WIDTHS.pngWechat, credits)));
    // Only the first round meets new character sets; later rounds reuse the subsets.
    if (round === 0) stages['font subset']?.push(await time(() => fontOptionsFor(wechat.svg)));
    stages['WeChat PNG']?.push(await time(() => drawPng(wechat, WECHAT_COLUMN * 2)));
    stages['social PNG']?.push(await time(() => drawSocialCard(social)));
    // What a later build pays for a PNG it has drawn before (src/render/png-store.ts).
    await svgToPng(wechat, WECHAT_COLUMN * 2);
    stages['WeChat PNG from the store']?.push(await time(() => svgToPng(wechat, WECHAT_COLUMN * 2)));
  }
}
// Two at a time, as the build renders them.
const jobs = views.flatMap((view) => {
  const credits = downloadCredits(view, ORIGIN);
  return [
    () => drawPng(view.standalone(DOWNLOAD_WIDTHS.pngWechat, credits), WECHAT_COLUMN * 2),
    () => drawSocialCard(view.standalone(DOWNLOAD_WIDTHS.pngSocial, credits)),
  ];
});
const started = performance.now();
let next = 0;
await Promise.all(
  [0, 1].map(async () => {
    while (next < jobs.length) await jobs[next++]?.();
  }),
);
const parallelMs = (performance.now() - started) / jobs.length;
const medians = Object.fromEntries(Object.entries(stages).map(([stage, ms]) => [stage, median(ms)]));
const md = [
  `# One PNG download, ${date}`,
  '',
  `Machine: ${machineLine(machine)}. **Shared and noisy** (other engineers build on the same two cores).`,
  '',
  `${views.length} chart × version pairs of the project, 3 rounds; medians in ms (font subset: first round only, ${stages['font subset']?.length} calls; a call reuses the union subset only when its chart brings no new character).`,
  '',
  '| Stage | Median |',
  '|---|---:|',
  ...Object.entries(medians).map(([stage, ms]) => `| ${stage} | ${ms.toFixed(1)} ms |`),
  `| mean of WeChat and social, one at a time | ${(((medians['WeChat PNG'] ?? 0) + (medians['social PNG'] ?? 0)) / 2).toFixed(1)} ms |`,
  `| wall time per PNG, two at a time (${jobs.length} PNGs, SVG included) | ${parallelMs.toFixed(1)} ms |`,
  '',
  'Before (bench/results/scale-2026-11-26.md): 74 ms per PNG route, one at a time.',
  '',
].join('\n');
mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true });
writeFileSync(
  path.join(ROOT, 'bench', 'results', `png-cost-${date}.json`),
  `${JSON.stringify({ date, machine, shared: true, pairs: views.length, medians, parallelMsPerPng: parallelMs, stages }, null, 2)}\n`,
);
writeFileSync(path.join(ROOT, 'bench', 'results', `png-cost-${date}.md`), md);
console.log(md);
