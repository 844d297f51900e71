/**
 * Every labelled field of every dataset schema (figures and lists: what charts, tables, CSV
 * downloads and `<Num>` show) has its label in both languages, and every figure its unit in both:
 * the Chinese label in Chinese, the English label and unit free of Chinese. A field missing its
 * English is reported with the dataset, the field and the fix, Chinese first.
 */
import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { unwrapLayers } from '../../../src/data/schema-at.ts';
import { count, missingUnitMessage, textList, unitEn, UNITS_EN } from '../../../src/schemas/fields.ts';
import { DATASET_IDS, DATASET_SCHEMAS } from '../../../src/schemas/index.ts';

const HAN = /\p{Script=Han}/u;

/** Every field under `schema` that carries metadata, with its dotted path (`*` for a record's keys, `[]` for items). */
function metadataFields(schema: z.ZodType, path = ''): { path: string; meta: Record<string, unknown> }[] {
  const out: { path: string; meta: Record<string, unknown> }[] = [];
  const layers = unwrapLayers(schema);
  const meta = layers.map((layer) => layer.meta()).find((m) => m !== undefined);
  if (meta && path !== '') out.push({ path, meta });
  const inner = layers.at(-1) ?? schema;
  const join = (key: string) => (path === '' ? key : `${path}.${key}`);
  if (inner instanceof z.ZodObject) {
    for (const [key, field] of Object.entries(inner.shape)) {
      if (field instanceof z.ZodType) out.push(...metadataFields(field, join(key)));
    }
  } else if (inner instanceof z.ZodRecord && inner.valueType instanceof z.ZodType) {
    out.push(...metadataFields(inner.valueType, join('*')));
  } else if (inner instanceof z.ZodArray && inner.element instanceof z.ZodType) {
    out.push(...metadataFields(inner.element, `${path}[]`));
  }
  return out;
}

/** Problems with the labels of `schema`'s fields, as editor messages naming `dataset` and the field. */
function labelProblems(dataset: string, schema: z.ZodType): string[] {
  const problems: string[] = [];
  for (const { path, meta } of metadataFields(schema)) {
    if (!('label' in meta) && meta['figure'] !== true) continue;
    const where = `${dataset} 的字段 ${path}`;
    const label = String(meta['label'] ?? '');
    const labelEn = String(meta['label_en'] ?? '');
    if (!HAN.test(label))
      problems.push(
        `${where} 缺少中文标签 (field ${path} of ${dataset} has no Chinese label: give its label in Chinese)`,
      );
    if (labelEn.trim() === '' || HAN.test(labelEn))
      problems.push(
        `${where} 缺少英文标签，请在 src/schemas 里它的定义中写上英文 (field ${path} of ${dataset} has no English label: add label_en where src/schemas defines it)`,
      );
    if (meta['figure'] === true && (typeof meta['unit_en'] !== 'string' || HAN.test(String(meta['unit_en']))))
      problems.push(`${where}：${missingUnitMessage(String(meta['unit'] ?? ''))}`);
  }
  return problems;
}

const RANGE = { max: 10, why: ['测试', 'test'] } as const;

describe('dataset schema labels in both languages', () => {
  test.each(DATASET_IDS.map((id) => [id] as const))('%s: every labelled field has both labels', (id) => {
    const schema = DATASET_SCHEMAS[id];
    expect(metadataFields(schema).length).toBeGreaterThan(0);
    expect(labelProblems(id, schema)).toEqual([]);
  });

  test('the charts’ datasets label their figures in both languages', () => {
    const figures = DATASET_IDS.flatMap((id) =>
      metadataFields(DATASET_SCHEMAS[id]).filter(({ meta }) => meta['figure'] === true),
    );
    expect(figures.length).toBeGreaterThan(10);
  });

  test('a field without an English label is reported, naming dataset, field and fix, in both languages', () => {
    const schema = z.strictObject({
      plots: count('闲置地块', '', '处', RANGE),
      kinds: z.object({ named: textList('问题类型', '问题类型') }),
    });
    const problems = labelProblems('example', schema);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('example 的字段 plots 缺少英文标签');
    expect(problems[0]).toContain('field plots of example has no English label');
    expect(problems[1]).toContain('kinds.named');
  });

  test('a unit without an English form is reported by name, in both languages', () => {
    expect(UNITS_EN['平方米']).toBe('m²');
    expect(UNITS_EN['处']).toBe('');
    expect(unitEn('公顷')).toBeUndefined();
    const problems = labelProblems('example', z.strictObject({ area: count('面积', 'Area', '公顷', RANGE) }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('example 的字段 area');
    expect(problems[0]).toContain('单位「公顷」没有英文写法');
    expect(problems[0]).toContain('the unit "公顷" has no English form: add it to UNITS_EN');
  });
});
