/**
 * Tiny SVG vocabulary for the illustrations: an element builder, a seeded random source (so every
 * drawing is the same on every machine) and the shared palette. Scenes are pure functions of it.
 */

/** The size every illustration is drawn at, in pixels. */
export const CANVAS = { width: 1600, height: 1000 } as const;

type Attributes = Record<string, string | number | undefined>;

/** Rounds coordinates so the SVG text never depends on floating-point noise. */
function show(value: string | number): string {
  return typeof value === 'number' ? String(Math.round(value * 10) / 10) : value;
}

function escapeText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** One element; `children` is already-built SVG (or text, escaped, for `<text>`). */
export function el(tag: string, attributes: Attributes = {}, ...children: string[]): string {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${show(value as string | number)}"`)
    .join('');
  return children.length === 0 ? `<${tag}${attrs}/>` : `<${tag}${attrs}>${children.join('')}</${tag}>`;
}

export function text(content: string, attributes: Attributes): string {
  return el('text', attributes, escapeText(content));
}

export function rect(
  x: number,
  y: number,
  width: number,
  height: number,
  fill: string,
  extra: Attributes = {},
): string {
  return el('rect', { x, y, width, height, fill, ...extra });
}

export function circle(cx: number, cy: number, r: number, fill: string, extra: Attributes = {}): string {
  return el('circle', { cx, cy, r, fill, ...extra });
}

export function ellipse(cx: number, cy: number, rx: number, ry: number, fill: string, extra: Attributes = {}): string {
  return el('ellipse', { cx, cy, rx, ry, fill, ...extra });
}

/** A closed polygon through the given points. */
export function poly(points: readonly (readonly [number, number])[], fill: string, extra: Attributes = {}): string {
  return el('polygon', { points: points.map(([x, y]) => `${show(x)},${show(y)}`).join(' '), fill, ...extra });
}

/** A straight stroke with round ends. */
export function line(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  stroke: string,
  width: number,
  extra: Attributes = {},
): string {
  return el('line', { x1, y1, x2, y2, stroke, 'stroke-width': width, 'stroke-linecap': 'round', ...extra });
}

export function path(d: string, fill: string, extra: Attributes = {}): string {
  return el('path', { d, fill, ...extra });
}

export function group(children: readonly string[], attributes: Attributes = {}): string {
  return el('g', attributes, ...children);
}

/** A deterministic pseudo-random source (mulberry32): same seed, same drawing. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Muted, flat colours shared by every scene. */
export const PALETTE = {
  skyTop: '#bcd7ec',
  skyBottom: '#e9f2f8',
  cloud: '#f7fbfe',
  farBuilding: '#c9d3dc',
  farBuildingDark: '#b3bfca',
  window: '#8fa6ba',
  windowLit: '#e8eef3',
  wallCream: '#eadfca',
  wallWarm: '#d9b99b',
  wallRose: '#d7a99a',
  wallGrey: '#bfc3c6',
  roof: '#7d5a4f',
  asphalt: '#5c6570',
  asphaltDark: '#4d555f',
  laneMark: '#eef0f2',
  curb: '#a9a59d',
  paving: '#d8cfc0',
  pavingJoint: '#bfb4a2',
  pavingNew: '#c9b8a0',
  pavingNewJoint: '#a8957c',
  soil: '#a58a68',
  soilDark: '#8a7052',
  grass: '#8cbf6a',
  grassDark: '#6fa552',
  leaf: '#5f9e4e',
  leafDark: '#467f3a',
  leafLight: '#86bd62',
  trunk: '#7a5a43',
  stone: '#b9b6ae',
  stoneDark: '#9d9a92',
  hoarding: '#2f6f9f',
  hoardingDark: '#25597f',
  hoardingRust: '#a0673f',
  hoardingOld: '#7f9aa8',
  hoardingOldDark: '#6b8592',
  concrete: '#c4c2bc',
  concreteDark: '#a9a7a0',
  concreteShade: '#8f8d87',
  skin: '#e8bf9c',
  skinDark: '#c99a76',
  hair: '#2b2622',
  hairGrey: '#b9b4ad',
  vest: '#f07f1f',
  vestStripe: '#f4f1c9',
  helmet: '#f2c12e',
  water: '#9fd3ee',
  waterLight: '#dff1fb',
  ink: '#2c2c2c',
  white: '#ffffff',
  pink: '#e68fac',
  pinkLight: '#f2b8cb',
  purple: '#b48ad6',
  flowerWhite: '#fbf6f0',
} as const;
