// @ts-check
/**
 * Lint rules: typed TypeScript (typescript-eslint), Astro components (eslint-plugin-astro), no
 * console in code that ships or builds pages, and no `set:html` except where the HTML is ours.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
    // Command-line scripts, tests and benchmarks talk to people through the console.
    files: ['scripts/**', 'test/**', 'bench/**', 'src/lib/cli.ts', 'src/integrations/**'],
    rules: { 'no-console': 'off' },
  },
);
