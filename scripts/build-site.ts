/**
 * `npm run build`: checks the data and content, draws missing illustrations, builds the site into
 * a temporary folder, checks that no published URL disappeared, and only then swaps the new site
 * into `dist/`. A bad edit or a failed step leaves the previous `dist/` untouched: never a partial
 * site.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'astro';
import { EditorError, isEditorError } from '../src/data/problems.ts';
import { builtUrls, missingUrls, readLedger } from '../src/embed/url-ledger.ts';
import { runEditorChecks } from '../src/stories/editor-checks.ts';
import { prunePngStore } from '../src/render/png-store.ts';
import { prepareBuildCache, recordBuildCache } from './lib/build-cache.ts';
import { projectRoot, runScript } from './lib/cli.ts';
import { drawIllustrations } from './lib/draw-illustrations.ts';

/** Whether a process with this id is running (EPERM: it runs, as another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/**
 * Removes the staging and old folders that interrupted builds left (killed before their own
 * clean-up could run). A folder whose build is still running is left alone: two builds may run
 * side by side.
 */
function removeStaleFolders(root: string): void {
  for (const name of readdirSync(root)) {
    const match = /^dist\.(?:staging|old)-(\d+)$/.exec(name);
    if (match && !isRunning(Number(match[1]))) rmSync(path.join(root, name), { recursive: true, force: true });
  }
}

/**
 * On Ctrl+C or a stop signal, leave what the next build expects: dist/ as it was (moved back if
 * the swap was half done) and no staging or old folder.
 */
function cleanUpOnSignal(dist: string, staging: string, old: string): void {
  const stop = (signal: NodeJS.Signals, code: number) => {
    if (!existsSync(dist) && existsSync(old)) renameSync(old, dist);
    // File writes Astro already handed to libuv's threads finish after a first removal and can make
    // the folder again. No new write starts while this handler holds the thread, so remove, wait for
    // those to land, and remove again until the folder stays gone.
    const pause = new Int32Array(new SharedArrayBuffer(4));
    for (let round = 0; round < 5 && (round === 0 || existsSync(staging)); round++) {
      rmSync(staging, { recursive: true, force: true });
      Atomics.wait(pause, 0, 0, 50);
    }
    rmSync(staging, { recursive: true, force: true });
    rmSync(old, { recursive: true, force: true });
    console.error(`  · 已中断，未更改 dist/ (${signal}: build interrupted, dist/ unchanged)`);
    process.exit(code);
  };
  process.once('SIGINT', () => stop('SIGINT', 130));
  process.once('SIGTERM', () => stop('SIGTERM', 143));
}

await runScript(async () => {
  const root = projectRoot();
  const dist = path.join(root, 'dist');
  const staging = path.join(root, `dist.staging-${process.pid}`);
  const old = path.join(root, `dist.old-${process.pid}`);
  const started = performance.now();
  removeStaleFolders(root);
  cleanUpOnSignal(dist, staging, old);
  if (!process.env['SITE_URL']) {
    console.log(
      '  · 未设置 SITE_URL：嵌入代码、charts.json 和下载图片里的网址会是 http://localhost:4321；正式发布前请设置。(SITE_URL is not set: embed codes, charts.json and downloads will point at http://localhost:4321; set it for production.)',
    );
  }
  // Illustrations are build outputs that stand in for photos; astro:assets needs the files to exist.
  await drawIllustrations(root);
  // The same checks the integration runs at config setup, first: an editor's mistake then gets only
  // its plain report, without Astro's "[ERROR] An unhandled error occurred while running the hook".
  const { problems } = runEditorChecks(root, { includeDrafts: false });
  if (problems.length > 0) throw new EditorError(problems, { zh: '数据与内容检查', en: 'Data and content check' });
  // Outputs under pinned URLs are restored from the build cache; a damaged copy is deleted first, so it is rendered again.
  const cacheCheck = prepareBuildCache(root);
  if (cacheCheck.removed.length > 0) {
    console.log(
      `  · 构建缓存中有 ${cacheCheck.removed.length} 个文件损坏或不完整，已删除并将重新生成 (${cacheCheck.removed.length} damaged build-cache files removed; they are rendered again)`,
    );
  }
  try {
    await build({ root, outDir: staging, logLevel: process.env['BUILD_LOG'] === 'verbose' ? 'info' : 'warn' });
    recordBuildCache(root);
    prunePngStore(root);
    const built = builtUrls(staging);
    const missing = missingUrls(readLedger(root), built);
    if (missing.length > 0) throw new EditorError(missing, { zh: '网址检查', en: 'URL check' });
    const unrecorded = built.length - new Set(readLedger(root)).size;
    if (unrecorded > 0) {
      console.log(
        `  · 有 ${unrecorded} 个新网址尚未记录；发布后请运行 npm run urls:record (new URLs not yet recorded: run npm run urls:record)`,
      );
    }
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    // Astro may wrap the error thrown by the checks; unwrap to show the editor's report.
    const cause = isEditorError(error) ? error : (error as { cause?: unknown }).cause;
    if (isEditorError(cause)) throw cause;
    throw error;
  }
  if (existsSync(dist)) renameSync(dist, old);
  renameSync(staging, dist);
  rmSync(old, { recursive: true, force: true });
  console.log(`✓ 网站已生成 site built in dist/ (${((performance.now() - started) / 1000).toFixed(1)} s)`);
});
