/**
 * Every built HTML page is valid HTML by the Nu Html Checker (vnu-jar from npm, run on Java once for
 * all pages). Errors fail, each printed with its file, line and message; warnings are printed only.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { htmlPathsInDist } from '../helpers/site-pages.ts';
import { ROOT } from '../helpers/temp-project.ts';

const DIST = process.env['DIST_DIR'] ?? path.join(ROOT, 'dist');
const VNU_JAR = path.join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/**
 * Messages that are the checker's own gaps, not errors in the pages. Each is matched exactly and
 * only where it applies; anything else fails.
 * - The checker's CSS parser predates container queries (CSS Containment 3, in every current
 *   browser): it rejects `@container` and the `container` property in our inline styles.
 * - Its SVG schema is SVG 1.1, where the `font-variant` attribute may only be normal or
 *   small-caps; SVG 2 presentation attributes take any CSS value of the property, and Plot writes
 *   `font-variant="tabular-nums"` on numeric axis labels.
 */
const CHECKER_GAPS: ((m: VnuMessage) => boolean)[] = [
  (m) => m.message === 'CSS: Unrecognized at-rule “@container”',
  (m) => m.message === "CSS: “container”: Property “container” doesn't exist.",
  (m) => m.message === 'Bad value “tabular-nums” for attribute “font-variant” on element “g”.',
];

let messages: VnuMessage[] = [];
const files = htmlPathsInDist(DIST).map((urlPath) =>
  path.join(DIST, urlPath, urlPath.endsWith('.html') ? '' : 'index.html'),
);

function where(m: VnuMessage): string {
  return `${path.relative(DIST, new URL(m.url ?? 'file:///?').pathname)}:${m.lastLine ?? '?'}`;
}

beforeAll(() => {
  try {
    execFileSync('java', ['-version'], { stdio: 'pipe' });
  } catch {
    throw new Error('Java is needed for the Nu Html Checker: sudo apt-get install -y default-jre-headless');
  }
  // One JVM for every page; JSON on stdout; the exit code is ours to judge.
  const run = spawnSync('java', ['-jar', VNU_JAR, '--format', 'json', '--stdout', '--exit-zero-always', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`vnu failed (${run.status}): ${run.stderr}`);
  messages = (JSON.parse(run.stdout) as { messages: VnuMessage[] }).messages;
  // Printed grouped: the checker reads the files from disk, so its CSP warnings ('self' under
  // file://, no hash support) say nothing about the served pages; the browser tests check those.
  const warnings = new Map<string, number>();
  for (const m of messages.filter((m) => m.type === 'info' && m.subType === 'warning')) {
    const key = m.message.replace(/“[^”]*”/g, '“…”');
    warnings.set(key, (warnings.get(key) ?? 0) + 1);
  }
  if (warnings.size > 0)
    console.log(`vnu warnings (not failures):\n${[...warnings].map(([m, n]) => `  ${n}× ${m}`).join('\n')}`);
}, 120_000);

describe('Nu Html Checker', () => {
  test('checks every HTML page in dist/', () => {
    expect(files.length).toBeGreaterThan(20);
    // A page the checker could not read is reported as a non-document error.
    expect(messages.filter((m) => m.type === 'non-document-error')).toEqual([]);
  });

  test('no HTML errors', () => {
    const errors = messages.filter((m) => m.type === 'error' && !CHECKER_GAPS.some((gap) => gap(m)));
    const report = errors.map((m) => `${where(m)}: ${m.message}\n    ${(m.extract ?? '').replace(/\n/g, ' ')}`);
    expect(errors.length, `\n${report.join('\n')}\n`).toBe(0);
  });
});
