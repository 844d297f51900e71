/**
 * bench/budget.json: the limits `npm run bench` and test/site/byte-budgets.test.ts hold the site to.
 * Read and checked here (a malformed budget stops with the path of the bad field); byte lines are
 * measured against a built dist/ by the same code in the bench and in the test.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { storyUrl } from '../../src/embed/urls.ts';
import { storyFiles } from '../../src/stories/editions.ts';
import { clientJs, distFile, fileSizes, htmlPages, largestImage, matchPages, readPage, sizesOf } from './page-bytes.ts';

export const BUDGET_FILE = path.join(import.meta.dirname, '..', 'budget.json');

const byteLine = z.strictObject({
  /** Stable id, printed with the result. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** What is measured, in words. */
  label: z.string().min(1),
  /**
   * `client-js-gzip`: every JS <script> of the page plus what it imports, gzip -9, summed;
   * `html-gzip`: the page's HTML, gzip -9; `file-gzip`: the listed files, gzip -9 each;
   * `largest-image`: the largest image file any page references, as stored.
   */
  measure: z.enum(['client-js-gzip', 'html-gzip', 'file-gzip', 'largest-image']),
  /** URL paths of the pages it applies to; `*` stands for one path segment. Every match must pass. */
  pages: z.array(z.string().startsWith('/')).optional(),
  /** Also every story page (one per content/stories/*.mdx and per edition), so a new story is held to the line too. */
  stories: z.boolean().optional(),
  /** URL paths of files, for `file-gzip`. */
  files: z.array(z.string().startsWith('/')).optional(),
  /** Upper limit in bytes (1 KB = 1000 B). */
  max: z.number().int().positive(),
  /** Where the limit comes from. */
  note: z.string().optional(),
});

const lighthouseLine = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
  /** A category score (0–100) or a metric: LCP and TBT in ms, CLS unitless. */
  measure: z.enum(['performance', 'accessibility', 'best-practices', 'seo', 'lcp-ms', 'cls', 'tbt-ms']),
  min: z.number().optional(),
  max: z.number().optional(),
});

const buildLine = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
  /** Wall time of the full build in seconds, or peak memory of the build's process tree in bytes. */
  measure: z.enum(['build-seconds', 'build-peak-bytes']),
  max: z.number().positive(),
});

export const budgetSchema = z.strictObject({
  comment: z.string().optional(),
  /** Byte budgets: deterministic, also run as tests against dist/. */
  bytes: z.array(byteLine).min(1),
  lighthouse: z.strictObject({
    /** Pages Lighthouse loads, each 3 times (median). */
    pages: z.array(z.string().startsWith('/')).min(1),
    /** Pages on which the `is-crawlable` audit is skipped because they carry noindex on purpose. */
    noindexPages: z.array(z.string().startsWith('/')),
    runs: z.number().int().min(1),
    lines: z.array(lighthouseLine).min(1),
  }),
  build: z.array(buildLine).min(1),
});

export type Budget = z.infer<typeof budgetSchema>;
export type ByteLine = Budget['bytes'][number];
export type LighthouseLine = Budget['lighthouse']['lines'][number];

export function readBudget(file = BUDGET_FILE): Budget {
  const result = budgetSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`${file} is not a valid budget:\n${issues}`);
  }
  return result.data;
}

/** One checked line: what was measured against which limit. */
export interface LineResult {
  id: string;
  label: string;
  /** Where the measurement was taken (the worst page for multi-page lines). */
  where: string;
  measured: number;
  limit: number;
  /** `max`: measured must be ≤ limit; `min`: ≥ limit. */
  kind: 'max' | 'min';
  unit: 'B' | 'score' | 'ms' | 's' | '';
  pass: boolean;
  note?: string;
}

export function checkLine(line: Omit<LineResult, 'pass'>): LineResult {
  const pass = line.kind === 'max' ? line.measured <= line.limit : line.measured >= line.limit;
  return { ...line, pass };
}

/** The URL path of every story page of the project at `root`: each content/stories/*.mdx and each edition of one. */
export function storyPages(root: string): string[] {
  return storyFiles(root).map(({ slug, lang }) => storyUrl(slug, lang));
}

/**
 * Measures one byte line against dist/: one result per page or file it covers. `stories` are the
 * story pages a line with `stories: true` covers (see `storyPages`).
 */
export function measureByteLine(dist: string, line: ByteLine, stories: readonly string[] = []): LineResult[] {
  const base = {
    id: line.id,
    label: line.label,
    limit: line.max,
    kind: 'max' as const,
    unit: 'B' as const,
    ...(line.note ? { note: line.note } : {}),
  };
  const pages = (): string[] => {
    const matched = matchPages(htmlPages(dist), [...(line.pages ?? []), ...(line.stories ? stories : [])]);
    if (matched.length === 0)
      throw new Error(`Budget ${line.id}: no page in ${dist} matches ${JSON.stringify(line.pages)}`);
    return matched;
  };
  switch (line.measure) {
    case 'client-js-gzip':
      return pages().map((page) => checkLine({ ...base, where: page, measured: clientJs(dist, page).total.gzip }));
    case 'html-gzip':
      return pages().map((page) => checkLine({ ...base, where: page, measured: sizesOf(readPage(dist, page)).gzip }));
    case 'file-gzip':
      return (line.files ?? []).map((url) => {
        const file = distFile(dist, url);
        if (!file) throw new Error(`Budget ${line.id}: ${url} is not in ${dist}`);
        return checkLine({ ...base, where: url, measured: fileSizes(file).gzip });
      });
    case 'largest-image': {
      const image = largestImage(dist);
      return [
        checkLine({
          ...base,
          where: image ? `${image.url} (on ${image.page})` : 'no images',
          measured: image?.bytes ?? 0,
        }),
      ];
    }
  }
}

/** The worst result of a line: the first failure, else the one closest to its limit. */
export function worst(results: readonly LineResult[]): LineResult | undefined {
  return [...results].sort((a, b) => Number(a.pass) - Number(b.pass) || b.measured / b.limit - a.measured / a.limit)[0];
}

/** How a value reads in a table: bytes as B / KB, scores as integers. */
export function formatValue(value: number, unit: LineResult['unit']): string {
  switch (unit) {
    case 'B':
      if (value >= 1_000_000) return `${(value / 1_000_000).toFixed(value >= 100_000_000 ? 0 : 1)} MB`;
      return value >= 10_000 ? `${(value / 1000).toFixed(1)} KB` : `${value} B`;
    case 'score':
      return String(Math.round(value));
    case 'ms':
      return `${Math.round(value)} ms`;
    case 's':
      return `${value.toFixed(1)} s`;
    case '':
      return value.toFixed(3);
  }
}

/**
 * One row per line for people to read: a byte line that covers many pages shows its worst page and
 * how many it covered; Lighthouse and build lines keep one row per page.
 */
export function byLine(results: readonly LineResult[]): { result: LineResult; of: number; failed: number }[] {
  const groups = new Map<string, LineResult[]>();
  for (const result of results) {
    const key = [result.id, result.label, result.unit === 'B' ? '' : result.where].join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), result]);
  }
  return [...groups.values()].map((group) => ({
    result: worst(group) as LineResult,
    of: group.length,
    failed: group.filter((r) => !r.pass).length,
  }));
}
