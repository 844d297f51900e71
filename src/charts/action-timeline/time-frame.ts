/**
 * The dates `action-timeline` shows, as UTC calendar days: the events in order, the days from the
 * launch to the data cut-off, and the span the chart covers, with its month ticks. Dates are never
 * read in the machine's time zone or locale.
 */
import type { Timeline } from '../../schemas/timeline.ts';
import type { Lang } from '../../text/lang.ts';
import { dataText } from '../data-text-en.ts';

const DAY = 86_400_000;
export const LAUNCH = 'launch';
export const CUTOFF = 'data-cutoff';

/** A calendar date as UTC midnight. */
export function utc(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

/** The date `months` calendar months after `date` (UTC). */
function addMonths(date: Date, months: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate()));
}

const EN_MONTHS = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });

/** "6月17日" or "17 June": month and day, from UTC fields. */
export function monthDay(date: Date, lang: Lang = 'zh'): string {
  return lang === 'en' ? EN_MONTHS.format(date) : `${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

export interface Event {
  id: string;
  date: Date;
  iso: string;
  label: string;
  description: string;
}

/** The events by date (then id), their words in `lang`. */
export function events(data: Timeline, lang: Lang = 'zh'): Event[] {
  return Object.entries(data.events)
    .map(([id, event]) => ({
      id,
      date: utc(event.date),
      iso: event.date,
      label: dataText(event.label, lang),
      description: dataText(event.description, lang),
    }))
    .sort((a, b) => a.date.getTime() - b.date.getTime() || a.id.localeCompare(b.id));
}

/** Days from launch to the data cut-off, when both are given. */
export function daysBetween(data: Timeline): number | undefined {
  const launch = data.events[LAUNCH];
  const cutoff = data.events[CUTOFF];
  if (!launch || !cutoff) return undefined;
  return Math.round((utc(cutoff.date).getTime() - utc(launch.date).getTime()) / DAY);
}

/** The span the chart covers: launch, the illustrative target end, the x domain and month ticks. */
export function timeFrame(data: Timeline, lang: Lang = 'zh') {
  const list = events(data, lang);
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
