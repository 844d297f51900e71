/**
 * Property test: any random corruption of a valid version file, in its text or in its values, is
 * either still valid or rejected with a message naming the file; the checker never throws. The
 * valid files are each dataset's sample (its fixture, or the project's v1), corrupted in memory.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkVersionFile } from '../../../src/data/read-datasets.ts';
import { DATASET_IDS as DATASETS, type DatasetId } from '../../../src/schemas/index.ts';
import { sampleVersionBytes } from '../../helpers/fixture-project.ts';

const FILES = Object.fromEntries(DATASETS.map((d) => [d, sampleVersionBytes(d)])) as Record<DatasetId, Buffer>;
const CONTEXT = { today: '2026-11-25' };

function check(dataset: DatasetId, bytes: Buffer): ReturnType<typeof checkVersionFile> {
  return checkVersionFile(dataset, 1, `data/${dataset}/v1.json`, bytes, CONTEXT);
}

function assertWellReported(result: ReturnType<typeof checkVersionFile>, dataset: DatasetId): void {
  if (result.version) {
    expect(result.problems).toEqual([]);
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(problem.file).toBe(`data/${dataset}/v1.json`);
    expect(problem.message).toMatch(/[\u4e00-\u9fff]/); // Chinese
    expect(problem.message).toMatch(/\([^)]*[a-z][^)]*\)/); // English in brackets
  }
}

/** Every path to a value in a JSON document. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (value && typeof value === 'object') return [...here, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return here;
}

function setAt(root: unknown, at: (string | number)[], next: unknown, remove: boolean): unknown {
  if (at.length === 0) return next;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of at.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = at.at(-1) as string | number;
  if (remove && Array.isArray(parent)) parent.splice(Number(last), 1);
  else if (remove) delete parent[last];
  else parent[last] = next;
  return copy;
}

describe('random corruptions never crash the checker', () => {
  test('byte-level: insert, delete or replace characters', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DATASETS),
        fc.array(fc.record({ at: fc.nat(), op: fc.constantFrom('insert', 'delete', 'replace'), text: fc.string({ minLength: 1, maxLength: 4, unit: fc.constantFrom(...'{}[]:,"\\0123456789-.eE，“”：万 a\n\u0000'.split('')) }) }), { minLength: 1, maxLength: 4 }),
        (dataset, edits) => {
          let text = FILES[dataset].toString('utf8');
          for (const { at, op, text: piece } of edits) {
            const i = at % (text.length + 1);
            text = op === 'insert' ? text.slice(0, i) + piece + text.slice(i) : op === 'delete' ? text.slice(0, i) + text.slice(i + piece.length) : text.slice(0, i) + piece + text.slice(i + piece.length);
          }
          assertWellReported(check(dataset, Buffer.from(text, 'utf8')), dataset);
        },
      ),
      { numRuns: 400 },
    );
  });

  test('value-level: replace or remove any value with any JSON value', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DATASETS),
        fc.nat(),
        fc.jsonValue({ maxDepth: 2 }),
        fc.boolean(),
        (dataset, pick, next, remove) => {
          const value = JSON.parse(FILES[dataset].toString('utf8')) as unknown;
          const all = paths(value);
          const at = all[pick % all.length] ?? [];
          const corrupted = setAt(value, at, next, remove && at.length > 0);
          const text = JSON.stringify(corrupted, null, 2) ?? 'null';
          assertWellReported(check(dataset, Buffer.from(text, 'utf8')), dataset);
        },
      ),
      { numRuns: 600 },
    );
  });

  // Keys an editor may type that plain objects inherit (a CI run found "toString"): checked at
  // every object of every sample, since random search reaches them only by luck.
  test.each(DATASETS)('%s: a field named like an Object.prototype member is reported, not crashed on', (dataset) => {
    const value = JSON.parse(FILES[dataset].toString('utf8')) as unknown;
    const objects = paths(value).filter((at) => {
      const here = at.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], value);
      return here !== null && typeof here === 'object' && !Array.isArray(here);
    });
    expect(objects.length).toBeGreaterThan(0);
    for (const at of objects) {
      for (const key of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf']) {
        for (const inner of [0, { toString: 0 }, 'x']) {
          const copy = structuredClone(value);
          const parent = at.reduce<unknown>((node, k) => (node as Record<string | number, unknown>)[k], copy);
          // defineProperty, as JSON.parse does: assigning "__proto__" would set the prototype instead.
          Object.defineProperty(parent, key, { value: inner, enumerable: true, configurable: true, writable: true });
          assertWellReported(check(dataset, Buffer.from(JSON.stringify(copy), 'utf8')), dataset);
        }
      }
    }
  });

  test('random bytes, including invalid UTF-8', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DATASETS), fc.uint8Array({ maxLength: 64 }), (dataset, bytes) => {
        assertWellReported(check(dataset, Buffer.from(bytes)), dataset);
      }),
      { numRuns: 200 },
    );
  });
});
