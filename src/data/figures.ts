/**
 * Resolves a prose reference like `enclosures.sites_rectified` or `timeline.events.launch.date` to
 * the fact in the newest data version: a figure (with its unit and label from the schema) or a date.
 * Used by `<Num>`, by data placeholders in frontmatter and by the content check, so the check and
 * the page agree on what exists.
 */
import type { Qualifier } from '../schemas/fields.ts';
import { DATASET_SCHEMAS, isDatasetId, type DatasetId } from '../schemas/index.ts';
import { newestHiddenDraft, onlyInDraft, unpublishedDataset, type Catalog, type CatalogVersion } from './catalog.ts';
import { getAtPath, parsePath } from '../text/json-path.ts';
import { metaOf, schemaAt } from './schema-at.ts';
import { formatChineseDate, formatEnglishDate, formatEnglishFigure, formatFigure } from '../text/format-number.ts';
import type { Lang } from '../text/lang.ts';

interface FactBase {
  dataset: DatasetId;
  version: number;
  /** The path inside the dataset, e.g. `sites_rectified`. */
  field: string;
  /** Label from the schema, e.g. "整治围挡". */
  label: string;
  /** The fact formatted for prose, e.g. "17.3万平方米" or "2025年6月17日". */
  text: string;
}

export interface FigureFact extends FactBase {
  kind: 'figure';
  value: number;
  qualifier?: Qualifier;
  unit: string;
  /** The unit in English, from the schema, e.g. "m²" or "hoardings". */
  unit_en: string;
}

export interface DateFact extends FactBase {
  kind: 'date';
  /** ISO date as stored, possibly partial ("2025"). */
  iso: string;
}

export type Fact = FigureFact | DateFact;

export type FactLookup = { ok: true; fact: Fact } | { ok: false; message: string; fix: string };

/** Looks up `<dataset>.<path>`; never throws, so callers choose how to report a miss. */
export function lookupFact(catalog: Catalog, reference: string): FactLookup {
  const dot = reference.indexOf('.');
  const datasetName = dot === -1 ? reference : reference.slice(0, dot);
  const field = dot === -1 ? '' : reference.slice(dot + 1);
  if (!isDatasetId(datasetName)) {
    return {
      ok: false,
      message: `没有名为 "${datasetName}" 的数据集 (no dataset named "${datasetName}")`,
      fix: `写成 数据集.字段，数据集可选 ${Object.keys(DATASET_SCHEMAS).join(', ')} (write dataset.field)`,
    };
  }
  const latest = catalog.versions.get(datasetName)?.at(-1);
  if (!latest) {
    const { message, fix = '' } = unpublishedDataset(datasetName);
    return { ok: false, message, fix };
  }
  const fact = factIn(latest, field);
  if (fact) return { ok: true, fact };
  // A field or event written into a draft but not published: the public build lacks it until it is.
  const draft = newestHiddenDraft(catalog, datasetName);
  if (draft && factIn(draft, field)) {
    return { ok: false, ...onlyInDraft({ zh: `数据 ${reference} `, en: `the figure or date ${reference}` }, draft) };
  }
  return {
    ok: false,
    message: `数据 ${datasetName} v${latest.version} 里没有数字或日期字段 "${field}" (no figure or date "${field}" in ${datasetName} v${latest.version})`,
    fix: `检查拼写；字段名见 data/${datasetName}/v${latest.version}.json (check the spelling against the data file)`,
  };
}

/** The figure or date at `field` in one version, with its label and unit from the schema, if there is one. */
function factIn(version: CatalogVersion, field: string): Fact | undefined {
  const dataset = version.dataset;
  const segments = parsePath(field);
  const schema = segments ? schemaAt(DATASET_SCHEMAS[dataset], segments) : undefined;
  const meta = schema ? metaOf(schema) : undefined;
  const raw = segments ? getAtPath(version.data, segments) : undefined;
  const base = { dataset, version: version.version, field, label: String(meta?.['label'] ?? field) };
  if (meta?.['figure'] === true && raw !== undefined) {
    const { value, qualifier } =
      typeof raw === 'number' ? { value: raw, qualifier: undefined } : (raw as { value: number; qualifier: Qualifier });
    const unit = String(meta['unit'] ?? '');
    return {
      ...base,
      kind: 'figure',
      value,
      ...(qualifier ? { qualifier } : {}),
      unit,
      unit_en: String(meta['unit_en'] ?? ''),
      text: formatFigure(value, unit, qualifier),
    };
  }
  if (meta?.['date'] === true && typeof raw === 'string') {
    return { ...base, kind: 'date', iso: raw, text: formatChineseDate(raw) };
  }
  return undefined;
}

/**
 * A fact as `lang`'s edition prints it: "17.3万平方米" / "173,000 m²", "2025年7月11日" / "11 July 2025".
 * `unit: false` leaves the unit to the prose; `year: false` leaves out a date's year.
 */
export function factText(fact: Fact, lang: Lang, options: { unit?: boolean; year?: boolean } = {}): string {
  const { unit = true, year = true } = options;
  if (fact.kind === 'date') {
    if (lang === 'en') return formatEnglishDate(fact.iso, { year });
    return year ? fact.text : fact.text.replace(/^\d{4}年/, '');
  }
  if (lang === 'en') return formatEnglishFigure(fact.value, unit ? fact.unit_en : '', fact.qualifier);
  return unit ? fact.text : formatFigure(fact.value, '', fact.qualifier);
}

const PLACEHOLDER = /\{([a-z0-9-]+\.[^{}\s]+)\}/g;

/** The `dataset.field` references of the `{dataset.field}` placeholders in a text, in order. */
export function placeholderReferences(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
}

/**
 * Fills `{dataset.field}` placeholders in plain text (headlines, standfirsts, descriptions), which
 * cannot hold components, in `lang`'s edition's formats. Returns the text and the references that did not resolve.
 */
export function fillPlaceholders(
  catalog: Catalog,
  text: string,
  lang: Lang = 'zh',
): { text: string; misses: { reference: string; message: string; fix: string }[] } {
  const misses: { reference: string; message: string; fix: string }[] = [];
  const filled = text.replace(PLACEHOLDER, (match, reference: string) => {
    const found = lookupFact(catalog, reference);
    if (found.ok) return factText(found.fact, lang);
    misses.push({ reference, message: found.message, fix: found.fix });
    return match;
  });
  return { text: filled, misses };
}
