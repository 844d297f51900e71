/**
 * `npm run build`: checks the data and content, draws missing illustrations, builds the site into
 * a temporary folder, checks that no published URL disappeared, and only then swaps the new site
 * into `dist/`. A bad edit or a failed step leaves the previous `dist/` untouched: never a partial
 * site.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'astro';
import { EditorError, isEditorError } from '../src/data/problems.ts';
import { builtUrls, missingUrls, readLedger } from '../src/embed/url-ledger.ts';
import { projectRoot, runScript } from './lib/cli.ts';
import { drawIllustrations } from './lib/draw-illustrations.ts';

await runScript(async () => {
  const root = projectRoot();
  const dist = path.join(root, 'dist');
  const staging = path.join(root, `dist.staging-${process.pid}`);
  const started = performance.now();
  if (!process.env['SITE_URL']) {
    console.log(
      '  · 未设置 SITE_URL：嵌入代码、charts.json 和下载图片里的网址会是 http://localhost:4321；正式发布前请设置。(SITE_URL is not set: embed codes, charts.json and downloads will point at http://localhost:4321; set it for production.)',
    );
  }
  // Illustrations are build outputs that stand in for photos; astro:assets needs the files to exist.
  await drawIllustrations(root);
  try {
    await build({ root, outDir: staging, logLevel: process.env['BUILD_LOG'] === 'verbose' ? 'info' : 'warn' });
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
  const old = path.join(root, `dist.old-${process.pid}`);
  if (existsSync(dist)) renameSync(dist, old);
  renameSync(staging, dist);
  rmSync(old, { recursive: true, force: true });
  console.log(`✓ 网站已生成 site built in dist/ (${((performance.now() - started) / 1000).toFixed(1)} s)`);
});
