/**
 * `action-timeline`: the action's launch, the hoarding figures' cut-off and the days between them,
 * and the two-month target. The article does not say from which day the two months run, so the
 * target is a dashed span drawn from the launch and labelled as illustrative. Dates are UTC
 * calendar days; tick labels are formatted here in Chinese, never by the machine's locale.
 */
import * as Plot from '@observablehq/plot';
import { color } from '../design/tokens.ts';
import { formatChineseDate, formatFigure } from '../text/format-number.ts';
import type { Timeline } from '../schemas/timeline.ts';
import { defineChart } from './chart-definition.ts';
import { lineHeight, textBlock, textWidth, wrapLines } from './chart-layout.ts';

const DAY = 86_400_000;
const LAUNCH = 'launch';
const CUTOFF = 'data-cutoff';
const TARGET_CAVEAT = '起算日文章未说明，此处自启动日示意';

/** A calendar date as UTC midnight. */
function utc(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

/** The date `months` calendar months after `date` (UTC). */
function addMonths(date: Date, months: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate()));
}

/** "6月17日": month and day in Chinese, from UTC fields. */
function monthDay(date: Date): string {
  return `${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

interface Event {
  id: string;
  date: Date;
  iso: string;
  label: string;
  description: string;
}

function events(data: Timeline): Event[] {
  return Object.entries(data.events)
    .map(([id, event]) => ({
      id,
      date: utc(event.date),
      iso: event.date,
      label: event.label,
      description: event.description,
    }))
    .sort((a, b) => a.date.getTime() - b.date.getTime() || a.id.localeCompare(b.id));
}

/** Days from launch to the data cut-off, when both are given. */
function daysBetween(data: Timeline): number | undefined {
  const launch = data.events[LAUNCH];
  const cutoff = data.events[CUTOFF];
  if (!launch || !cutoff) return undefined;
  return Math.round((utc(cutoff.date).getTime() - utc(launch.date).getTime()) / DAY);
}

function targetLabel(data: Timeline): string {
  return `目标：${formatFigure(data.target_months, '个月')}内（${TARGET_CAVEAT}）`;
}

/** The dates the chart spans: launch, the illustrative target end, the x domain and month ticks. */
function timeFrame(data: Timeline) {
  const list = events(data);
  const launchEvent = list.find((e) => e.id === LAUNCH) ?? list[0];
  const cutoffEvent = list.find((e) => e.id === CUTOFF);
  const start = launchEvent?.date ?? new Date(0);
  const targetEnd = addMonths(start, data.target_months);
  const last = new Date(Math.max(targetEnd.getTime(), ...list.map((e) => e.date.getTime())));
  const span = Math.max(last.getTime() - start.getTime(), DAY);
  const domain: [Date, Date] = [new Date(start.getTime() - span * 0.02), new Date(last.getTime() + span * 0.04)];
  const monthStarts: Date[] = [];
  for (
    let m = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
    m <= domain[1];
    m = addMonths(m, 1)
  ) {
    monthStarts.push(m);
  }
  return { list, launchEvent, cutoffEvent, start, targetEnd, domain, monthStarts };
}

export const actionTimeline = defineChart({
  id: 'action-timeline',
  dataset: 'timeline',
  title: (data) => {
    const days = daysBetween(data);
    return days !== undefined ? `从启动到数据截止：${formatFigure(days, '天')}` : '行动时间线';
  },
  reading: (data) => {
    const days = daysBetween(data);
    return (
      (days !== undefined ? `行动启动${formatFigure(days, '天')}后，文章的围挡数据截止；` : '') +
      `整治目标是${formatFigure(data.target_months, '个月')}内，起算日文章未说明。`
    );
  },
  describe: (data) => {
    const list = events(data);
    const days = daysBetween(data);
    const launch = data.events[LAUNCH];
    const ticks = timeFrame(data).monthStarts;
    return (
      `时间线，按日期排列。` +
      list.map((e) => `${formatChineseDate(e.iso)}：${e.label}，${e.description}`).join('') +
      (days !== undefined
        ? `从${data.events[LAUNCH]!.label}到${data.events[CUTOFF]!.label}相隔${formatFigure(days, '天')}。`
        : '') +
      `目标是在${formatFigure(data.target_months, '个月')}内让问题得到有效解决；文章未说明这${formatFigure(data.target_months, '个月')}从哪一天起算，` +
      (launch ? `图中用虚线从启动日${monthDay(utc(launch.date))}起画出，仅为示意。` : '图中的虚线仅为示意。') +
      (ticks.length > 0 ? `横轴刻度标出${ticks.map(monthDay).join('、')}。` : '')
    );
  },
  table: (data) => {
    const rows: (string | number)[][] = events(data).map((e) => [e.label, e.iso, '', '', e.description]);
    const days = daysBetween(data);
    if (days !== undefined) rows.push(['启动到数据截止', '', days, '天', '按两个日期计算']);
    rows.push(['目标期限', '', data.target_months, '个月', `文章未说明起算日`]);
    return { columns: ['项目 item', '日期 date', '数值 value', '单位 unit', '说明 note'], rows };
  },
  note: (data) =>
    `文章只说“力争在${formatFigure(data.target_months, '个月')}时间内让问题得到有效解决”（长春市城市管理局谈背街小巷整治时所说），没有说明从哪一天起算；` +
    `图中虚线从行动启动日起画，只是示意，终点不是文章给出的日期。`,
  embedHeight: 520,
  plot: (data, { width }) => {
    const { list, launchEvent, cutoffEvent, start, targetEnd, domain, monthStarts } = timeFrame(data);
    const marginLeft = 6;
    const marginRight = 6;
    const plotWidth = width - marginLeft - marginRight;
    const px = (date: Date): number =>
      marginLeft + ((date.getTime() - domain[0].getTime()) / (domain[1].getTime() - domain[0].getTime())) * plotWidth;
    const line = lineHeight();

    // Event labels (date bold, then label) above the track, left-aligned at their date; a label that
    // would run into the previous one moves up a row; one that would clip at the right ends at its date.
    interface Placed {
      event: Event;
      x: number;
      anchor: 'start' | 'end';
      row: number;
    }
    const placed: Placed[] = [];
    const rowEnds: number[] = [];
    for (const event of list) {
      const x = px(event.date);
      const w = Math.max(textWidth(monthDay(event.date)), textWidth(event.label));
      const anchor = x + w > width ? 'end' : 'start';
      const left = anchor === 'start' ? x : x - w;
      let row = 0;
      while ((rowEnds[row] ?? -Infinity) + 8 > left) row++;
      rowEnds[row] = left + w;
      placed.push({ event, x, anchor, row });
    }
    const labelRows = Math.max(1, rowEnds.length);
    const labelBlock = 2 * line + 4;
    const trackY = 4 + labelRows * labelBlock + 8;
    const daysY = trackY + 10;
    const targetY = daysY + line + 14;
    // wrapLines breaks before the bracketed caveat when the label does not fit on one line.
    const targetText = wrapLines(targetLabel(data), width - px(start) - 2);
    const targetTextY = targetY + 8;
    const marginBottom = 24;
    const height = Math.ceil(targetTextY + targetText.length * line + 10 + marginBottom);
    const days = daysBetween(data);

    const labelTop = (p: Placed): number => 4 + (labelRows - 1 - p.row) * labelBlock;
    const marks: Plot.Markish[] = [
      Plot.ruleY([height - marginBottom], {
        x1: domain[0],
        x2: domain[1],
        stroke: color('rule'),
        className: 'mark-axis',
      }),
      Plot.ruleX(monthStarts, {
        x: (d: Date) => d,
        y1: height - marginBottom,
        y2: height - marginBottom + 4,
        stroke: color('muted'),
        className: 'mark-ticks',
      }),
      Plot.text(monthStarts, {
        x: (d: Date) => d,
        y: height - marginBottom + 7,
        text: (d: Date) => monthDay(d),
        lineAnchor: 'top',
        fill: color('muted'),
        className: 'mark-month-ticks',
      }),
      Plot.ruleY([trackY], { x1: domain[0], x2: domain[1], stroke: color('rule'), strokeWidth: 2 }),
    ];
    if (launchEvent && cutoffEvent && days !== undefined) {
      marks.push(
        Plot.ruleY([trackY], {
          x1: launchEvent.date,
          x2: cutoffEvent.date,
          stroke: color('hoarding'),
          strokeWidth: 6,
          className: 'mark-elapsed',
        }),
        Plot.text([formatFigure(days, '天')], {
          x: new Date((launchEvent.date.getTime() + cutoffEvent.date.getTime()) / 2),
          y: daysY,
          text: (d: string) => d,
          lineAnchor: 'top',
          fontWeight: 700,
          fill: color('hoarding'),
          className: 'mark-elapsed-label',
        }),
      );
    }
    marks.push(
      Plot.ruleX(list, {
        x: 'date',
        y1: (p: Event) => labelTop(placed.find((q) => q.event === p)!) + 2 * line,
        y2: trackY,
        stroke: color('muted'),
      }),
      Plot.dot(list, {
        x: 'date',
        y: trackY,
        r: 5,
        fill: color('ink'),
        stroke: color('paper'),
        strokeWidth: 1.5,
        className: 'mark-events',
      }),
      ...placed.flatMap((p) => [
        Plot.text([p], {
          x: p.event.date,
          y: labelTop(p),
          text: () => monthDay(p.event.date),
          textAnchor: p.anchor,
          lineAnchor: 'top',
          fontWeight: 700,
          fill: color('ink'),
          className: 'mark-event-date',
        }),
        Plot.text([p], {
          x: p.event.date,
          y: labelTop(p) + line,
          text: () => p.event.label,
          textAnchor: p.anchor,
          lineAnchor: 'top',
          fill: color('ink'),
          className: 'mark-event-label',
        }),
      ]),
      // The target: dashed, with end caps, from the launch (illustrative start).
      Plot.ruleY([targetY], {
        x1: start,
        x2: targetEnd,
        stroke: color('highlight'),
        strokeWidth: 3,
        strokeDasharray: '6 4',
        className: 'mark-target',
      }),
      Plot.ruleX([start, targetEnd], {
        x: (d: Date) => d,
        y1: targetY - 5,
        y2: targetY + 5,
        stroke: color('highlight'),
        strokeWidth: 2,
        className: 'mark-target-ends',
      }),
      textBlock(targetText, { x: start, y: targetTextY, fill: color('highlight'), className: 'mark-target-label' }),
    );

    return {
      width,
      height,
      marginLeft,
      marginRight,
      marginTop: 0,
      marginBottom: 0,
      x: { type: 'utc', domain, axis: null },
      y: { type: 'identity', axis: null },
      marks,
    };
  },
});
