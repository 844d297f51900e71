/**
 * Shared checks for chart tests: fixture loading (validated with the dataset's schema and frozen,
 * so a chart that mutates its input fails), SVG parsing and mark counting, and the checks every
 * chart must pass (snapshots at both widths and every state, accessibility, text size, a complete
 * text alternative, purity).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import type { Chart, TypedChart } from '../../../src/charts/chart-definition.ts';
import { CHART_WIDTHS } from '../../../src/render/render-chart.ts';
import { formatChineseNumber, formatEnglishNumber } from '../../../src/text/format-number.ts';
import { DATASET_SCHEMAS, type DatasetData, type DatasetId } from '../../../src/schemas/index.ts';
import { LANGS, type Lang } from '../../../src/text/lang.ts';
import { assertSvgSnapshot, fixtureView, renderChartSvg, snapshotName } from '../../helpers/svg-snapshot.ts';
import { ROOT } from '../../helpers/temp-project.ts';

export const WIDTHS = [CHART_WIDTHS.narrow, CHART_WIDTHS.wide] as const;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** The raw JSON of a fixture, for tests that derive a variant from it. */
export function fixtureJson(dataset: DatasetId): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/data', `${dataset}.json`), 'utf8')) as Record<
    string,
    unknown
  >;
}

/** Validates `json` with the dataset's schema (a fixture that drifts from the schema fails here) and freezes it. */
export function asData<D extends DatasetId>(dataset: D, json: unknown): DatasetData<D> {
  return deepFreeze(DATASET_SCHEMAS[dataset].parse(json) as DatasetData<D>);
}

/** The fixture for a dataset, validated and frozen. */
export function loadFixture<D extends DatasetId>(dataset: D): DatasetData<D> {
  return asData(dataset, fixtureJson(dataset));
}

/** Parses an SVG string; returns its root element. */
export function parseSvg(svg: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const root = document.querySelector('body > svg');
  if (!root) throw new Error('No root <svg>');
  return root as unknown as Element;
}

/** Elements `tag` inside the mark group(s) with class `mark-<name>` (the charts' `className` option). */
export function marksIn(root: Element, name: string, tag: string): Element[] {
  return [...root.querySelectorAll(`g.mark-${name} ${tag}`)];
}

/** A rectangle a unit chart draws: a <rect>, or one of the rects a page merges into a path's `M x,y h w v h h -w z`. */
export interface UnitRect {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The paint of the rect or of the merged path. */
  fill: string | null;
}

/** The rectangles in the mark group(s) `mark-<name>`, whether drawn as <rect>s or merged into <path>s. */
export function unitRects(root: Element, name: string): UnitRect[] {
  const rects: UnitRect[] = [];
  for (const element of root.querySelectorAll(`g.mark-${name} rect, g.mark-${name} path`)) {
    const fill = element.getAttribute('fill') ?? element.parentElement?.getAttribute('fill') ?? null;
    if (element.tagName.toLowerCase() === 'rect') {
      const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((a) => Number(element.getAttribute(a) ?? 0));
      rects.push({ x: x!, y: y!, width: width!, height: height!, fill });
      continue;
    }
    for (const m of (element.getAttribute('d') ?? '').matchAll(/M([-\d.]+),([-\d.]+)h([-\d.]+)v([-\d.]+)h[-\d.]+z/g)) {
      rects.push({ x: Number(m[1]), y: Number(m[2]), width: Number(m[3]), height: Number(m[4]), fill });
    }
  }
  return rects;
}

/** One run of a waffle (one datum): how many units its area holds, and the paint of its squares. */
export interface WaffleRun {
  /** The path's area over its pattern tile's area: one per whole square, a fraction for a partial one. */
  units: number;
  fill: string | null;
  opacity: string | null;
}

