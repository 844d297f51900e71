/**
 * `action-timeline`'s words: title, reading, text alternative, table and note. The target's start
 * is not given by the article, and every text says so.
 */
import { formatChineseDate, formatFigure } from '../../text/format-number.ts';
import type { Timeline } from '../../schemas/timeline.ts';
import type { ChartTable } from '../chart-definition.ts';
import { figureField } from '../figure-fields.ts';
import { CUTOFF, LAUNCH, daysBetween, events, monthDay, timeFrame, utc } from './time-frame.ts';

export const TARGET = figureField('timeline', 'target_months');
/** The days between two dates are our arithmetic, not a figure of the dataset. */
const DAYS = '天';
const TARGET_CAVEAT = '起算日文章未说明，此处自启动日示意';

/** "目标：2个月内（起算日文章未说明，此处自启动日示意）" */
export function targetLabel(data: Timeline): string {
  return `目标：${TARGET.format(data.target_months)}内（${TARGET_CAVEAT}）`;
}

/** "24天", the elapsed days as drawn. */
export function daysLabel(days: number): string {
  return formatFigure(days, DAYS);
}

export function title(data: Timeline): string {
  const days = daysBetween(data);
  return days !== undefined ? `从启动到数据截止：${daysLabel(days)}` : '行动时间线';
}

export function reading(data: Timeline): string {
  const days = daysBetween(data);
  return (
    (days !== undefined ? `行动启动${daysLabel(days)}后，文章的围挡数据截止；` : '') +
    `整治目标是${TARGET.format(data.target_months)}内，起算日文章未说明。`
  );
}

export function describe(data: Timeline): string {
  const days = daysBetween(data);
  const launch = data.events[LAUNCH];
  const ticks = timeFrame(data).monthStarts;
  const months = TARGET.format(data.target_months);
  return (
    `时间线，按日期排列。` +
    events(data)
      .map((e) => `${formatChineseDate(e.iso)}：${e.label}，${e.description}`)
      .join('') +
    (days !== undefined
      ? `从${data.events[LAUNCH]!.label}到${data.events[CUTOFF]!.label}相隔${daysLabel(days)}。`
      : '') +
    `目标是在${months}内让问题得到有效解决；文章未说明这${months}从哪一天起算，` +
    (launch ? `图中用虚线从启动日${monthDay(utc(launch.date))}起画出，仅为示意。` : '图中的虚线仅为示意。') +
    (ticks.length > 0 ? `横轴刻度标出${ticks.map(monthDay).join('、')}。` : '')
  );
}

export function table(data: Timeline): ChartTable {
  const rows: (string | number)[][] = events(data).map((e) => [e.label, e.iso, '', '', e.description]);
  const days = daysBetween(data);
  if (days !== undefined) rows.push(['启动到数据截止', '', days, DAYS, '按两个日期计算']);
  rows.push([TARGET.label, '', data.target_months, TARGET.unit, `文章未说明起算日`]);
  return { columns: ['项目 item', '日期 date', '数值 value', '单位 unit', '说明 note'], rows };
}

export function note(data: Timeline): string {
  return (
    `文章只说“力争在${TARGET.format(data.target_months)}时间内让问题得到有效解决”（长春市城市管理局谈背街小巷整治时所说），没有说明从哪一天起算；` +
    `图中虚线从行动启动日起画，只是示意，终点不是文章给出的日期。`
  );
}
