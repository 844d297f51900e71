/**
 * `road-vs-green-area`: two bars on one square-metre axis (the same unit, so one axis is honest).
 */
import { describe, expect, test } from 'vitest';
import { roadVsGreenArea } from '../../../src/charts/road-vs-green-area.ts';
import { renderChartSvg } from '../../helpers/svg-snapshot.ts';
import { chartBasics, loadFixture, parseSvg, shownText } from './chart-test-kit.ts';

const data = loadFixture('enclosures');
chartBasics(roadVsGreenArea, data);

describe('road-vs-green-area', () => {
  test('draws two bars labelled with their areas', () => {
    const root = parseSvg(renderChartSvg(roadVsGreenArea, data, 340));
    expect(root.querySelectorAll('g[data-mark="bar"] rect')).toHaveLength(2);
    const text = shownText(root).join('\n');
    expect(text).toContain('17.3万平方米');
    expect(text).toContain('11.8万平方米');
  });
});
