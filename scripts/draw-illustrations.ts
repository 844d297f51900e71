/**
 * `npm run pictures:draw [-- --force]`: draws the story's illustrations (labelled "示意图，非实拍")
 * into content/pictures/illustrations/. Missing files are drawn; `--force` redraws them all.
 */
import { projectRoot, runScript } from './lib/cli.ts';
import { ILLUSTRATIONS_DIR, drawIllustrations } from './lib/draw-illustrations.ts';

await runScript(async () => {
  const force = process.argv.includes('--force');
  const started = performance.now();
  const written = await drawIllustrations(projectRoot(), { force });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (written.length === 0) {
    console.log(
      `✓ 示意图已是最新，无需重绘 (illustrations up to date in ${ILLUSTRATIONS_DIR}/; use --force to redraw)`,
    );
  } else {
    for (const file of written) console.log(`  ${file}`);
    console.log(`✓ 已绘制 ${written.length} 张示意图 (drew ${written.length} illustrations in ${seconds} s)`);
  }
});
