/**
 * `closed-loop`: the stages as numbered nodes around a cycle, one arrow from each stage to the
 * next and from the last back to the first; labels from the data.
 */
import { describe, expect, test } from 'vitest';
import { closedLoop } from '../../../src/charts/closed-loop.ts';
import { renderChartSvg } from '../../helpers/svg-snapshot.ts';
import { WIDTHS, chartBasics, loadFixture, marksIn, parseSvg, shownText } from './chart-test-kit.ts';

const data = loadFixture('timeline');
chartBasics(closedLoop, data);

describe('closed-loop', () => {
  test.each(WIDTHS)('draws one node and one arrow per stage, with every label (%i px)', (width) => {
    const root = parseSvg(renderChartSvg(closedLoop, data, width));
    expect(marksIn(root, 'stages', 'circle')).toHaveLength(data.closed_loop.length);
    expect(marksIn(root, 'arrows', 'path')).toHaveLength(data.closed_loop.length);
    const text = shownText(root).join('').replace(/\n/g, '');
    for (const stage of data.closed_loop) expect(text).toContain(stage.label);
    for (const mechanism of data.mechanisms) expect(text).toContain(mechanism.label);
    expect(marksIn(root, 'stage-numbers', 'text').map((t) => t.textContent)).toEqual(['1', '2', '3', '4']);
  });

  test('wraps the long first label at the bracket on a phone', () => {
    const root = parseSvg(renderChartSvg(closedLoop, data, 340));
    const labels = marksIn(root, 'stage-labels', 'text').map((t) =>
      [...t.querySelectorAll('tspan')].map((s) => s.textContent),
    );
    expect(labels).toContainEqual(['动态交办问题', '（动态发现问题）']);
  });
});
