// @ts-check
/**
 * Lint rules: typed TypeScript (typescript-eslint), Astro components (eslint-plugin-astro), no
 * console in code that ships or builds pages, and no `set:html` except where the HTML is ours.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, lowest first. A module may import from its own layer and the layers below it,
 * never from a layer above: text and design know nothing of ours, schemas know text, data knows
 * schemas, … pages know everything. docs/ARCHITECTURE.md says what each layer holds.
 */
export const LAYERS = [
  ['src/text', 'src/design'],
  ['src/schemas'],
  ['src/data'],
  ['src/charts'],
  ['src/embed'],
  ['src/render'],
  ['src/stories'],
  ['src/components', 'src/styles'],
  ['src/layouts'],
  ['src/pages', 'src/integrations', 'src/content.config.ts'],
];

/** One zone per layer: everything above it, and the project's scripts, tests and benchmarks. */
const layerZones = LAYERS.flatMap((layer, index) =>
  layer.map((target) => ({
    target: `./${target}`,
    from: [...LAYERS.slice(index + 1).flat(), 'scripts', 'test', 'bench'].map((folder) => `./${folder}`),
    message: `${target} is below these folders in the layer order (eslint.config.js LAYERS): import downwards only.`,
  })),
);

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist.*/',
      '.astro/',
      'node_modules/',
      'test/output/',
      'test/screenshots/',
      'bench/results/',
      '.scratch/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      'no-console': 'error',
      // Editor-supplied text must reach the page escaped; `set:html` would let HTML through.
      'astro/no-set-html-directive': 'error',
      // Our <script> blocks are bundled by Astro and hashed into each page's CSP; the built-site
      // tests check that no page's CSP needs 'unsafe-inline'.
      'astro/no-unsafe-inline-scripts': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Imports run one way through the layers of src/ (see LAYERS above).
    files: ['src/**/*.{ts,astro}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.astro', '.js', '.css'] })] },
    rules: { 'import-x/no-restricted-paths': ['error', { zones: layerZones }] },
  },
  {
    // Command-line scripts, tests and benchmarks talk to people through the console.
    files: ['scripts/**', 'test/**', 'bench/**', 'src/integrations/**'],
    rules: { 'no-console': 'off' },
  },
);
