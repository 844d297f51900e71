/**
 * `back-street-works`'s geometry: the panels stacked top to bottom, grouped by site under its name,
 * a rule between sites. Each panel is its label and a grid of unit marks, `columns` to a row; x is
 * a scale in grid cells, so every panel's marks share one column grid. There is no axis: marks are
 * counts, not values on a shared scale.
 */
import * as Plot from '@observablehq/plot';
import { type ColorName, color } from '../../design/tokens.ts';
import { textWidth, wrapLines } from '../../text/measure-text.ts';
import type { BackStreets } from '../../schemas/back-streets.ts';
import type { ChartOptions } from '../chart-definition.ts';
import { textStyle } from '../chart-captions.ts';
import { SPACE, stackBlocks, unitCell, type Space } from '../chart-layout.ts';
import { MEASURES, panels, perMarkText, type Panel, type Shape } from './panels.ts';

/** One unit mark, in grid cells across and pixels down. */
interface Mark {
  shape: Shape;
  color: ColorName;
  /** Left edge and right edge (a partial square is shorter), in cells. */
  x1: number;
  x2: number;
  /** Top (a partial tick is shorter) and bottom, in pixels. */
  y1: number;
  y2: number;
}

/** A line or lines of text, left-aligned: x in cells, y (its top) in pixels. */
interface Label {
  text: string;
  x: number;
  y: number;
}

/** A stacked block: a site's name, a rule between sites, a panel's label or its grid of marks. */
type Block = { height: number; space: Space } & (
  | { kind: 'site'; lines: string[] }
  | { kind: 'rule' }
  | { kind: 'label'; panel: Panel; perMarkBelow: boolean }
  | { kind: 'grid'; panel: Panel }
);

