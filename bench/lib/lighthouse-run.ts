/**
 * One Lighthouse run with mobile defaults (Moto G Power emulation, simulated throttling: 150 ms RTT,
 * 1.6 Mbps, 4× CPU slowdown) in a fresh headless Debian Chromium, reduced to the numbers the
 * benchmark keeps: four category scores, the Web Vitals, the network requests the page made, and
 * the audits that explain a low score.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-gpu',
];
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** A request the page made, as Lighthouse recorded it. */
export interface NetworkRequest {
  url: string;
  resourceType: string;
  mimeType: string;
  /** Bytes on the wire, headers included, as served (compressed when the server compressed). */
  transferSize: number;
  /** Decoded body size. */
  resourceSize: number;
  statusCode: number;
}

/** An audit that did not score full marks, with its biggest offenders. */
export interface AuditFinding {
  id: string;
  title: string;
  score: number | null;
  displayValue?: string;
  /** Savings Lighthouse estimates for metrics, e.g. { LCP: 300 }. */
  metricSavings?: Record<string, number>;
  /** Up to 8 rows of the audit's table, flattened to text. */
  items: string[];
}

export interface LighthouseRun {
  scores: Record<Category, number>;
  metrics: { fcpMs: number; lcpMs: number; tbtMs: number; cls: number; speedIndexMs: number };
  requests: NetworkRequest[];
  /** Audits below full marks in any category, plus the diagnostics that explain performance (PERFORMANCE_DIAGNOSTICS). */
  findings: AuditFinding[];
  benchmarkIndex: number;
  lighthouseVersion: string;
  userAgent: string;
  warnings: string[];
}

/** Audits that explain the performance numbers, kept whatever their own score. */
const PERFORMANCE_DIAGNOSTICS = [
  'largest-contentful-paint-element',
  'lcp-breakdown-insight',
  'lcp-discovery-insight',
  'render-blocking-insight',
  'document-latency-insight',
  'network-dependency-tree-insight',
  'long-tasks',
  'mainthread-work-breakdown',
  'bootup-time',
  'dom-size-insight',
  'total-byte-weight',
  'image-delivery-insight',
  'cls-culprits-insight',
  'forced-reflow-insight',
  'unused-javascript',
  'unused-css-rules',
];

type Details = { type?: string; items?: unknown[]; headings?: { key?: string | null }[] } | undefined;

function flattenItem(item: unknown, depth = 0): string {
  if (item === null || item === undefined) return '';
  if (typeof item !== 'object') return String(item);
  const record = item as Record<string, unknown>;
  if (record['type'] === 'node')
    return `<${String(record['nodeLabel'] ?? '')}> ${String(record['selector'] ?? '')}`.trim();
  if (record['type'] === 'url' || record['type'] === 'source-location')
    return String(record['url'] ?? record['value'] ?? '');
  if (depth > 2) return '';
  if (Array.isArray(item))
    return item
      .map((i) => flattenItem(i, depth + 1))
      .filter(Boolean)
      .join('; ');
  return Object.entries(record)
    .filter(
      ([key, value]) =>
        value !== undefined &&
        value !== null &&
        !['type', 'subItems', 'path', 'snippet', 'boundingRect', 'lhId'].includes(key),
    )
    .map(([key, value]) => {
      const text = typeof value === 'number' ? String(Math.round(value * 100) / 100) : flattenItem(value, depth + 1);
      return text ? `${key}=${text}` : '';
    })
    .filter(Boolean)
    .join(' ');
}

function itemsOf(details: Details): string[] {
  if (!details) return [];
  const items: unknown = details.items;
  // A checklist's items are a record of named checks; other tables are lists of rows.
  const rows = Array.isArray(items)
    ? items
    : items && typeof items === 'object'
      ? Object.entries(items).map(([key, value]) => ({ check: key, ...(value as object) }))
      : [];
  if (details.type === 'list') return rows.flatMap((sub) => itemsOf(sub as Details)).slice(0, 8);
  return rows.slice(0, 8).map((item) => flattenItem(item).slice(0, 300));
}

export function findingsOf(lhr: Result): AuditFinding[] {
  const wanted = new Set<string>();
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.scoreDisplayMode === 'notApplicable' || audit.scoreDisplayMode === 'manual') continue;
      const failing = audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative';
      if (failing) wanted.add(ref.id);
    }
  }
  for (const id of PERFORMANCE_DIAGNOSTICS) if (lhr.audits[id]) wanted.add(id);
  return [...wanted].flatMap((id) => {
    const audit = lhr.audits[id];
    if (!audit || audit.scoreDisplayMode === 'notApplicable') return [];
    const savings = (audit as { metricSavings?: Record<string, number> }).metricSavings;
    return [
      {
        id,
        title: audit.title,
        score: audit.score,
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
        ...(savings && Object.values(savings).some((v) => v > 0) ? { metricSavings: savings } : {}),
        items: itemsOf(audit.details as Details),
      },
    ];
  });
}

function numeric(lhr: Result, id: string): number {
  return lhr.audits[id]?.numericValue ?? Number.NaN;
}

/** Runs Lighthouse once on `url` in a new Chromium, which is closed afterwards. */
export async function runLighthouse(
  url: string,
  options: { skipAudits?: string[] } = {},
): Promise<{ run: LighthouseRun; lhr: Result }> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROMIUM_FLAGS,
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
      ...(options.skipAudits?.length ? { skipAudits: options.skipAudits } : {}),
      // The full-page screenshot only feeds the HTML report; it also resizes the page, which would load lazy images.
      disableFullPageScreenshot: true,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const lhr = result.lhr;
    if (lhr.runtimeError)
      throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = (category: Category): number => Math.round((lhr.categories[category]?.score ?? Number.NaN) * 100);
    const requestItems = ((lhr.audits['network-requests']?.details as Details)?.items ?? []) as Record<
      string,
      unknown
    >[];
    return {
      lhr,
      run: {
        scores: {
          performance: score('performance'),
          accessibility: score('accessibility'),
          'best-practices': score('best-practices'),
          seo: score('seo'),
        },
        metrics: {
          fcpMs: numeric(lhr, 'first-contentful-paint'),
          lcpMs: numeric(lhr, 'largest-contentful-paint'),
          tbtMs: numeric(lhr, 'total-blocking-time'),
          cls: numeric(lhr, 'cumulative-layout-shift'),
          speedIndexMs: numeric(lhr, 'speed-index'),
        },
        requests: requestItems.map((item) => ({
          url: String(item['url']),
          resourceType: String(item['resourceType'] ?? ''),
          mimeType: String(item['mimeType'] ?? ''),
          transferSize: Number(item['transferSize'] ?? 0),
          resourceSize: Number(item['resourceSize'] ?? 0),
          statusCode: Number(item['statusCode'] ?? 0),
        })),
        findings: findingsOf(lhr),
        benchmarkIndex: lhr.environment.benchmarkIndex,
        lighthouseVersion: lhr.lighthouseVersion,
        userAgent: lhr.environment.hostUserAgent,
        warnings: lhr.runWarnings,
      },
    };
  } finally {
    chrome.kill();
  }
}
