/**
 * The build cache (docs/BUILD-CACHE.md) changes how long a build takes, never what it builds: in a
 * copy of the project, a warm build (pinned outputs restored) writes the same bytes as the cold one,
 * a build after a kept copy was truncated or altered detects it, renders it again and still writes
 * the same bytes, and a second cold build of the same files is byte-identical to the first.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CACHE_DIR } from '../../scripts/lib/build-cache.ts';
import { pngStoreDir } from '../../src/render/png-store.ts';
import { BUILDABLE, runProjectScript, tempProject } from '../helpers/temp-project.ts';

let project: ReturnType<typeof tempProject>;
/** sha256 of every file of the first, cold build's dist/, by path. */
let cold: Map<string, string>;

function files(dir: string, sub = ''): string[] {
  return readdirSync(path.join(dir, sub), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(sub, entry.name);
    return entry.isDirectory() ? files(dir, relative) : [relative];
  });
}

function hashes(dir: string): Map<string, string> {
  return new Map(
    files(dir)
      .sort()
      .map((file) => [
        file,
        createHash('sha256')
          .update(readFileSync(path.join(dir, file)))
          .digest('hex'),
      ]),
  );
}

const kept = () => path.join(project.root, CACHE_DIR, 'dist');

function build(): string {
  const result = runProjectScript(project.root, 'build-site.ts');
  expect(result.code, result.out).toBe(0);
  return result.out;
}

/** Makes the next build a cold one: everything but the shared optimised-image cache, which holds no output of ours. */
function dropBuildCache(): void {
  for (const entry of readdirSync(path.join(project.root, CACHE_DIR))) {
    if (entry !== 'assets') rmSync(path.join(project.root, CACHE_DIR, entry), { recursive: true, force: true });
  }
  rmSync(path.join(project.root, '.cache', 'font-subsets'), { recursive: true, force: true });
  rmSync(pngStoreDir(project.root), { recursive: true, force: true });
}

/** The paths whose bytes differ between two builds, or exist in only one. */
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((file) => a.get(file) !== b.get(file)).sort();
}

beforeAll(() => {
  project = tempProject(BUILDABLE);
  build();
  cold = hashes(path.join(project.root, 'dist'));
}, 300_000);

afterAll(() => project?.cleanup());

test('the cold build keeps a copy of every output of one chart or dataset: downloads, embeds, chart pages, oEmbed, data files', () => {
  const copies = files(kept());
  expect(copies.some((file) => /^downloads\/.+\.png$/.test(file))).toBe(true);
  expect(copies.some((file) => /^embed\/[^/]+\/v\d+\/index\.html$/.test(file))).toBe(true);
  expect(copies.some((file) => /^data\/[^/]+\/v\d+\.csv$/.test(file))).toBe(true);
  // Those that follow the newest data too, keyed by it.
  expect(copies.some((file) => /^embed\/[^/]+\/index\.html$/.test(file))).toBe(true);
  expect(copies.some((file) => /^charts\/[^/]+\/index\.html$/.test(file))).toBe(true);
  expect(copies.some((file) => /^en\/oembed\/[^/]+\/latest\.json/.test(file))).toBe(true);
  // Pages made of many inputs (a story, the home page, the chart index) are rendered every time.
  expect(copies.some((file) => file === 'index.html' || file === 'charts/index.html')).toBe(false);
  const copied = hashes(kept());
  for (const file of copies) expect(cold.get(file), file).toBe(copied.get(file));
});

test('a warm build restores the pinned outputs and writes the same bytes as the cold one', () => {
  const before = new Map(files(kept()).map((file) => [file, statSync(path.join(kept(), file)).mtimeMs]));
  build();
  expect(differences(cold, hashes(path.join(project.root, 'dist')))).toEqual([]);
  // Nothing pinned was rendered again: every kept copy is the one the cold build wrote.
  for (const [file, mtime] of before) expect(statSync(path.join(kept(), file)).mtimeMs, file).toBe(mtime);
}, 180_000);

