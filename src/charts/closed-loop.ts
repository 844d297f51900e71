/**
 * `closed-loop`: the action's closed loop — find and assign problems, solve them, build working
 * mechanisms, evaluate the results, and back to the start — as numbered nodes around a cycle,
 * clockwise from the top left, with the reused mechanisms as a caption line.
 */
import * as Plot from '@observablehq/plot';
import { color } from '../design/tokens.ts';
import { formatFigure } from '../text/format-number.ts';
import type { Timeline } from '../schemas/timeline.ts';
import { defineChart } from './chart-definition.ts';
import { lineHeight, pixelFrame, textBlock, wrapLines } from './chart-layout.ts';

const RADIUS = 15;
const NUMBER_SIZE = 14;

interface Node {
  order: number;
  label: string;
  lines: string[];
  x: number;
  y: number;
  /** Where the label sits: above the node (top row) or below it. */
  above: boolean;
}

function mechanismsLine(data: Timeline): string {
  return `沿用原有工作机制：${data.mechanisms.map((m) => m.label).join('、')}`;
}

/**
 * Node centres around the cycle, clockwise from the top left. Four stages sit at the corners of a
 * rectangle; other counts sit on an ellipse, starting at the top left.
 */
function positions(count: number, cx: number, cy: number, rx: number, ry: number): { x: number; y: number }[] {
  return Array.from({ length: count }, (_, i) => {
    const angle = (-3 * Math.PI) / 4 + (2 * Math.PI * i) / count;
    const x = cx + rx * Math.SQRT2 * Math.cos(angle);
    const y = cy + ry * Math.SQRT2 * Math.sin(angle);
    return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
  });
}

export const closedLoop = defineChart({
  id: 'closed-loop',
  dataset: 'timeline',
  title: (data) => `${formatFigure(data.closed_loop.length, '个')}环节，首尾相连的闭环`,
  reading: (data) => `从“${data.closed_loop[0]?.label ?? ''}”到“${data.closed_loop.at(-1)?.label ?? ''}”，再回到起点。`,
  describe: (data) =>
    `闭环示意图：${formatFigure(data.closed_loop.length, '个')}环节按顺时针方向用箭头首尾相连：` +
    data.closed_loop.map((stage, i) => `${i + 1}. ${stage.label}`).join('；') +
    `；最后一个环节之后回到第1个环节。` +
    `${mechanismsLine(data)}（共${formatFigure(data.mechanisms.length, '项')}）。`,
  table: (data) => ({
    columns: ['顺序 order', '环节 stage', '英文 English', '类别 kind'],
    rows: [
      ...data.closed_loop.map((stage, i) => [i + 1, stage.label, stage.label_en, '闭环环节']),
      ...data.mechanisms.map((m) => ['', m.label, m.label_en, '沿用的工作机制']),
    ],
  }),
  embedHeight: 550,
  plot: (data, { width }) => {
    const line = lineHeight();
    const stages = data.closed_loop;
    const narrow = width < 500;
    const rx = narrow ? width * 0.25 : width * 0.2;
    const labelWidth = narrow ? width / 2 - 8 : 150;
    const wrapped = stages.map((stage) => wrapLines(stage.label, labelWidth));
    const maxLines = Math.max(1, ...wrapped.map((l) => l.length));
    const labelBlock = maxLines * line;
    const ry = narrow ? 56 : 60;
    const cy = 6 + labelBlock + 8 + RADIUS + ry;
    const cx = width / 2;
    const nodes: Node[] = positions(stages.length, cx, cy, rx, ry).map((p, i) => ({
      order: i + 1,
      label: stages[i]!.label,
      lines: wrapped[i]!,
      x: p.x,
      y: p.y,
      above: p.y < cy,
    }));
    const bottom = Math.max(...nodes.map((n) => (n.above ? n.y + RADIUS : n.y + RADIUS + 8 + n.lines.length * line)));
    const captionLines = wrapLines(mechanismsLine(data), width);
    const captionTop = bottom + 18;
    const height = Math.ceil(captionTop + captionLines.length * line + 8);
    const arrows = nodes.map((from, i) => ({ from, to: nodes[(i + 1) % nodes.length]! }));

    return {
      ...pixelFrame(width, height),
      marks: [
        Plot.arrow(arrows, {
          x1: (d: (typeof arrows)[number]) => d.from.x,
          y1: (d: (typeof arrows)[number]) => d.from.y,
          x2: (d: (typeof arrows)[number]) => d.to.x,
          y2: (d: (typeof arrows)[number]) => d.to.y,
          bend: 22.5,
          inset: RADIUS + 5,
          headLength: 9,
          stroke: color('muted'),
          strokeWidth: 1.5,
          className: 'mark-arrows',
        }),
        Plot.dot(nodes, { x: 'x', y: 'y', r: RADIUS, fill: color('highlight'), className: 'mark-stages' }),
        Plot.text(nodes, {
          x: 'x',
          y: 'y',
          text: (d: Node) => String(d.order),
          fill: color('paper'),
          fontWeight: 700,
          fontSize: NUMBER_SIZE,
          className: 'mark-stage-numbers',
        }),
        Plot.text(
          nodes.filter((n) => n.above),
          {
            x: 'x',
            y: (d: Node) => d.y - RADIUS - 6,
            text: (d: Node) => d.lines.join('\n'),
            lineAnchor: 'bottom',
            fontWeight: 700,
            fill: color('ink'),
            lineHeight: line / 13,
            className: 'mark-stage-labels',
          },
        ),
        Plot.text(
          nodes.filter((n) => !n.above),
          {
            x: 'x',
            y: (d: Node) => d.y + RADIUS + 6,
            text: (d: Node) => d.lines.join('\n'),
            lineAnchor: 'top',
            fontWeight: 700,
            fill: color('ink'),
            lineHeight: line / 13,
            className: 'mark-stage-labels',
          },
        ),
        Plot.text(['完整闭环'], {
          x: cx,
          y: cy,
          text: (d: string) => d,
          fill: color('muted'),
          className: 'mark-centre',
        }),
        textBlock(captionLines, { x: 0, y: captionTop, fill: color('muted'), className: 'mark-mechanisms' }),
      ],
    };
  },
});
