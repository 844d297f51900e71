/**
 * `npm run build`: checks the data and content, builds the site into a temporary folder and only
 * then swaps it into `dist/`. A bad edit or a failed step leaves the previous `dist/` untouched:
 * never a partial site.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'astro';
import { isEditorError } from '../src/lib/data/problems.ts';
import { projectRoot, runScript } from '../src/lib/cli.ts';

await runScript(async () => {
  const root = projectRoot();
  const dist = path.join(root, 'dist');
  const staging = path.join(root, `dist.staging-${process.pid}`);
  const started = performance.now();
  try {
    await build({ root, outDir: staging, logLevel: process.env['BUILD_LOG'] === 'verbose' ? 'info' : 'warn' });
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
