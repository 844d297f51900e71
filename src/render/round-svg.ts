/**
 * Rounds the numbers in an SVG's geometry to one decimal: smaller files, stable snapshots, and no
 * meaningless precision like 120.92485549132948.
 */

const GEOMETRY = /\b(x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|width|height|dx|dy|d|points|transform|viewBox)="([^"]*)"/g;
const NUMBER = /-?\d*\.\d+(?:e-?\d+)?|-?\d+(?:e-?\d+)?/g;

function round(text: string): string {
  const value = Math.round(Number(text) * 10) / 10;
  return Object.is(value, -0) ? '0' : String(value);
}

export function roundSvgNumbers(svg: string): string {
  return svg.replace(GEOMETRY, (_match, name: string, value: string) => `${name}="${value.replace(NUMBER, round)}"`);
}
