/**
 * Design tokens: the one place colours and type live. They become CSS custom properties for the
 * page (light and dark) through the `virtual:design-tokens.css` module, and charts refer to them as
 * `var(--c-…)`. Standalone SVG and PNG downloads, which have no page CSS, get the light values
 * substituted in (see `resolveTokens`).
 */

/** Colours, light theme first. Every text colour meets WCAG AA (4.5:1) on `paper`. */
export const COLORS = {
  /** Body text. */
  ink: { light: '#1b1b1b', dark: '#ececec' },
  /** Page background. */
  paper: { light: '#ffffff', dark: '#141414' },
  /** Secondary text: captions, sources, axis labels. */
  muted: { light: '#595959', dark: '#ababab' },
  /** Hairlines and grid. */
  rule: { light: '#d6d6d6', dark: '#3d3d3d' },
  /** Panels behind steps and tables. */
  soft: { light: '#f3f4f6', dark: '#1f1f21' },
  /** Hoardings: construction orange. */
  hoarding: { light: '#c2410c', dark: '#fb8c4a' },
  /** Road area released: slate. */
  road: { light: '#52606d', dark: '#9fb0c2' },
  /** Green space: leaf green. */
  green: { light: '#2f7d32', dark: '#6fcf73' },
  /** A highlighted item: blue. */
  highlight: { light: '#1d5fa8', dark: '#7cb8f5' },
  /** Links. */
  link: { light: '#1d5fa8', dark: '#8cc4ff' },
} as const;

export type ColorName = keyof typeof COLORS;

/** `var(--c-name)`, for chart marks. */
export function color(name: ColorName): string {
  return `var(--c-${name})`;
}

/** The system font stack: no web font is downloaded; CJK faces first for Chinese text. */
export const FONT_STACK =
  '"PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", system-ui, sans-serif';

/** The CSS for the tokens: light values on :root, dark values under prefers-color-scheme, light again in print. */
export function tokensCss(): string {
  const declarations = (theme: 'light' | 'dark'): string =>
    Object.entries(COLORS)
      .map(([name, value]) => `--c-${name}:${value[theme]};`)
      .join('');
  return (
    `:root{color-scheme:light dark;${declarations('light')}--font-sans:${FONT_STACK};}` +
    `@media (prefers-color-scheme:dark){:root{${declarations('dark')}}}` +
    // Paper is white: print in the light theme whatever the reader's screen uses.
    `@media print{:root{color-scheme:light;${declarations('light')}}}`
  );
}

/** Replaces `var(--c-…)` with light-theme values, for SVG/PNG files that travel without our CSS. */
export function resolveTokens(markup: string): string {
  return markup.replace(/var\(--c-([a-z]+)\)/g, (match, name: string) =>
    Object.hasOwn(COLORS, name) ? COLORS[name as ColorName].light : match,
  );
}
