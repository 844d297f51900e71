/** The texts dataset:new writes: names in code, the registry entry, and a draft that is valid JSON. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { TO_FILL } from '../../../src/data/to-fill.ts';
import { camelName, datasetSkeleton, registerDataset, typeName } from '../../../scripts/lib/dataset-skeleton.ts';
import { REPO } from '../../helpers/temp-project.ts';

const registry = readFileSync(path.join(REPO, 'src/schemas/index.ts'), 'utf8');

describe('dataset skeleton', () => {
  test('kebab-case names become TypeScript names', () => {
    expect(camelName('flood-defences-2025')).toBe('floodDefences2025');
    expect(typeName('flood-defences')).toBe('FloodDefences');
    expect(camelName('rain')).toBe('rain');
  });

  test('registering adds the import among the schema imports and the entry last, nothing else', () => {
    const out = registerDataset(registry, 'aaa-first', { zh: "名'称", en: 'Name' }).split('\n');
    const old = registry.split('\n');
    expect(out.length).toBe(old.length + 2);
    const importAt = out.indexOf("import { aaaFirstSchema } from './aaa-first.ts';");
    const firstSchemaImport = old.findIndex((line) => /^import \{ \w+Schema \} from '\.\//.test(line));
    expect(importAt).toBe(firstSchemaImport);
    const entryAt = out.indexOf("  'aaa-first': dataset(aaaFirstSchema, '名\\'称', 'Name'),");
    expect(entryAt).toBeGreaterThan(out.indexOf('export const DATASET_SCHEMAS = {'));
    expect(out[entryAt + 1]?.startsWith('}')).toBe(true);
    expect(out.filter((line) => !old.includes(line))).toHaveLength(2);
  });

  test('a registry in another shape is a developer error, not a silent miss', () => {
    expect(() => registerDataset('export const X = {};\n', 'a', { zh: 'a', en: 'a' })).toThrow(
      /src\/schemas\/index.ts/,
    );
  });

  test('the draft is the envelope, dated today, with its blanks marked', () => {
    const draft = JSON.parse(datasetSkeleton('2025-07-11')) as Record<string, unknown>;
    expect(draft).toMatchObject({ version: 1, as_of: '2025-07-11' });
    expect(String(draft['note'])).toContain(TO_FILL);
    expect(JSON.stringify(draft['sources'])).toContain(TO_FILL);
  });
});
