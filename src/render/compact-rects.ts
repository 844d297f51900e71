/**
 * Unit charts draw one <rect> per unit: 636 hoardings, 934 squares of problems. On a page that is
 * thousands of elements for the phone to parse, style and lay out. This merges the plain rects of a
 * mark group that share their paint into one <path> per paint (one subpath per rect), which draws
 * the same pixels with a handful of elements. Rects with rounding or transforms are left alone.
 */
import { parseHTML } from 'linkedom';

/** Groups with fewer plain rects than this are left as they are. */
const MIN_RECTS = 20;
const GEOMETRY = new Set(['x', 'y', 'width', 'height']);

function paintKey(rect: Element): string | undefined {
  const rest: string[] = [];
  for (const { name, value } of rect.attributes) {
    if (GEOMETRY.has(name)) continue;
    if (name === 'rx' || name === 'ry' || name === 'transform') return undefined;
    rest.push(`${name}=${JSON.stringify(value)}`);
  }
  return rest.sort().join(' ');
}

function subpath(rect: Element): string {
  const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((name) => Number(rect.getAttribute(name) ?? 0));
  return `M${x},${y}h${w}v${h}h${-(w ?? 0)}z`;
}

export function compactRects(svg: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const root = document.querySelector('body > svg');
  if (!root) return svg;
  let changed = false;
  for (const group of root.querySelectorAll('g')) {
    const rects = [...group.children].filter((child) => child.tagName.toLowerCase() === 'rect');
    if (rects.length < MIN_RECTS) continue;
    const byPaint = new Map<string, Element[]>();
    for (const rect of rects) {
      const key = paintKey(rect);
      if (key === undefined) continue;
      byPaint.set(key, [...(byPaint.get(key) ?? []), rect]);
    }
    for (const members of byPaint.values()) {
      const first = members[0];
      if (!first || members.length < 2) continue;
      const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
      for (const { name, value } of first.attributes) if (!GEOMETRY.has(name)) path.setAttribute(name, value);
      path.setAttribute('d', members.map(subpath).join(''));
      group.insertBefore(path, first);
      for (const rect of members) rect.remove();
      changed = true;
    }
  }
  return changed ? root.outerHTML : svg;
}
