/**
 * The data as pages see it. A public build uses published versions only and stops on any problem;
 * the editors' preview (`npm run dev`) includes drafts and, on a bad edit, keeps serving the last
 * good data with the problems attached, so the page explains the error instead of crashing. In the
 * preview the story text and pictures are checked too, so a page can show their problems as well.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkStories } from './check-content.ts';
import { checkPictures } from './check-pictures.ts';
import { checkQuoteTranslations } from './quote-translations.ts';
import { loadCatalog, type Catalog } from '../data/catalog.ts';
import { EditorError, type EditorProblem } from '../data/problems.ts';

export interface SiteData {
  catalog: Catalog;
  /** Problems with the current files; in the preview the catalog is then the last good one. */
  problems: readonly EditorProblem[];
  /** True in the editors' preview, where drafts are shown and marked. */
  preview: boolean;
}

let cached: { key: string; data: SiteData } | undefined;
let lastGood: Catalog | undefined;

/** A fingerprint of the editors' files (names, sizes, times), so the preview re-checks only on change. */
function fingerprint(root: string): string {
  const parts: string[] = [];
  const walk = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      const stat = statSync(full);
      if (stat.isDirectory()) walk(full);
      else parts.push(`${full}:${stat.size}:${stat.mtimeMs}`);
    }
  };
  walk(path.join(root, 'data'));
  walk(path.join(root, 'content', 'stories'));
  for (const file of ['pictures.json', 'quotes.en.json']) {
    const full = path.join(root, 'content', file);
    if (existsSync(full)) parts.push(`${full}:${statSync(full).mtimeMs}`);
  }
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
  // throws (showing the same report in the error overlay) when it has not yet seen good data.
  else if (!preview || !lastGood) throw new EditorError(catalog.problems, { zh: '数据检查', en: 'Data check' });
  const shown = lastGood ?? catalog;
  const contentProblems = preview
    ? [...checkPictures(root), ...checkQuoteTranslations(root), ...checkStories(root, shown)]
    : [];
  const data: SiteData = { catalog: shown, problems: [...catalog.problems, ...contentProblems], preview };
  cached = { key, data };
  return data;
}
