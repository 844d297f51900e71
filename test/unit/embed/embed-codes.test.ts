/**
 * The pym.js embed code: it hands pym.js an `xdomain` that admits our origin and nothing else, read
 * the way pym.js 1.3.2 reads it, and a chart title cannot end its inline script.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { embedCodes, pymXdomain } from '../../../src/embed/urls.ts';
import { REPO } from '../../helpers/temp-project.ts';

const ORIGIN = 'https://graphics.example.com';
const CHART = { id: 'hoarding-units', title: '636处围挡', embedHeight: 640 };

interface PymCall {
  id: string;
  url: string;
  config: { title?: string; xdomain?: string };
}

/** Runs the code's inline script against a stand-in pym.Parent and returns what it was given. */
function runPymCode(code: string): PymCall {
  const script = /<script>([\s\S]*)<\/script>/.exec(code)?.[1] ?? '';
  const calls: PymCall[] = [];
  const pym = {
    Parent: function (id: string, url: string, config: PymCall['config']) {
      calls.push({ id, url, config });
    },
  };
  new Function('pym', script)(pym);
  expect(calls).toHaveLength(1);
  return calls[0] as PymCall;
}

/** pym.js 1.3.2's own test of a message's origin (dist/pym.v1.js, `_isSafeMessage`). */
function pymAccepts(xdomain: string, origin: string): boolean {
  return origin.match(new RegExp(xdomain + '$')) !== null;
}

describe('the pym.js embed code', () => {
  test('pym.js 1.3.2 still matches xdomain as a regular expression anchored only at the end', () => {
    const source = readFileSync(path.join(REPO, 'node_modules/pym.js/dist/pym.v1.js'), 'utf8');
    expect(source).toContain("e.origin.match(new RegExp(settings.xdomain + '$'))");
  });

  test('sets xdomain so that pym.js accepts messages from our origin only', () => {
    const { config } = runPymCode(embedCodes(ORIGIN, CHART, 1).pym);
    expect(config.xdomain).toBe(pymXdomain(ORIGIN));
    const xdomain = config.xdomain ?? '*';
    expect(pymAccepts(xdomain, ORIGIN)).toBe(true);
    for (const other of [
      'https://graphicsxexample.com',
      'https://graphics-example.com',
      'https://evil.graphics.example.com',
      'https://graphics.example.com.evil.com',
      'http://graphics.example.com',
      'https://graphics.example.com:8443',
      'https://evil.com',
      'null',
    ]) {
      expect(pymAccepts(xdomain, other), other).toBe(false);
    }
  });

  test('a loopback origin with a port is matched exactly too', () => {
    const xdomain = pymXdomain('http://127.0.0.2:4321/');
    expect(pymAccepts(xdomain, 'http://127.0.0.2:4321')).toBe(true);
    expect(pymAccepts(xdomain, 'http://127.0.0.2:14321')).toBe(false);
    expect(pymAccepts(xdomain, 'http://127.0.0.2:43210')).toBe(false);
    expect(pymAccepts(xdomain, 'http://127a0b0c2:4321')).toBe(false);
  });

  test('a chart title holding </script> stays inside the script, as the same text', () => {
    const title = '围挡</script><script>alert(1)</script><!--';
    const code = embedCodes(ORIGIN, { ...CHART, title }).pym;
    expect(code.match(/<\/script>/gi)).toHaveLength(1);
    expect(code).not.toContain('<!--"');
    expect(runPymCode(code).config.title).toBe(title);
  });
});