test('a truncated or altered copy is detected by its hash and rendered again, to the same bytes', () => {
  const copies = files(kept());
  const png = copies.find((file) => file.endsWith('-social.png')) ?? '';
  const embed = copies.find((file) => /^embed\/.+\/index\.html$/.test(file)) ?? '';
  truncateSync(path.join(kept(), png), 64);
  const html = readFileSync(path.join(kept(), embed), 'utf8');
  writeFileSync(
    path.join(kept(), embed),
    html.replace(/第(\d)版/, (_, n: string) => `第${(Number(n) + 1) % 10}版`),
  );
  const out = build();
  expect(out).toContain('2 damaged build-cache files removed');
  expect(differences(cold, hashes(path.join(project.root, 'dist')))).toEqual([]);
  expect(readFileSync(path.join(kept(), embed), 'utf8')).toBe(html);
}, 180_000);

test('two cold builds of the same files are byte-identical', () => {
  dropBuildCache();
  build();
  expect(differences(cold, hashes(path.join(project.root, 'dist')))).toEqual([]);
}, 180_000);

test('a new story headline renders again exactly the chart pages and embeds that link to it, to the bytes of a cold build', () => {
  const stories = path.join(project.root, 'content', 'stories');
  const story = readdirSync(stories).find((name) => name.endsWith('.mdx')) ?? '';
  const slug = story.replace(/\.mdx$/, '');
  const text = readFileSync(path.join(stories, story), 'utf8');
  const marker = '缓存测试';
  const edited = text.replace(/^title: *(['"]?)/m, (start) => `${start}${marker}`);
  expect(edited).not.toBe(text);
  writeFileSync(path.join(stories, story), edited);
  const before = new Map(files(kept()).map((file) => [file, statSync(path.join(kept(), file)).mtimeMs]));
  build();
  const warm = hashes(path.join(project.root, 'dist'));
  const linking = [...warm.keys()].filter(
    (file) =>
      /^(charts\/[^/]+|embed\/[^/]+(\/v\d+)?)\/index\.html$/.test(file) &&
      readFileSync(path.join(project.root, 'dist', file), 'utf8').includes(`href="/${slug}/"`),
  );
  for (const file of linking) {
    expect(readFileSync(path.join(project.root, 'dist', file), 'utf8'), file).toContain(marker);
    expect(statSync(path.join(kept(), file)).mtimeMs, file).not.toBe(before.get(file));
  }
  // Downloads do not link to the story: kept as they were.
  for (const [file, mtime] of before) {
    if (file.startsWith('downloads/')) expect(statSync(path.join(kept(), file)).mtimeMs, file).toBe(mtime);
  }
  dropBuildCache();
  build();
  expect(differences(warm, hashes(path.join(project.root, 'dist')))).toEqual([]);
}, 300_000);

test('a change to the chart code renders the downloads again, but no PNG is drawn again whose SVG is the same', () => {
  const stored = () =>
    new Map(
      readdirSync(pngStoreDir(project.root)).map((name) => [
        name,
        statSync(path.join(pngStoreDir(project.root), name)).size,
      ]),
    );
  const before = stored();
  expect(before.size).toBeGreaterThan(0);
  const keptBefore = new Map(files(kept()).map((file) => [file, statSync(path.join(kept(), file)).mtimeMs]));
  const dist = hashes(path.join(project.root, 'dist'));
  // An unused export (a comment would be stripped before Astro hashes the code): every chart route's
  // module graph changes, so Astro renders them again, and no chart's drawing does.
  const registry = path.join(project.root, 'src', 'charts', 'index.ts');
  writeFileSync(
    registry,
    `${readFileSync(registry, 'utf8')}\nexport const BUILD_CACHE_TEST = 'code changed, output not';\n`,
  );
  build();
  expect(differences(dist, hashes(path.join(project.root, 'dist')))).toEqual([]);
  const png = [...keptBefore.keys()].filter((file) => file.endsWith('.png'));
  expect(png.length).toBeGreaterThan(0);
  for (const file of png) expect(statSync(path.join(kept(), file)).mtimeMs, file).not.toBe(keptBefore.get(file));
  expect(stored()).toEqual(before);
}, 300_000);
