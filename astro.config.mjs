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
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One request for the page on slow networks: our CSS is small, so it goes inline (and is hashed by the CSP).
    inlineStylesheets: 'always',
  },
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
