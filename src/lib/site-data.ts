/**
 * The data as pages see it. A public build uses published versions only and stops on any problem;
 * the editors' preview (`npm run dev`) includes drafts and, on a bad edit, keeps serving the last
 * good data with the problems attached, so the page explains the error instead of crashing.
 */
import { statSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { loadCatalog, type Catalog } from './data/catalog.ts';
import { EditorError, type EditorProblem } from './data/problems.ts';

export interface SiteData {
  catalog: Catalog;
  /** Problems with the current files; in the preview the catalog is then the last good one. */
  problems: readonly EditorProblem[];
  /** True in the editors' preview, where drafts are shown and marked. */
  preview: boolean;
}

let cached: { key: string; data: SiteData } | undefined;
let lastGood: Catalog | undefined;

/** A fingerprint of the data folder (names, sizes, times), so the preview re-reads only on change. */
function fingerprint(root: string): string {
  const dataDir = path.join(root, 'data');
  const parts: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      const stat = statSync(full);
      if (stat.isDirectory()) walk(full);
      else parts.push(`${full}:${stat.size}:${stat.mtimeMs}`);
    }
  };
  walk(dataDir);
  return parts.join('|');
}

export function getSiteData(): SiteData {
  const root = process.cwd();
  const preview = import.meta.env.DEV;
  const key = preview ? fingerprint(root) : 'build';
  if (cached?.key === key) return cached.data;
  const catalog = loadCatalog(root, { includeDrafts: preview });
  if (catalog.problems.length === 0) lastGood = catalog;
  // A public build never shows bad data; the preview falls back to the last good data, and only
  // throws (showing the same report in the error overlay) when it has never seen good data.
  else if (!preview || !lastGood) throw new EditorError(catalog.problems, { zh: '数据检查', en: 'Data check' });
  const data: SiteData = { catalog: lastGood ?? catalog, problems: catalog.problems, preview };
  cached = { key, data };
  return data;
}
