/** Walking a schema along an editor's path: own fields only, never what objects inherit. */
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { allowedKeys, metaOf, schemaAt } from '../../../src/data/schema-at.ts';

const SCHEMA = z.object({
  total: z.number().meta({ figure: true, unit: '个' }).optional(),
  sites: z.record(z.string(), z.object({ area: z.number().meta({ figure: true }) })),
  list: z.array(z.object({ name: z.string() })),
});

describe('schemaAt', () => {
  test('finds fields through objects, records, arrays and wrappers', () => {
    expect(metaOf(schemaAt(SCHEMA, ['total']) ?? SCHEMA)).toEqual({ figure: true, unit: '个' });
    expect(metaOf(schemaAt(SCHEMA, ['sites', 'any-key', 'area']) ?? SCHEMA)).toEqual({ figure: true });
    expect(schemaAt(SCHEMA, ['list', 0, 'name'])).toBeInstanceOf(z.ZodString);
  });

  test.each(['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'])(
    'a path through "%s" leaves the schema instead of finding what objects inherit',
    (key) => {
      expect(schemaAt(SCHEMA, [key])).toBeUndefined();
      expect(schemaAt(SCHEMA, ['list', 0, key])).toBeUndefined();
      expect(allowedKeys(SCHEMA, [key])).toEqual([]);
    },
  );

  test('a path of the wrong kind leaves the schema', () => {
    expect(schemaAt(SCHEMA, ['list', 'name'])).toBeUndefined();
    expect(schemaAt(SCHEMA, [0])).toBeUndefined();
    expect(allowedKeys(SCHEMA, ['list', 0])).toEqual(['name']);
  });
});
