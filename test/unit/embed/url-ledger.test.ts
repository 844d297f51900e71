/** The URL ledger: every published URL must still be built; new ones are recorded, sorted, once. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { builtUrls, LEDGER_FILE, missingUrls, readLedger, recordUrls } from '../../../src/embed/url-ledger.ts';
import { tempProject } from '../../helpers/temp-project.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function site(files: string[]): string {
  const project = tempProject([]);
  cleanup = project.cleanup;
  for (const file of files) {
    const full = path.join(project.root, 'dist', file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, 'x');
  }
  mkdirSync(path.join(project.root, 'data'), { recursive: true });
  return project.root;
}

describe('url ledger', () => {
  test('built files become URLs; hashed assets and _headers are not URLs', () => {
    const root = site([
      'index.html',
      'embed/a/v1/index.html',
      'data/a/v1.json',
      '_astro/x.123.js',
      '_headers',
      'embed.js',
    ]);
    expect(builtUrls(path.join(root, 'dist'))).toEqual(['/', '/data/a/v1.json', '/embed.js', '/embed/a/v1/']);
  });

  test('a URL that disappears is named', () => {
    const problems = missingUrls(['/embed/a/v1/', '/embed/a/v2/'], ['/embed/a/v1/']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: LEDGER_FILE, path: '/embed/a/v2/' });
    expect(problems[0]?.message).toContain('disappear');
    expect(missingUrls(['/a/'], ['/a/', '/b/'])).toEqual([]);
  });

  test('recording adds only new URLs and never removes old ones', () => {
    const root = site([]);
    expect(recordUrls(root, ['/b/', '/a/'])).toEqual(['/b/', '/a/']);
    expect(recordUrls(root, ['/a/', '/c/'])).toEqual(['/c/']);
    expect(readLedger(root)).toEqual(['/a/', '/b/', '/c/']);
    expect(JSON.parse(readFileSync(path.join(root, LEDGER_FILE), 'utf8')).comment).toContain('只增不减');
  });
});
