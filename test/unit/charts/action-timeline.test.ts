/**
 * `action-timeline`: launch → data cut-off (days computed) → the two-month target, drawn dashed
 * from the launch and labelled as illustrative; Chinese date labels that do not depend on the
 * machine's locale or time zone.
 */
import { describe, expect, test } from 'vitest';
import { actionTimeline } from '../../../src/charts/action-timeline/chart.ts';
import { renderChartSvg } from '../../helpers/svg-snapshot.ts';
import {
  WIDTHS,
  asData,
  chartBasics,
  fixtureJson,
  loadFixture,
  marksIn,
  parseSvg,
  shownText,
} from './chart-test-kit.ts';

const data = loadFixture('timeline');
chartBasics(actionTimeline, data);

describe('action-timeline', () => {
  test.each(WIDTHS)('shows both events, the days between them and the dashed, caveated target (%i px)', (width) => {
    const root = parseSvg(renderChartSvg(actionTimeline, data, width));
    expect(marksIn(root, 'events', 'circle')).toHaveLength(2);
    const text = shownText(root).join('\n');
    for (const label of [
      '6月17日',
      '行动启动',
      '7月11日',
      '围挡数据截止',
      '24天',
      '目标：2个月内',
      '起算日文章未说明，此处自启动日示意',
    ]) {
      expect(text).toContain(label);
    }
    expect(root.querySelector('g.mark-target')?.getAttribute('stroke-dasharray')).toBeTruthy();
  });

  test('tick labels are Chinese month-day labels, never locale defaults', () => {
    const ticks = marksIn(parseSvg(renderChartSvg(actionTimeline, data, 640)), 'month-ticks', 'text').map(
      (t) => t.textContent,
    );
    expect(ticks).toEqual(['7月1日', '8月1日']);
  });

  test('does not depend on the time zone of the machine', () => {
    const before = process.env['TZ'];
    try {
      process.env['TZ'] = 'America/Los_Angeles';
      const west = renderChartSvg(actionTimeline, data, 340);
      process.env['TZ'] = 'Asia/Shanghai';
      const east = renderChartSvg(actionTimeline, data, 340);
      expect(west).toBe(east);
    } finally {
      process.env['TZ'] = before;
    }
  });

  test("says where the target's start is assumed, in the description and the note", () => {
    expect(actionTimeline.describe(data)).toContain('文章未说明这2个月从哪一天起算');
    expect(actionTimeline.note?.(data)).toContain('没有说明从哪一天起算');
  });

  test('computes the days from the dates', () => {
    const json = fixtureJson('timeline') as { events: Record<string, Record<string, string>> };
    const changed = asData('timeline', {
      ...json,
      events: { ...json.events, 'data-cutoff': { ...json.events['data-cutoff'], date: '2025-07-21' } },
      target_months: 3,
    });
    const text = shownText(parseSvg(renderChartSvg(actionTimeline, changed, 340))).join('\n');
    expect(text).toContain('34天');
    expect(text).toContain('7月21日');
    expect(text).toContain('目标：3个月内');
  });
});
