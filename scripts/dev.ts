/**
 * `npm run dev`: the editors' live preview. Draws any missing illustrations, then starts Astro's
 * dev server, which re-checks data and content on every save (src/integrations/editor-checks.ts).
 */
import { dev } from 'astro';
import { formatReport } from '../src/data/problems.ts';
import { runEditorChecks } from '../src/stories/editor-checks.ts';
import { projectRoot, runScript } from './lib/cli.ts';
import { drawIllustrations } from './lib/draw-illustrations.ts';

await runScript(async () => {
  const root = projectRoot();
  await drawIllustrations(root);
  const port = Number(process.env['PORT'] ?? 4321);
  try {
    await dev({ root, server: { port } });
  } catch (error) {
    // Astro cannot start on some editor mistakes (a story's settings that break their schema): say
    // which, in the editors' words, instead of "internal error".
    const { problems } = runEditorChecks(root, { includeDrafts: true });
    if (problems.length === 0) throw error;
    console.error(
      '预览没有启动，改正下面的问题后再运行 npm run dev (the preview did not start: fix these, then run npm run dev again)',
    );
    console.error(formatReport(problems, { zh: '数据与内容检查', en: 'Data and content check' }));
    // Astro's half-started server (watchers, sockets) would keep the process alive: end it.
    process.exit(1);
  }
  await new Promise(() => {});
});