export function plot(data: BackStreets, { width, lang = 'zh' }: ChartOptions): Plot.PlotOptions {
  const columns = width < 500 ? 30 : 50;
  const { cell, gap } = unitCell(width, columns);
  /** The side of a mark in pixels, and in cells. */
  const size = cell - gap;
  const side = size / cell;
  const body = textStyle('body');
  const heading = textStyle('heading');
  /** A panel's label, wrapped to the width (English labels can be long). */
  const labelLines = (panel: Panel) =>
    wrapLines(
      lang === 'en' ? `${panel.measure.field.label_en}: ${panel.text}` : `${panel.measure.field.label} ${panel.text}`,
      width,
      body.fontSize,
    );
  /** Room after a panel's label's last line before its per-mark key, on the same line. */
  const keyIndent = (panel: Panel) => textWidth(labelLines(panel).at(-1) ?? '', body.fontSize) + SPACE.gap;
  const keyText = (panel: Panel) => perMarkText(panel.measure, panel.perMark, lang);
  const markSlots = (panel: Panel) => Math.ceil(panel.marks) + (panel.qualifier === 'more_than' ? 1 : 0);

  const blocks: Block[] = [];
  let site: string | undefined;
  for (const panel of panels(data, lang)) {
    if (panel.siteId !== site) {
      if (site !== undefined) blocks.push({ kind: 'rule', height: 0, space: 'section' });
      site = panel.siteId;
      const name = lang === 'en' ? `${panel.siteName} (${panel.district})` : `${panel.siteName}（${panel.district}）`;
      const lines = wrapLines(name, width, heading.fontSize);
      blocks.push({ kind: 'site', lines, height: lines.length * heading.lineHeight, space: 'section' });
    }
    const perMarkBelow = keyIndent(panel) + textWidth(keyText(panel), body.fontSize) > width;
    const lineCount = labelLines(panel).length + (perMarkBelow ? 1 : 0);
    const label = { kind: 'label', panel, perMarkBelow, height: lineCount * body.lineHeight } as const;
    blocks.push({ ...label, space: blocks.at(-1)?.kind === 'site' ? 'tight' : 'gap' });
    blocks.push({ kind: 'grid', panel, height: Math.ceil(markSlots(panel) / columns) * cell, space: 'tight' });
  }
  const { tops, height } = stackBlocks(blocks);

  const marks: Mark[] = [];
  const outlines: Mark[] = [];
  const sites: Label[] = [];
  const labels: Label[] = [];
  const keys: Label[] = [];
  const rules: number[] = [];
  blocks.forEach((block, i) => {
    const top = tops[i]!;
    if (block.kind === 'rule') rules.push(top);
    else if (block.kind === 'site') sites.push({ text: block.lines.join('\n'), x: 0, y: top });
    else if (block.kind === 'label') {
      const { panel, perMarkBelow } = block;
      const lines = labelLines(panel);
      labels.push({ text: lines.join('\n'), x: 0, y: top });
      const key = keyText(panel);
      const lastLine = top + (lines.length - 1) * body.lineHeight;
      keys.push(
        perMarkBelow
          ? { text: key, x: 0, y: lastLine + body.lineHeight }
          : { text: key, x: keyIndent(panel) / cell, y: lastLine },
      );
    } else {
      const { panel } = block;
      const whole = Math.floor(panel.marks);
      const drawn = Math.ceil(panel.marks);
      for (let index = 0; index < markSlots(panel); index++) {
        const column = index % columns;
        const y = top + Math.floor(index / columns) * cell;
        // The last mark of a fractional count is shortened in proportion (squares across, ticks down).
        const fraction = index < whole || index >= drawn ? 1 : panel.marks - whole;
        const { shape } = panel.measure;
        const mark: Mark = {
          shape,
          color: panel.measure.color,
          x1: column,
          x2: column + side * (shape === 'square' ? fraction : 1),
          y1: shape === 'tick' ? y + size * (1 - fraction) : y,
          y2: y + size,
        };
        (index < drawn ? marks : outlines).push(mark);
      }
    }
  });

  const text = (list: Label[], options: Plot.TextOptions) =>
    Plot.text(list, {
      x: 'x',
      y: 'y',
      text: 'text',
      textAnchor: 'start',
      lineAnchor: 'top',
      lineHeight: body.lineHeight / body.fontSize,
      ...options,
    });
  const ofShape = (shape: Shape, markColor: ColorName) =>
    marks.filter((m) => m.shape === shape && m.color === markColor);
  const centre = (m: Mark) => m.x1 + side / 2;

  return {
    width,
    height,
    margin: 0,
    x: { domain: [0, width / cell], axis: null },
    y: { type: 'identity', axis: null },
    marks: [
      Plot.ruleY(rules, { y: (d: number) => d, stroke: color('rule'), className: 'mark-site-separators' }),
      text(sites, { fontWeight: 700, fill: color('ink'), className: 'mark-sites' }),
      text(labels, { fill: color('ink'), className: 'mark-panel-labels' }),
      text(keys, { fill: color('muted'), className: 'mark-per-mark-units' }),
      ...[...new Set(MEASURES.map((m) => m.color))].flatMap((c) => [
        Plot.rect(ofShape('square', c), {
          x1: 'x1',
          x2: 'x2',
          y1: 'y1',
          y2: 'y2',
          fill: color(c),
          className: `mark-squares-${c}`,
        }),
        Plot.ruleX(ofShape('tick', c), {
          x: centre,
          y1: 'y1',
          y2: 'y2',
          stroke: color(c),
          strokeWidth: 2,
          className: `mark-ticks-${c}`,
        }),
        Plot.dot(ofShape('circle', c), {
          x: centre,
          y: (m: Mark) => m.y1 + size / 2,
          r: size / 2,
          fill: color(c),
          className: `mark-circles-${c}`,
        }),
      ]),
      // "余": a dashed empty mark after the last, for the part of the figure the article leaves out.
      Plot.rect(outlines, {
        x1: 'x1',
        x2: 'x2',
        y1: 'y1',
        y2: 'y2',
        fill: 'none',
        stroke: color('muted'),
        strokeDasharray: '2 2',
        className: 'mark-more-than',
      }),
      Plot.text(outlines, {
        x: 'x2',
        y: (m: Mark) => m.y1 + size / 2,
        dx: 4,
        text: () => (lang === 'en' ? '+' : '余'),
        textAnchor: 'start',
        fill: color('muted'),
        className: 'mark-more-than-label',
      }),
    ],
  };
}
