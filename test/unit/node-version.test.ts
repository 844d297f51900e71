/** Every npm script runs on the project's pinned Node 24, not the machine's Node. */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

test('tests run on Node 24 LTS from the node devDependency', () => {
  console.log(`process.version = ${process.version}`);
  expect(process.versions.node.split('.')[0]).toBe('24');
  const nvmrc = readFileSync(new URL('../../.nvmrc', import.meta.url), 'utf8').trim();
  expect(nvmrc).toBe('24');
});
