/**
 * `npm run dev`: the editors' live preview. Draws any missing illustrations, then starts Astro's
 * dev server, which re-checks data and content on every save (src/integrations/editor-checks.ts).
 */
import { dev } from 'astro';
import { projectRoot, runScript } from './lib/cli.ts';
import { drawIllustrations } from './lib/draw-illustrations.ts';

await runScript(async () => {
  const root = projectRoot();
  await drawIllustrations(root);
  const port = Number(process.env['PORT'] ?? 4321);
  await dev({ root, server: { port } });
  await new Promise(() => {});
});
