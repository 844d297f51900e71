/**
 * `action-timeline`'s words: title, reading, text alternative, table and note, in either edition's
 * language. The target's start is not given by the article, and every text says so.
 */
import { formatChineseDate, formatEnglishDate, formatFigure } from '../../text/format-number.ts';
import type { Lang } from '../../text/lang.ts';
import type { Timeline } from '../../schemas/timeline.ts';
import type { ChartTable } from '../chart-definition.ts';
import { figureField } from '../figure-fields.ts';
import { CUTOFF, LAUNCH, daysBetween, events, monthDay, timeFrame, utc } from './time-frame.ts';

export const TARGET = figureField('timeline', 'target_months');
/** The days between two dates are our arithmetic, not a figure of the dataset. */
const DAYS = { zh: '天', en: 'days' } as const;
const TARGET_CAVEAT = {
  zh: '起算日文章未说明，此处自启动日示意',
  en: 'the article gives no start; drawn from the launch as an illustration',
} as const;

/** "目标：2个月内（起算日文章未说明，此处自启动日示意）", "Target: within 2 months (…)". */
export function targetLabel(data: Timeline, lang: Lang = 'zh'): string {
  return lang === 'en'
    ? `Target: within ${TARGET.format(data.target_months, lang)} (${TARGET_CAVEAT.en})`
    : `目标：${TARGET.format(data.target_months)}内（${TARGET_CAVEAT.zh}）`;
}

/** "24天", "24 days": the elapsed days as drawn. */
export function daysLabel(days: number, lang: Lang = 'zh'): string {
  return lang === 'en' ? `${days} day${days === 1 ? '' : 's'}` : formatFigure(days, DAYS.zh);
}

export function title(data: Timeline, lang: Lang): string {
  const days = daysBetween(data);
  if (lang === 'en') return days !== undefined ? `From launch to data cut-off: ${daysLabel(days, lang)}` : 'Timeline';
  return days !== undefined ? `从启动到数据截止：${daysLabel(days)}` : '行动时间线';
}

export function reading(data: Timeline, lang: Lang): string {
  const days = daysBetween(data);
  if (lang === 'en') {
    return (
      (days !== undefined
        ? `The article's hoarding figures run to ${daysLabel(days, lang)} after the campaign's launch; `
        : '') + `the target is ${TARGET.format(data.target_months, lang)}, from a day the article does not give.`
    );
  }
  return (
    (days !== undefined ? `行动启动${daysLabel(days)}后，文章的围挡数据截止；` : '') +
    `整治目标是${TARGET.format(data.target_months)}内，起算日文章未说明。`
  );
}

export function describe(data: Timeline, _state: string | undefined, lang: Lang): string {
  const days = daysBetween(data);
  const launch = data.events[LAUNCH];
  const ticks = timeFrame(data, lang).monthStarts;
  const list = events(data, lang);
  const byId = (id: string) => list.find((e) => e.id === id)?.label ?? '';
  if (lang === 'en') {
    const months = TARGET.format(data.target_months, lang);
    return (
      'Timeline, in date order. ' +
      list.map((e) => `${formatEnglishDate(e.iso)}: ${e.label}. ${e.description} `).join('') +
      (days !== undefined ? `From "${byId(LAUNCH)}" to "${byId(CUTOFF)}": ${daysLabel(days, lang)}. ` : '') +
      `The target is to have the problems effectively solved within ${months}; the article does not say from which day the ${months} run, ` +
      (launch
        ? `so the dashed line is drawn from the launch on ${monthDay(utc(launch.date), lang)}, as an illustration only.`
        : 'so the dashed line is only an illustration.') +
      (ticks.length > 0 ? ` The axis marks ${ticks.map((t) => monthDay(t, lang)).join(', ')}.` : '')
    );
  }
  const months = TARGET.format(data.target_months);
  return (
    `时间线，按日期排列。` +
    list.map((e) => `${formatChineseDate(e.iso)}：${e.label}，${e.description}`).join('') +
    (days !== undefined ? `从${byId(LAUNCH)}到${byId(CUTOFF)}相隔${daysLabel(days)}。` : '') +
    `目标是在${months}内让问题得到有效解决；文章未说明这${months}从哪一天起算，` +
    (launch ? `图中用虚线从启动日${monthDay(utc(launch.date))}起画出，仅为示意。` : '图中的虚线仅为示意。') +
    (ticks.length > 0 ? `横轴刻度标出${ticks.map((t) => monthDay(t)).join('、')}。` : '')
  );
}

export function table(data: Timeline, lang: Lang): ChartTable {
  const en = lang === 'en';
  const rows: (string | number)[][] = events(data, lang).map((e) => [e.label, e.iso, '', '', e.description]);
  const days = daysBetween(data);
  if (days !== undefined)
    rows.push(
      en
        ? ['Launch to data cut-off', '', days, DAYS.en, 'Counted from the two dates']
        : ['启动到数据截止', '', days, DAYS.zh, '按两个日期计算'],
    );
  rows.push([
    TARGET.labelIn(lang),
    '',
    data.target_months,
    TARGET.unitIn(lang),
    en ? 'The article does not say when it starts' : `文章未说明起算日`,
  ]);
  return {
    columns: en
      ? ['Item', 'Date', 'Value', 'Unit', 'Note']
      : ['项目 item', '日期 date', '数值 value', '单位 unit', '说明 note'],
    rows,
  };
}

export function note(data: Timeline, lang: Lang): string {
  if (lang === 'en') {
    return (
      `The article only says the aim is "to have the problems effectively solved within ${TARGET.format(data.target_months, lang)}" (Changchun's urban management bureau, on the back-street works), without saying from which day; ` +
      "the dashed line is drawn from the campaign's launch only as an illustration, and its end is not a date the article gives."
    );
  }
  return (
    `文章只说“力争在${TARGET.format(data.target_months)}时间内让问题得到有效解决”（长春市城市管理局谈背街小巷整治时所说），没有说明从哪一天起算；` +
    `图中虚线从行动启动日起画，只是示意，终点不是文章给出的日期。`
  );
}
