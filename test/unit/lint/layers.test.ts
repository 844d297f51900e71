/**
 * The layer rule in eslint.config.js: an import that runs back up the layers of src/ fails lint,
 * an import that runs down passes. The files are linted as text under made-up names (nothing is
 * written into src/); each layer is tried against the one above it and the one below it.
 */
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';
import { LAYERS } from '../../../eslint.config.js';
import { ROOT } from '../../helpers/temp-project.ts';

const eslint = new ESLint({ cwd: ROOT });

/** Lint messages of the layer rule for `source` as if it were the file `file`. */
async function layerErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: `${ROOT}/${file}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'import-x/no-restricted-paths').map((m) => m.message);
}

/** A module that exists in a layer, to import. */
const EXISTING: Record<string, string> = {
  'src/text': 'src/text/escape-xml.ts',
  'src/schemas': 'src/schemas/fields.ts',
  'src/data': 'src/data/problems.ts',
  'src/charts': 'src/charts/chart-definition.ts',
  'src/embed': 'src/embed/urls.ts',
  'src/render': 'src/render/render-svg.ts',
  'src/stories': 'src/stories/site-data.ts',
  'src/components': 'src/components/LangText.astro',
  'src/layouts': 'src/layouts/BaseLayout.astro',
  'src/pages': 'src/pages/404.astro',
};

const pairs = LAYERS.slice(0, -1).flatMap((layer, i) => {
  const lower = layer[0] ?? '';
  const upper = LAYERS[i + 1]?.[0] ?? '';
  return EXISTING[lower] && EXISTING[upper] ? [[lower, upper] as const] : [];
});

describe('layers run one way (eslint import-x/no-restricted-paths)', () => {
  test('every layer but the top is covered here', () => {
    expect(pairs.length).toBe(LAYERS.length - 1);
  });

  test.each(pairs)('%s may not import from %s; the other way is allowed', async (lower, upper) => {
    const target = (from: string, to: string) => `import * as m from '${relative(from, to)}';\nexport default m;\n`;
    const up = await layerErrors(
      `${lower}/backwards-probe.ts`,
      target(`${lower}/backwards-probe.ts`, EXISTING[upper] ?? ''),
    );
    expect(up).toHaveLength(1);
    expect(up[0]).toMatch(/import downwards only/);
    const down = await layerErrors(
      `${upper}/forwards-probe.ts`,
      target(`${upper}/forwards-probe.ts`, EXISTING[lower] ?? ''),
    );
    expect(down).toEqual([]);
  });

  test('nothing in src/ imports the scripts or the tests', async () => {
    const errors = await layerErrors(
      'src/text/probe.ts',
      "import { ROOT } from '../../test/helpers/temp-project.ts';\nexport { ROOT };\n",
    );
    expect(errors).toHaveLength(1);
  });
});

function relative(from: string, to: string): string {
  const fromParts = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  let common = 0;
  while (common < fromParts.length && fromParts[common] === toParts[common]) common++;
  const up = fromParts.length - common;
  return `${up === 0 ? './' : '../'.repeat(up)}${toParts.slice(common).join('/')}`;
}
