/**
 * A dataset version as a CSV file that opens correctly in Excel: UTF-8 with a byte-order mark, one
 * row per field in long form (field, label, value, unit, source sentence), so every dataset has the
 * same columns and every figure carries its source.
 */
import type { z } from 'zod';
import { excelCsv } from '../text/excel-csv.ts';
import { formatPath, type PathSegment } from '../text/json-path.ts';
import { metaOf, schemaAt } from './schema-at.ts';

const ENVELOPE = new Set(['version', 'as_of', 'as_of_note', 'note', 'correction', 'sources']);

export const CSV_HEADER = [
  '数据集 dataset',
  '版本 version',
  '数据日期 as_of',
  '字段 field',
  '说明 label',
  'label (en)',
  '数值 value',
  '限定 qualifier',
  '单位 unit',
  '来源原句 source sentence',
];

interface Versioned {
  version: number;
  as_of: string;
  sources: { sentences: Record<string, string> }[];
}

export function datasetToCsv(dataset: string, schema: z.ZodType, data: Versioned): string {
  const sentences = new Map<string, string>();
  for (const source of data.sources) for (const [key, sentence] of Object.entries(source.sentences)) sentences.set(key, sentence);
  const rows: string[][] = [];
  const visit = (value: unknown, path: PathSegment[]): void => {
    const at = schemaAt(schema, path);
    const meta = at ? metaOf(at) : undefined;
    const field = formatPath(path);
    const row = (shown: string, qualifier = '', unit = ''): void => {
      rows.push([
        dataset, String(data.version), data.as_of, field,
        String(meta?.['label'] ?? ''), String(meta?.['label_en'] ?? ''),
        shown, qualifier, unit, sentences.get(field) ?? '',
      ]);
    };
    if (meta?.['figure'] === true) {
      const figure = typeof value === 'number' ? { value, qualifier: '' } : (value as { value: number; qualifier: string });
      row(String(figure.value), figure.qualifier, String(meta['unit'] ?? ''));
    } else if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
      row(value.join('、'));
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) if (path.length > 0 || !ENVELOPE.has(key)) visit(item, [...path, key]);
    } else if (value !== null && value !== undefined) {
      row(String(value));
    }
  };
  visit(data, []);
  return excelCsv([CSV_HEADER, ...rows]);
}
