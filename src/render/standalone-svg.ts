/**
 * A chart as a self-contained SVG file for print desks and for the PNG downloads: title, reading,
 * the chart, note, source and data version, with colours resolved (no page CSS travels with it),
 * `xmlns`, and the fonts declared (Noto Sans SC first, which the PNG renderer bundles).
 */
import type { BoundChart } from '../charts/chart-definition.ts';
import { COLORS, FONT_STACK, resolveTokens } from '../design/tokens.ts';
import { escapeXml } from '../text/escape-xml.ts';
import { renderSvg } from './render-svg.ts';
import { wrapLines } from '../text/measure-text.ts';

export interface StandaloneSvg {
  svg: string;
  width: number;
  height: number;
}

const PAD = 20;

/** Text lines as <text> elements starting at `y`; returns the mark-up and the next free y. */
function textBlock(lines: string[], y: number, size: number, attributes: string): { markup: string; y: number } {
  const lineHeight = Math.round(size * 1.45);
  const markup = lines
    .map(
      (line, i) =>
        `<text x="${PAD}" y="${y + size + i * lineHeight}" font-size="${size}" ${attributes}>${escapeXml(line)}</text>`,
    )
    .join('');
  return { markup, y: y + lines.length * lineHeight };
}

export interface StandaloneOptions {
  /** Layout width in CSS pixels (the PNGs scale it up). */
  width: number;
  /** Credit lines under the chart: source, data version, chart page URL. */
  credits: string[];
}

export function standaloneSvg(chart: BoundChart, options: StandaloneOptions): StandaloneSvg {
  const { width } = options;
  const inner = width - 2 * PAD;
  const { title } = chart;
  let y = PAD - 4;
  const head = textBlock(wrapLines(title, inner, 22), y, 22, 'font-weight="700"');
  y = head.y + 2;
  const reading = textBlock(wrapLines(chart.reading, inner, 15), y, 15, `fill="${COLORS.muted.light}"`);
  y = reading.y + 12;
  const plot = renderSvg(chart.plot({ width: inner }), {
    idPrefix: `download-${chart.id}-v${chart.version.version}`,
    title,
    description: chart.describe(),
  });
  const plotHeight = Number(/height="([\d.]+)"/.exec(plot)?.[1] ?? 0);
  const placed = plot.replace(/^<svg /, `<svg x="${PAD}" y="${y}" `);
  y += plotHeight + 12;
  const { note } = chart;
  const footLines = [
    ...(note ? wrapLines(note, inner, 12) : []),
    ...options.credits.flatMap((line) => wrapLines(line, inner, 12)),
  ];
  const foot = textBlock(footLines, y, 12, `fill="${COLORS.muted.light}"`);
  const height = Math.ceil(foot.y + PAD - 4);
  const fontFamily = `"Noto Sans SC", ${FONT_STACK}`.replace(/"/g, "'");
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${fontFamily}" color="${COLORS.ink.light}" fill="${COLORS.ink.light}">` +
    `<style>text{font-family:${fontFamily}}</style>` +
    `<rect width="100%" height="100%" fill="${COLORS.paper.light}"/>` +
    head.markup +
    reading.markup +
    placed +
    foot.markup +
    `</svg>`;
  return { svg: resolveTokens(svg), width, height };
}
