/**
 * Astro integration that guards editors' changes. In a build it runs every check before anything is
 * rendered and stops with the plain report. In the preview (`npm run dev`) it watches `data/` and
 * `content/`, prints the same report in the terminal on a bad edit and reloads the browser, where the
 * page keeps the last good data and shows the problems in a banner.
 */
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { EditorError, formatReport } from '../data/problems.ts';
import { runEditorChecks } from '../stories/editor-checks.ts';

const WHAT = { zh: '数据与内容检查', en: 'Data and content check' };

export function editorChecks(): AstroIntegration {
  return {
    name: 'editor-checks',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        const { problems } = runEditorChecks(process.cwd(), { includeDrafts: false });
        if (problems.length > 0) throw new EditorError(problems, WHAT);
      },
      'astro:server:setup': ({ server, logger }) => {
        const root = process.cwd();
        const watched = [path.join(root, 'data'), path.join(root, 'content')];
        server.watcher.add(watched);
        let lastReport = '';
        const recheck = (file: string): void => {
          if (!watched.some((dir) => file.startsWith(dir))) return;
          const { problems } = runEditorChecks(root, { includeDrafts: true });
          const report = problems.length > 0 ? formatReport(problems, WHAT) : '';
          if (report && report !== lastReport) logger.error(`\n${report}\n`);
          else if (!report && lastReport) logger.info('✓ 数据与内容检查通过 (data and content check passed)');
          lastReport = report;
          // Data files are read with fs, outside Vite's module graph, so reload the page ourselves.
          if (file.startsWith(watched[0] ?? '')) server.ws.send({ type: 'full-reload', path: '*' });
        };
        server.watcher.on('change', recheck);
        server.watcher.on('add', recheck);
        server.watcher.on('unlink', recheck);
        recheck(path.join(root, 'data', '.startup'));
      },
    },
  };
}
