/**
 * Resolves a prose reference like `enclosures.sites_rectified` to the figure in the newest data
 * version, with its unit and label from the schema. Used by `<Num>` and by the content check, so the
 * check and the page agree on what exists.
 */
import type { Qualifier } from '../schemas/fields.ts';
import { DATASET_SCHEMAS, isDatasetId, type DatasetId } from '../schemas/index.ts';
import { latestVersion, type Catalog } from './data/catalog.ts';
import { getAtPath, parsePath } from './data/json-path.ts';
import { metaOf, schemaAt } from './data/schema-at.ts';
import { formatFigure } from './format-number.ts';

export interface ResolvedFigure {
  dataset: DatasetId;
  version: number;
  /** The path inside the dataset, e.g. `sites_rectified`. */
  field: string;
  value: number;
  qualifier?: Qualifier;
  unit: string;
  label: string;
  /** The figure formatted for prose, e.g. "17.3万平方米". */
  text: string;
}

export type FigureLookup = { ok: true; figure: ResolvedFigure } | { ok: false; message: string; fix: string };

/** Looks up `<dataset>.<path>`; never throws, so callers choose how to report a miss. */
export function lookupFigure(catalog: Catalog, reference: string): FigureLookup {
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
  const segments = parsePath(field);
  const schema = segments ? schemaAt(DATASET_SCHEMAS[datasetName], segments) : undefined;
  const meta = schema ? metaOf(schema) : undefined;
  const latest = latestVersion(catalog, datasetName);
  const raw = segments ? getAtPath(latest.data, segments) : undefined;
  if (!segments || !meta || meta['figure'] !== true || raw === undefined) {
    return {
      ok: false,
      message: `数据 ${datasetName} v${latest.version} 里没有数字字段 "${field}" (no figure "${field}" in ${datasetName} v${latest.version})`,
      fix: `检查拼写；字段名见 data/${datasetName}/v${latest.version}.json (check the spelling against the data file)`,
    };
  }
  const { value, qualifier } = typeof raw === 'number' ? { value: raw, qualifier: undefined } : (raw as { value: number; qualifier: Qualifier });
  const unit = String(meta['unit'] ?? '');
  return {
    ok: true,
    figure: {
      dataset: datasetName,
      version: latest.version,
      field,
      value,
      ...(qualifier ? { qualifier } : {}),
      unit,
      label: String(meta['label'] ?? field),
      text: formatFigure(value, unit, qualifier),
    },
  };
}
