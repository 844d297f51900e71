/**
 * `action-timeline`'s geometry: a UTC time scale across the column with Plot's own axis (month
 * starts, labelled in the edition’s language), and two rows on a point scale: the track with the events and the
 * days between launch and cut-off, and the illustrative target under it. Event labels stand above
 * the track at their dates, a row higher when they would run into the previous one.
 */
import * as Plot from '@observablehq/plot';
import { color } from '../../design/tokens.ts';
import { textWidth, wrapLines } from '../../text/measure-text.ts';
import type { Timeline } from '../../schemas/timeline.ts';
import type { Lang } from '../../text/lang.ts';
import type { ChartOptions } from '../chart-definition.ts';
import { textStyle } from '../chart-captions.ts';
import { SPACE } from '../chart-layout.ts';
import { daysLabel, targetLabel } from './copy.ts';
import { daysBetween, monthDay, timeFrame, type Event } from './time-frame.ts';

const MARGIN_X = 6;
/** Room under the frame for the axis: ticks and their labels. */
const AXIS_HEIGHT = 24;
const ROWS = ['track', 'target'] as const;

/** An event label: its row above the track (0 nearest) and the side of its date it reads from. */
interface Placed {
  event: Event;
  row: number;
  anchor: 'start' | 'end';
}

/**
 * Labels left-aligned at their date; one that would run past the right edge ends at its date, and
 * one that would run into the previous label in its row moves a row up.
 */
function placeLabels(list: Event[], x: (date: Date) => number, width: number, fontSize: number, lang: Lang): Placed[] {
  const rowEnds: number[] = [];
  return list.map((event) => {
    const at = x(event.date);
    const w = Math.max(textWidth(monthDay(event.date, lang), fontSize), textWidth(event.label, fontSize));
    const anchor = at + w > width ? 'end' : 'start';
    const left = anchor === 'start' ? at : at - w;
    let row = 0;
    while ((rowEnds[row] ?? -Infinity) + SPACE.gap > left) row++;
    rowEnds[row] = left + w;
    return { event, row, anchor };
  });
}

export function plot(data: Timeline, { width, lang = 'zh' }: ChartOptions): Plot.PlotOptions {
  const { list, launchEvent, cutoffEvent, start, targetEnd, domain, monthStarts } = timeFrame(data, lang);
  const dayOf = (date: Date) => monthDay(date, lang);
  const text = textStyle('body');
  const x = Plot.scale({ x: { type: 'utc', domain, range: [MARGIN_X, width - MARGIN_X] } });
  const placed = placeLabels(list, (date) => x.apply(date) as number, width, text.fontSize, lang);
  const labelRows = Math.max(1, ...placed.map((p) => p.row + 1));
  const labelPitch = 2 * text.lineHeight + SPACE.tight;
  // From the track down to the target: the days under the track, then a section's space.
  const targetDrop = SPACE.gap + text.lineHeight + SPACE.section;
  const targetLines = wrapLines(targetLabel(data, lang), width - (x.apply(start) as number) - 2, text.fontSize);
  const insetBottom = SPACE.gap + targetLines.length * text.lineHeight + SPACE.gap;
  const marginTop = SPACE.edge + labelRows * labelPitch + SPACE.gap;
  const height = marginTop + targetDrop + insetBottom + AXIS_HEIGHT;
  const days = daysBetween(data);
  const on = (row: (typeof ROWS)[number]) => () => row;
  /** How far above the track a label's top is. */
  const rise = (p: Placed) => (p.row + 1) * labelPitch + SPACE.gap;

  const marks: Plot.Markish[] = [
    Plot.frame({ anchor: 'bottom', stroke: color('rule'), className: 'mark-axis' }),
    Plot.axisX(monthStarts, {
      tickFormat: dayOf,
      tickSize: 4,
      color: color('muted'),
      label: null,
      className: 'mark-month-ticks',
    }),
    Plot.ruleY(['track'], { y: on('track'), x1: domain[0], x2: domain[1], stroke: color('rule'), strokeWidth: 2 }),
  ];
  if (launchEvent && cutoffEvent && days !== undefined) {
    marks.push(
      Plot.ruleY(['track'], {
        y: on('track'),
        x1: launchEvent.date,
        x2: cutoffEvent.date,
        stroke: color('hoarding'),
        strokeWidth: 6,
        className: 'mark-elapsed',
      }),
      Plot.text([daysLabel(days, lang)], {
        x: new Date((launchEvent.date.getTime() + cutoffEvent.date.getTime()) / 2),
        y: on('track'),
        dy: SPACE.gap,
        text: (d: string) => d,
        lineAnchor: 'top',
        fontWeight: 700,
        fill: color('hoarding'),
        className: 'mark-elapsed-label',
      }),
    );
  }
  // Each label's stem runs from under its two lines down to the track.
  for (const p of placed) {
    const label = { x: p.event.date, y: on('track'), textAnchor: p.anchor, lineAnchor: 'top' } as const;
    marks.push(
      Plot.ruleX([p.event.date], {
        x: (d: Date) => d,
        y1: on('track'),
        y2: on('track'),
        insetTop: -(rise(p) - 2 * text.lineHeight),
        stroke: color('muted'),
      }),
      Plot.text([dayOf(p.event.date)], {
        ...label,
        dy: -rise(p),
        text: (d: string) => d,
        fontWeight: 700,
        fill: color('ink'),
        className: 'mark-event-date',
      }),
      Plot.text([p.event.label], {
        ...label,
        dy: -rise(p) + text.lineHeight,
        text: (d: string) => d,
        fill: color('ink'),
        className: 'mark-event-label',
      }),
    );
  }
  marks.push(
    Plot.dot(list, {
      x: 'date',
      y: on('track'),
      r: 5,
      fill: color('ink'),
      stroke: color('paper'),
      strokeWidth: 1.5,
      className: 'mark-events',
    }),
    // The target: dashed, with end caps, from the launch (an illustrative start).
    Plot.ruleY(['target'], {
      y: on('target'),
      x1: start,
      x2: targetEnd,
      stroke: color('highlight'),
      strokeWidth: 3,
      strokeDasharray: '6 4',
      className: 'mark-target',
    }),
    Plot.ruleX([start, targetEnd], {
      x: (d: Date) => d,
      y1: on('target'),
      y2: on('target'),
      inset: -5,
      stroke: color('highlight'),
      strokeWidth: 2,
      className: 'mark-target-ends',
    }),
    Plot.text([targetLines.join('\n')], {
      x: start,
      y: on('target'),
      dy: SPACE.gap,
      text: (d: string) => d,
      textAnchor: 'start',
      lineAnchor: 'top',
      lineHeight: text.lineHeight / text.fontSize,
      fill: color('highlight'),
      className: 'mark-target-label',
    }),
  );

  return {
    width,
    height,
    marginLeft: MARGIN_X,
    marginRight: MARGIN_X,
    marginTop,
    marginBottom: AXIS_HEIGHT,
    insetBottom,
    x: { type: 'utc', domain },
    y: { type: 'point', domain: [...ROWS], padding: 0, axis: null },
    marks,
  };
}
