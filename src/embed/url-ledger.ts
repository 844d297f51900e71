/**
 * URLs never die. `data/published-urls.json` lists every URL the site has published (pages,
 * embeds, data files, downloads). Each build compares its output with it and fails, naming the URL,
 * if one would disappear; `npm run urls:record` adds the new URLs of a build to it.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { EditorProblem } from '../data/problems.ts';

export const LEDGER_FILE = 'data/published-urls.json';

/** Build files that are not public URLs: hashed assets change names by design. */
function isPublicFile(relative: string): boolean {
  return !relative.startsWith('_astro/') && relative !== '_headers' && !relative.endsWith('.DS_Store');
}

/** Every public URL path in a built site folder, sorted: `index.html` files become directory URLs. */
export function builtUrls(distDir: string): string[] {
  const urls: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        walk(full);
        continue;
      }
      const relative = path.relative(distDir, full).split(path.sep).join('/');
      if (!isPublicFile(relative)) continue;
      urls.push(
        relative === 'index.html'
          ? '/'
          : relative.endsWith('/index.html')
            ? `/${relative.slice(0, -'index.html'.length)}`
            : `/${relative}`,
      );
    }
  };
  walk(distDir);
  return urls.sort();
}

export function readLedger(root: string): string[] {
  const file = path.join(root, LEDGER_FILE);
  if (!existsSync(file)) return [];
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { urls?: unknown };
  return Array.isArray(parsed.urls) ? parsed.urls.filter((u): u is string => typeof u === 'string') : [];
}

/** Problems for every recorded URL the new build would no longer serve. */
export function missingUrls(ledger: readonly string[], built: readonly string[]): EditorProblem[] {
  const present = new Set(built);
  return ledger
    .filter((url) => !present.has(url))
    .map((url) => ({
      file: LEDGER_FILE,
      path: url,
      message: '这个已发布的网址在新的构建里消失了 (this published URL would disappear)',
      fix: '已发布的网址不能删除：恢复产生它的数据版本、图表或页面（图表 id 和数据版本都不能改名或删除）(published URLs are permanent: restore the data version, chart or page that made it)',
    }));
}

/** Adds URLs to the ledger file, keeping it sorted and without duplicates; returns what was added. */
export function recordUrls(root: string, built: readonly string[]): string[] {
  const ledger = readLedger(root);
  const known = new Set(ledger);
  const added = built.filter((url) => !known.has(url));
  const urls = [...new Set([...ledger, ...built])].sort();
  const body = {
    comment:
      '本站发布过的全部网址，只增不减。由 npm run urls:record 写入。(Every URL this site has published; it only grows. Written by npm run urls:record.)',
    urls,
  };
  writeFileSync(path.join(root, LEDGER_FILE), `${JSON.stringify(body, null, 2)}\n`);
  return added;
}
