/**
 * Serves the design tokens as a CSS module, `virtual:design-tokens.css`, so the page's custom
 * properties come from the same file as the chart colours; with them the site's origin as a CSS
 * string (`--site-origin`), which print styles write before a site-relative link's path.
 */
import type { AstroIntegration } from 'astro';
import { tokensCss } from '../design/tokens.ts';

const ID = 'virtual:design-tokens.css';
const RESOLVED = `\0${ID}`;

export function designTokens(): AstroIntegration {
  return {
    name: 'design-tokens',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const origin = `:root{--site-origin:${JSON.stringify(config.site ? new URL(config.site).origin : '')};}`;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'design-tokens',
                resolveId: (id: string) => (id === ID ? RESOLVED : undefined),
                load: (id: string) => (id === RESOLVED ? tokensCss() + origin : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
