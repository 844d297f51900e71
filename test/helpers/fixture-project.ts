/**
 * A temporary project whose data is the test fixtures, not the shipped data: every dataset the
 * schemas know gets one published version, v1.json, from test/fixtures/data/<dataset>.json. A
 * dataset with no fixture gets a copy of the project's own v1.json instead, so adding a dataset
 * never needs a fixture for these tests to pass. Tests that break data files on purpose start here.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach } from 'vitest';
import { sha256 } from '../../src/data/hash.ts';
import { lockKey, writeLock } from '../../src/data/lock.ts';
import { DATASET_IDS, type DatasetId } from '../../src/schemas/index.ts';
import { FIXTURES, ROOT, tempProject } from './temp-project.ts';

/** The bytes of a dataset's sample version 1: its fixture, or else the project's own v1.json. */
export function sampleVersionBytes(dataset: DatasetId): Buffer {
  const fixture = path.join(FIXTURES, 'data', `${dataset}.json`);
  return readFileSync(existsSync(fixture) ? fixture : path.join(ROOT, 'data', dataset, 'v1.json'));
}

/**
 * A copy of the listed project entries (e.g. src and scripts, to run the editor's commands) plus a
 * data/ folder of fixtures, each published in data/published.lock.json, and no stories.
 */
export function fixtureProject(entries: string[] = []): { root: string; cleanup: () => void } {
  const project = tempProject(entries.filter((entry) => entry !== 'data'));
  const additions = DATASET_IDS.map((dataset) => {
    const bytes = sampleVersionBytes(dataset);
    mkdirSync(path.join(project.root, 'data', dataset), { recursive: true });
    writeFileSync(path.join(project.root, 'data', dataset, 'v1.json'), bytes);
    return { key: lockKey(dataset, 1), sha256: sha256(bytes), published_on: '2025-07-15' };
  });
  writeLock(project.root, { published: {} }, additions);
  // No stories: the data check also reads content/stories, to see which datasets they use.
  mkdirSync(path.join(project.root, 'content/stories'), { recursive: true });
  writeFixturePictures(project.root);
  return project;
}

/**
 * `npm run check` checks the pictures too: the fixture's first illustration as the only picture,
 * with a stand-in file (an illustration's file is only looked for, never measured).
 */
function writeFixturePictures(root: string): void {
  const fixture = JSON.parse(readFileSync(path.join(FIXTURES, 'pictures/pictures.json'), 'utf8')) as {
    pictures: { kind: string; file: string }[];
  };
  const illustration = fixture.pictures.find((picture) => picture.kind === 'illustration');
  if (!illustration) throw new Error('test/fixtures/pictures/pictures.json has no illustration');
  writeFileSync(
    path.join(root, 'content/pictures.json'),
    `${JSON.stringify({ pictures: [illustration], pairs: [] }, null, 2)}\n`,
  );
  const file = path.join(root, 'content/pictures', illustration.file);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, 'stand-in');
}

/**
 * For a test file whose tests run the editor's commands: a maker of fixture projects with the
 * project's src, scripts and packages, each removed after its test.
 */
export function commandProjects(): () => string {
  let cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups) cleanup();
    cleanups = [];
  });
  return () => {
    const project = fixtureProject(['src', 'scripts', 'package.json', 'node_modules']);
    cleanups.push(project.cleanup);
    return project.root;
  };
}