/** Area of a polygon given as a path `M x,y L x,y … Z` (shoelace formula). */
function polygonArea(d: string): number {
  const points = [...d.matchAll(/[ML]([-\d.]+),([-\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
  let twice = 0;
  points.forEach(([x1, y1], i) => {
    const [x2, y2] = points[(i + 1) % points.length]!;
    twice += x1 * y2 - x2 * y1;
  });
  return Math.abs(twice) / 2;
}

/**
 * The runs a Plot waffle draws in the mark group(s) `mark-<name>`: each is a polygon filled with a
 * pattern whose tile is one unit's cell, so its area in tiles is the number of units it shows.
 */
export function waffleRuns(root: Element, name: string): WaffleRun[] {
  return [...root.querySelectorAll(`g.mark-${name} path`)].map((path) => {
    const id = /^url\(#(.+)\)$/.exec(path.getAttribute('fill') ?? '')?.[1];
    const pattern = id ? root.querySelector(`pattern[id="${id}"]`) : null;
    if (!pattern) throw new Error(`A waffle path in mark-${name} is not filled with a pattern`);
    const tile = Number(pattern.getAttribute('width')) * Number(pattern.getAttribute('height'));
    const square = pattern.querySelector('rect');
    return {
      units: Math.round((polygonArea(path.getAttribute('d') ?? '') / tile) * 100) / 100,
      fill: square?.getAttribute('fill') ?? null,
      opacity: square?.getAttribute('fill-opacity') ?? null,
    };
  });
}

/** Text drawn in the chart (every <text>, excluding <title> and <desc>), line by line. */
export function shownText(root: Element): string[] {
  return textNodes(root).map(textOf);
}

/** The <text> elements of a chart, optionally without Plot's axis tick labels (scale reference, not data). */
export function textNodes(root: Element, { axes = true } = {}): Element[] {
  return [...root.querySelectorAll('text')].filter(
    (node) => axes || !/axis tick label$/.test(node.parentElement?.getAttribute('data-mark') ?? ''),
  );
}

/** A <text> element's content, its lines joined with "\n". */
export function textOf(node: Element): string {
  const spans = [...node.querySelectorAll('tspan')];
  return spans.length > 0 ? spans.map((s) => s.textContent ?? '').join('\n') : (node.textContent ?? '');
}

/** The vertical position of a <text> Plot placed with transform="translate(x,y)", its group's offset (dy) included. */
export function textTop(node: Element): number {
  const dy = (element: Element | null) =>
    Number(/translate\(([-\d.]+),([-\d.]+)\)/.exec(element?.getAttribute('transform') ?? '')?.[2] ?? 0);
  return node.hasAttribute('transform') ? dy(node) + dy(node.parentElement) : Number.NaN;
}

/** The numbers in a piece of text, as written ("17.3", "636"). */
export function numbersIn(text: string): string[] {
  return text.match(/\d+(?:\.\d+)?/g) ?? [];
}

/** Every numeric cell of the chart's table. */
export function tableNumbers<D extends DatasetId>(
  chart: TypedChart<D>,
  data: DatasetData<D>,
  lang: Lang = 'zh',
): number[] {
  return chart
    .table(data, lang)
    .rows.flat()
    .filter((cell): cell is number => typeof cell === 'number');
}

/** Whether `text` states `value`: as written in full, in the 万 form of the Chinese charts, or with the English edition's separators. */
export function mentions(text: string, value: number): boolean {
  return (
    text.includes(String(value)) ||
    text.includes(formatChineseNumber(value).replace(/^约/, '')) ||
    text.includes(formatEnglishNumber(value).replace(/^about /, ''))
  );
}

/** The states a chart renders in: each named state, or just the full chart. */
export function statesOf(chart: Chart): (string | undefined)[] {
  return chart.states && chart.states.length > 0 ? [...chart.states] : [undefined];
}

/** The checks every chart must pass, in every edition's language, as one describe block per language. */
export function chartBasics<D extends DatasetId>(chart: TypedChart<D>, data: DatasetData<D>): void {
  for (const lang of LANGS) chartBasicsIn(chart, data, lang);
}

function chartBasicsIn<D extends DatasetId>(chart: TypedChart<D>, data: DatasetData<D>, lang: Lang): void {
  const states = statesOf(chart);
  const cases = WIDTHS.flatMap((width) => states.map((state) => ({ width, state })));
  const svg = (width: number, state: string | undefined) => renderChartSvg(chart, data, width, state, lang);
  const view = fixtureView(chart, data, lang);

  describe(`${chart.id}: basics (${lang})`, () => {
    test.each(cases)('matches its snapshot at $width px, state $state', ({ width, state }) => {
      assertSvgSnapshot(snapshotName(chart.id, width, state, lang), svg(width, state));
    });

    test.each(cases)('is one accessible <svg> at $width px, state $state', ({ width, state }) => {
      const root = parseSvg(svg(width, state));
      expect(svg(width, state).startsWith('<svg')).toBe(true);
      expect(root.getAttribute('role')).toBe('img');
      expect(root.getAttribute('width')).toBe(String(width));
      const title = root.querySelector('title');
      const desc = root.querySelector('desc');
      expect(title?.textContent).toBe(chart.title(data, lang));
      expect(desc?.textContent).toBe(chart.describe(data, state, lang));
      expect(title?.textContent).toBe(view.title);
      expect(root.getAttribute('aria-labelledby')).toBe(title?.getAttribute('id'));
      expect(root.getAttribute('aria-describedby')).toBe(desc?.getAttribute('id'));
      // Strict CSP: no inline styles of any kind.
      expect(root.querySelector('style')).toBeNull();
      expect(root.querySelectorAll('[style]').length).toBe(0);
    });

    test.each(cases)('has no text smaller than 12 px at $width px, state $state', ({ width, state }) => {
      const sizes = [...svg(width, state).matchAll(/font-size="([^"]*)"/g)].map((m) => Number.parseFloat(m[1] ?? ''));
      expect(sizes.length).toBeGreaterThan(0);
      for (const size of sizes) expect(size).toBeGreaterThanOrEqual(12);
    });

    test.each(cases)(
      'states in its description every number it draws as text at $width px, state $state',
      ({ width, state }) => {
        const root = parseSvg(svg(width, state));
        const description = chart.describe(data, state, lang);
        // Axis tick labels are a scale's reference marks, not figures, and are exempt.
        for (const line of textNodes(root, { axes: false }).map(textOf)) {
          for (const number of numbersIn(line)) expect(description, `"${line}" shows ${number}`).toContain(number);
        }
      },
    );

    test('states every number of its table in its description (over all states)', () => {
      const descriptions = states.map((state) => chart.describe(data, state, lang)).join('\n');
      const numbers = tableNumbers(chart, data, lang);
      expect(numbers.length).toBeGreaterThan(0);
      for (const value of numbers) expect(mentions(descriptions, value), `description lacks ${value}`).toBe(true);
    });

    test('is pure: the same input gives the same options and the same SVG', () => {
      for (const { width, state } of cases) {
        expect(svg(width, state)).toBe(svg(width, state));
        expect(chart.describe(data, state, lang)).toBe(chart.describe(data, state, lang));
      }
      expect(chart.table(data, lang)).toEqual(chart.table(data, lang));
    });

    test('keeps its title, reading and note free of unformatted large numbers', () => {
      const texts = [chart.title(data, lang), chart.reading(data, lang), chart.note?.(data, lang) ?? ''];
      for (const text of texts) expect(text).not.toMatch(/\d{5,}/);
    });
  });
}
