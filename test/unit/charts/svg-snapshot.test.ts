/**
 * The snapshot helper itself: a match passes, a mismatch fails and leaves `<name>-changed.svg`,
 * and a missing golden is written locally but fails under CI.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { OUTPUT_DIR, assertSvgSnapshot } from '../../helpers/svg-snapshot.ts';

const NAME = 'snapshot-helper-self-test';
const golden = path.join(OUTPUT_DIR, `${NAME}.svg`);
const changed = path.join(OUTPUT_DIR, `${NAME}-changed.svg`);
const ci = process.env['CI'];

afterEach(() => {
  rmSync(golden, { force: true });
  rmSync(changed, { force: true });
  if (ci === undefined) delete process.env['CI'];
  else process.env['CI'] = ci;
});

describe('assertSvgSnapshot', () => {
  test('under CI, a missing golden fails and is not created', () => {
    process.env['CI'] = 'true';
    expect(() => assertSvgSnapshot(NAME, '<svg></svg>')).toThrow(/CI never creates goldens/);
    expect(existsSync(golden)).toBe(false);
  });

  test('locally, a missing golden is written; the same SVG then matches', () => {
    delete process.env['CI'];
    assertSvgSnapshot(NAME, '<svg></svg>');
    expect(readFileSync(golden, 'utf8')).toBe('<svg></svg>\n');
    expect(() => assertSvgSnapshot(NAME, '<svg></svg>')).not.toThrow();
  });

  test('a mismatch fails and writes <name>-changed.svg; a later match removes it', () => {
    writeFileSync(golden, '<svg></svg>\n');
    expect(() => assertSvgSnapshot(NAME, '<svg><g/></svg>')).toThrow(/changed/);
    expect(readFileSync(changed, 'utf8')).toBe('<svg><g/></svg>\n');
    assertSvgSnapshot(NAME, '<svg></svg>');
    expect(existsSync(changed)).toBe(false);
  });
});
