/**
 * Charts read a figure's label and unit from its dataset's schema, never type them again: the
 * field's metadata, a formatter with the schema's unit and the article's qualifier, and a plain
 * error when a chart names a path that is not a figure.
 */
import { describe, expect, test } from 'vitest';
import { figureField } from '../../../src/charts/figure-fields.ts';
import { metaOf, schemaAt } from '../../../src/data/schema-at.ts';
import { DATASET_SCHEMAS } from '../../../src/schemas/index.ts';

describe('figureField', () => {
  test('carries the label and unit the schema gives the field', () => {
    const field = figureField('enclosures', 'sites_rectified');
    const meta = metaOf(schemaAt(DATASET_SCHEMAS.enclosures, ['sites_rectified'])!);
    expect(field.label).toBe(meta?.['label']);
    expect(field.label_en).toBe(meta?.['label_en']);
    expect(field.unit).toBe(meta?.['unit']);
    expect(field.format(636)).toBe(`636${field.unit}`);
  });

  test('reads a field of any record entry with `*`, and formats approximate figures as written', () => {
    const gain = figureField('enclosures', 'sites.*.morning_peak_throughput_gain_pct');
    expect(gain.format({ value: 30, qualifier: 'nearly' })).toBe(`近30${gain.unit}`);
    expect(gain.value({ value: 30, qualifier: 'nearly' })).toBe(30);
    const hedge = figureField('back-streets', 'sites.*.lilac_hedge_m2');
    expect(hedge.format({ value: 1300, qualifier: 'more_than' })).toBe(`1300余${hedge.unit}`);
    expect(figureField('enclosures', 'road_area_released_m2').format(173000)).toMatch(/^17\.3万/);
  });

  test('refuses a path that is not a figure of the schema', () => {
    expect(() => figureField('enclosures', 'sites.*.name')).toThrow(/not a figure/);
    expect(() => figureField('enclosures', 'no_such_field')).toThrow(/not a figure/);
  });
});
