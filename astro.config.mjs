// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { designTokens } from './src/integrations/design-tokens.ts';
import { editorChecks } from './src/integrations/editor-checks.ts';
import { storyMdxPlugin } from './src/stories/story-mdx-plugin.ts';

export default defineConfig({
  // The public origin, for canonical links and embed codes. Set SITE_URL when building for production.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  output: 'static',
  // Per project, not the shared node_modules/.astro: see scripts/lib/build-cache.ts and docs/BUILD-CACHE.md.
  cacheDir: './.cache/astro/',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One request for the page on slow networks: our CSS is small, so it goes inline (and is hashed by the CSP).
    inlineStylesheets: 'always',
    // Two pages at a time: while one waits on resvg's or sharp's worker threads (a PNG download),
    // the next one renders, so a build with many PNGs to draw uses both cores (docs/BUILD-CACHE.md).
    concurrency: 2,
  },
  // Outputs under pinned URLs are rendered once and restored from node_modules/.astro while their
  // cacheKey and module graph are unchanged (docs/BUILD-CACHE.md).
  experimental: { incrementalBuild: true },
  devToolbar: { enabled: false },
  image: {
    service: {
      entrypoint: 'astro/assets/services/sharp',
      config: {
        // AVIF at sharp's default effort (4) took ~70 s of CPU for our pictures; effort 2 is ~7× faster
        // for ~15% more bytes (measured in .scratch, see bench/README.md). mozjpeg shrinks the fallback.
        avif: { effort: 2 },
        jpeg: { mozjpeg: true },
      },
    },
  },
  // Stories have no code blocks; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
  vite: {
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // Astro's own MDX modules carry a directive the bundler warns about; it is harmless.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
  // Stories' MDX gets what its structure says (Scrolly steps, chart heading levels) from one plugin.
  integrations: [editorChecks(), designTokens(), mdx({ processor: satteri({ mdastPlugins: [storyMdxPlugin] }) })],
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
