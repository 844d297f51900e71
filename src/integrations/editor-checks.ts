/**
 * Astro integration that guards editors' changes. In a build it runs every check before anything is
 * rendered and stops with the plain report. In the preview (`npm run dev`) it watches `data/` and
 * `content/`, prints the same report in the terminal on a bad edit and reloads the browser, where the
 * page keeps the last good data and shows the problems in a banner, never Astro's error overlay.
 */
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { mdxToMdast } from 'satteri';
import type { Plugin } from 'vite';
import { EditorError, formatReport } from '../data/problems.ts';
import { runEditorChecks } from '../stories/editor-checks.ts';

const WHAT = { zh: '数据与内容检查', en: 'Data and content check' };

/** How long the preview waits after the last change to an editor's file before checking it. */
const SETTLE_MS = 120;

/**
 * In the preview, a story whose MDX does not parse reaches the MDX compiler as an empty text, so
 * the compiler never throws (which would replace the page with Astro's English overlay and print a
 * stack trace). The syntax error itself is reported by the check, in the terminal and in the banner,
 * and the story page shows a plain notice in place of the text until the file is fixed.
 */
function quietStorySyntax(storiesDir: string): Plugin {
  return {
    name: 'editor-checks:quiet-story-syntax',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('.mdx') || !path.resolve(id).startsWith(storiesDir + path.sep)) return undefined;
      try {
        mdxToMdast(code);
        return undefined;
      } catch {
        return { code: '', map: null };
      }
    },
  };
}

export function editorChecks(): AstroIntegration {
  return {
    name: 'editor-checks',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'dev') {
          updateConfig({ vite: { plugins: [quietStorySyntax(path.join(process.cwd(), 'content', 'stories'))] } });
        }
        if (command !== 'build') return;
        const { problems } = runEditorChecks(process.cwd(), { includeDrafts: false });
        if (problems.length > 0) throw new EditorError(problems, WHAT);
      },
      'astro:server:setup': ({ server, logger }) => {
        const root = process.cwd();
        const watched = [path.join(root, 'data'), path.join(root, 'content')];
        server.watcher.add(watched);
        let lastReport = '';
        const report = (): void => {
          const { problems } = runEditorChecks(root, { includeDrafts: true });
          const text = problems.length > 0 ? formatReport(problems, WHAT) : '';
          // A warning, not an error: the report is the editor's to act on, and Astro's "[ERROR]" label
          // reads as if the preview itself had crashed. The report says plainly what failed.
          if (text && text !== lastReport) logger.warn(`\n${text}\n`);
          else if (!text && lastReport) logger.info('✓ 数据与内容检查通过 (data and content check passed)');
          lastReport = text;
        };
        // A save can arrive as several events (truncate, then write; or write to a temporary file and
        // rename), and the watcher may report only the first, when the file is still empty. The
        // terminal's check runs once the saves have settled, so it reads what the editor saved.
        let pending: ReturnType<typeof setTimeout> | undefined;
        const saved = (file: string): void => {
          if (!watched.some((dir) => file.startsWith(dir + path.sep))) return;
          // Data files and content/pictures.json are read with fs, outside Vite's module graph: reload
          // the open page on any save, at once. The page runs its own check when it is requested.
          server.ws.send({ type: 'full-reload', path: '*' });
          clearTimeout(pending);
          pending = setTimeout(report, SETTLE_MS);
        };
        server.watcher.on('change', saved);
        server.watcher.on('add', saved);
        server.watcher.on('unlink', saved);
        report();
      },
    },
  };
}
