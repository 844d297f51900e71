/** The dataset registry: one entry per dataset, each with its schema and its names. */
import { describe, expect, test } from 'vitest';
import { DATASET_IDS, DATASET_SCHEMAS, datasetTitle, isDatasetId } from '../../../src/schemas/index.ts';

describe('DATASET_SCHEMAS', () => {
  test('every entry is registered with a Chinese and an English name', () => {
    expect(DATASET_IDS).toEqual(Object.keys(DATASET_SCHEMAS));
    for (const id of DATASET_IDS) {
      expect(datasetTitle(id).zh.trim(), id).not.toBe('');
      expect(datasetTitle(id).en.trim(), id).not.toBe('');
    }
  });

  test('ids are kebab-case and known ids only', () => {
    for (const id of DATASET_IDS) expect(id).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
    expect(isDatasetId('toString')).toBe(false);
    expect(isDatasetId('no-such-dataset')).toBe(false);
  });
});
