/**
 * Serves the design tokens as a CSS module, `virtual:design-tokens.css`, so the page's custom
 * properties come from the same file as the chart colours.
 */
import type { AstroIntegration } from 'astro';
import { tokensCss } from '../design/tokens.ts';

const ID = 'virtual:design-tokens.css';
const RESOLVED = `\0${ID}`;

export function designTokens(): AstroIntegration {
  return {
    name: 'design-tokens',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'design-tokens',
                resolveId: (id: string) => (id === ID ? RESOLVED : undefined),
                load: (id: string) => (id === RESOLVED ? tokensCss() : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
