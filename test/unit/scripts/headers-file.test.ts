/**
 * The _headers rules: embeds may be framed anywhere, every other page only by the site itself. The
 * rules go by URL shape, so the URLs here are made up: any story, chart or dataset.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { headersFor, parseHeadersFile } from '../../../scripts/lib/headers-file.ts';
import { ROOT } from '../../helpers/temp-project.ts';

const rules = parseHeadersFile(readFileSync(path.join(ROOT, 'public/_headers'), 'utf8'));

describe('public/_headers', () => {
  test.each(['/', '/some-story/', '/charts/some-chart/', '/data/index.json'])(
    '%s may only be framed by the site',
    (url) => {
      const headers = headersFor(rules, url);
      expect(headers['content-security-policy']).toContain("frame-ancestors 'self'");
      expect(headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    },
  );

  test.each(['/embed/some-chart/', '/embed/some-chart/v12/', '/en/embed/some-chart/', '/en/embed/some-chart/v12/'])(
    '%s may be framed by any site',
    (url) => {
      const headers = headersFor(rules, url);
      expect(headers['content-security-policy']).toBe("frame-ancestors *; object-src 'none'; base-uri 'self'");
      expect(headers['x-frame-options']).toBeUndefined();
      expect(headers['x-content-type-options']).toBe('nosniff');
    },
  );

  test('partners may fetch the loader and the data', () => {
    expect(headersFor(rules, '/embed.js')['access-control-allow-origin']).toBe('*');
    expect(headersFor(rules, '/data/some-dataset/v3.json')['access-control-allow-origin']).toBe('*');
    expect(headersFor(rules, '/en/downloads/some-chart/v3/some-chart-v3.svg')['access-control-allow-origin']).toBe('*');
  });

  test('parse errors are reported', () => {
    expect(() => parseHeadersFile('  X-A: b')).toThrow(/before any path/);
    expect(() => parseHeadersFile('/x\n  nonsense')).toThrow(/Name: value/);
  });
});
