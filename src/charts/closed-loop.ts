/**
 * `closed-loop`: the action's closed loop — find and assign problems, solve them, build working
 * mechanisms, evaluate the results, and back to the start — as numbered nodes around a cycle,
 * clockwise from the top left, with the reused mechanisms as a caption line. The nodes sit on a
 * unit circle in data coordinates; Plot's x and y scales stretch it to the column.
 */
import * as Plot from '@observablehq/plot';
import { extent } from 'd3';
import { color } from '../design/tokens.ts';
import { formatFigure } from '../text/format-number.ts';
import type { Lang } from '../text/lang.ts';
import { wrapLines } from '../text/measure-text.ts';
import type { Timeline } from '../schemas/timeline.ts';
import { defineChart } from './chart-definition.ts';
import { captionedFrame, textStyle } from './chart-captions.ts';
import { SPACE } from './chart-layout.ts';

const RADIUS = 15;
const NUMBER_SIZE = 14;

interface Node {
  order: number;
  lines: string[];
  /** Position on the cycle: corners of the square [-1, 1]² for four stages; y grows downwards. */
  x: number;
  y: number;
}

/** A stage's or mechanism's name in `lang`: the data carries both (`label`, `label_en`). */
function labelIn(item: { label: string; label_en: string }, lang: Lang): string {
  return lang === 'en' ? item.label_en : item.label;
}

function mechanismsLine(data: Timeline, lang: Lang): string {
  return lang === 'en'
    ? `Existing working mechanisms reused: ${data.mechanisms.map((m) => m.label_en).join('; ')}`
    : `沿用原有工作机制：${data.mechanisms.map((m) => m.label).join('、')}`;
}

/** "4个环节", "4 stages". */
function stagesText(data: Timeline, lang: Lang): string {
  const n = data.closed_loop.length;
  return lang === 'en' ? `${n} stage${n === 1 ? '' : 's'}` : formatFigure(n, '个') + '环节';
}

/** Node centres around the cycle, clockwise from the top left: four stages sit at the corners. */
function positions(count: number): { x: number; y: number }[] {
  return Array.from({ length: count }, (_, i) => {
    const angle = (-3 * Math.PI) / 4 + (2 * Math.PI * i) / count;
    return { x: Math.SQRT2 * Math.cos(angle), y: Math.SQRT2 * Math.sin(angle) };
  });
}

export const closedLoop = defineChart({
  id: 'closed-loop',
  dataset: 'timeline',
  title: (data, lang) =>
    lang === 'en'
      ? `${stagesText(data, lang)}, joined end to end in a closed loop`
      : `${stagesText(data, lang)}，首尾相连的闭环`,
  reading: (data, lang) => {
    const first = data.closed_loop[0];
    const last = data.closed_loop.at(-1);
    return lang === 'en'
      ? `From "${first ? labelIn(first, lang) : ''}" to "${last ? labelIn(last, lang) : ''}", and back to the start.`
      : `从“${first?.label ?? ''}”到“${last?.label ?? ''}”，再回到起点。`;
  },
  describe: (data, _state, lang) =>
    lang === 'en'
      ? `Closed-loop diagram: ${stagesText(data, lang)} joined clockwise by arrows, each to the next: ` +
        data.closed_loop.map((stage, i) => `${i + 1}. ${stage.label_en}`).join('; ') +
        `; after the last stage the loop returns to stage 1. ` +
        `${mechanismsLine(data, lang)} (${data.mechanisms.length} in all).`
      : `闭环示意图：${stagesText(data, lang)}按顺时针方向用箭头首尾相连：` +
        data.closed_loop.map((stage, i) => `${i + 1}. ${stage.label}`).join('；') +
        `；最后一个环节之后回到第1个环节。` +
        `${mechanismsLine(data, lang)}（共${formatFigure(data.mechanisms.length, '项')}）。`,
  table: (data, lang) =>
    lang === 'en'
      ? {
          columns: ['Order', 'Stage', 'Kind'],
          rows: [
            ...data.closed_loop.map((stage, i) => [i + 1, stage.label_en, 'Stage of the loop']),
            ...data.mechanisms.map((m) => ['', m.label_en, 'Existing working mechanism, reused']),
          ],
        }
      : {
          columns: ['顺序 order', '环节 stage', '英文 English', '类别 kind'],
          rows: [
            ...data.closed_loop.map((stage, i) => [i + 1, stage.label, stage.label_en, '闭环环节']),
            ...data.mechanisms.map((m) => ['', m.label, m.label_en, '沿用的工作机制']),
          ],
        },
  embedHeight: 550,
  plot: (data, { width, lang }) => {
    const label = textStyle('heading');
    const narrow = width < 500;
    // Half the horizontal and vertical spread of the nodes, in pixels.
    const rx = narrow ? width * 0.25 : width * 0.2;
    const ry = narrow ? 56 : 60;
    const labelWidth = narrow ? width / 2 - 8 : 150;
    const nodes: Node[] = positions(data.closed_loop.length).map((p, i) => ({
      order: i + 1,
      lines: wrapLines(labelIn(data.closed_loop[i]!, lang), labelWidth, label.fontSize),
      ...p,
    }));
    const above = nodes.filter((n) => n.y < 0);
    const below = nodes.filter((n) => n.y >= 0);
    const labelsHeight = (list: Node[]) => Math.max(0, ...list.map((n) => n.lines.length)) * label.lineHeight;
    // Room inside the frame, around the nodes' centres, for the nodes and their labels.
    const insetTop = labelsHeight(above) + SPACE.tight + RADIUS;
    const insetBottom = RADIUS + SPACE.tight + labelsHeight(below);
    const frame = captionedFrame(width, insetTop + 2 * ry + insetBottom, {
      below: { captions: [{ text: mechanismsLine(data, lang), role: 'note', className: 'mark-mechanisms' }] },
    });
    const arrows = nodes.map((from, i) => ({ from, to: nodes[(i + 1) % nodes.length]! }));
    const labels = (list: Node[], side: 'top' | 'bottom') =>
      Plot.text(list, {
        x: 'x',
        y: 'y',
        dy: side === 'top' ? -(RADIUS + SPACE.tight) : RADIUS + SPACE.tight,
        text: (d: Node) => d.lines.join('\n'),
        lineAnchor: side === 'top' ? 'bottom' : 'top',
        lineHeight: label.lineHeight / label.fontSize,
        fontWeight: 700,
        fill: color('ink'),
        className: 'mark-stage-labels',
      });

    return {
      ...frame.size,
      x: { domain: extent(nodes, (n) => n.x) as [number, number], axis: null },
      y: { domain: extent(nodes, (n) => n.y) as [number, number], reverse: true, axis: null },
      insetLeft: width / 2 - rx,
      insetRight: width / 2 - rx,
      insetTop,
      insetBottom,
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
        labels(above, 'top'),
        labels(below, 'bottom'),
        Plot.text([lang === 'en' ? 'Full loop' : '完整闭环'], {
          x: 0,
          y: 0,
          text: (d: string) => d,
          fill: color('muted'),
          className: 'mark-centre',
        }),
        ...frame.marks,
      ],
    };
  },
});
