/**
 * The one renderer: Plot options → an accessible SVG string, at build time, with no browser. It
 * swaps Plot's inline <style> for the site's stylesheet (so the strict CSP needs no inline styles),
 * names the SVG with <title> and <desc>, adds xmlns, and rounds coordinates.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { BASE_FONT_SIZE } from '../charts/chart-layout.ts';
import { escapeXml } from '../text/escape-xml.ts';
import { roundSvgNumbers } from './round-svg.ts';

export interface SvgLabels {
  /** Unique prefix for the ids of <title> and <desc> on the page. */
  idPrefix: string;
  /** Accessible name: the chart title. */
  title: string;
  /** Accessible description: the text alternative generated from the data. */
  description: string;
}

/** Renders Plot options to an SVG string with role="img", <title> and <desc>. */
export function renderSvg(options: Plot.PlotOptions, labels: SvgLabels): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const node = Plot.plot({ ...options, document, className: 'chart-plot' });
  const svg = node.tagName.toLowerCase() === 'svg' ? node : node.querySelector('svg');
  if (!svg) throw new Error('A chart must render to a single <svg> (no figure wrapper, no legend outside the SVG).');
  svg.querySelector('style')?.remove();
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  svg.setAttribute('role', 'img');
  svg.setAttribute('font-size', String(BASE_FONT_SIZE));
  svg.removeAttribute('font-family');
  svg.removeAttribute('aria-label');
  svg.removeAttribute('aria-description');
  // Plot names its mark groups with aria-label ("dot", "x-axis tick"). ARIA forbids naming a plain
  // <g>, and inside role="img" they would say nothing anyway: keep the name as data-mark (for tests
  // and styling), out of the accessibility tree.
  for (const element of svg.querySelectorAll('[aria-label], [aria-description]')) {
    const mark = element.getAttribute('aria-label');
    if (mark !== null) element.setAttribute('data-mark', mark);
    element.removeAttribute('aria-label');
    element.removeAttribute('aria-description');
  }
  const titleId = `${labels.idPrefix}-title`;
  const descId = `${labels.idPrefix}-desc`;
  svg.setAttribute('aria-labelledby', titleId);
  svg.setAttribute('aria-describedby', descId);
  // Plot numbers its clip paths and patterns with a global counter; make ids depend only on the
  // chart, so snapshots are stable and two charts on one page never share an id.
  let counter = 0;
  const renamed = new Map<string, string>();
  for (const element of svg.querySelectorAll('[id]')) {
    const next = `${labels.idPrefix}-${++counter}`;
    renamed.set(element.getAttribute('id') ?? '', next);
    element.setAttribute('id', next);
  }
  let markup = svg.outerHTML;
  for (const [from, to] of renamed)
    markup = markup.split(`#${from})`).join(`#${to})`).split(`"#${from}"`).join(`"#${to}"`);
  markup = markup.replace(
    /^<svg([^>]*)>/,
    `<svg$1><title id="${titleId}">${escapeXml(labels.title)}</title><desc id="${descId}">${escapeXml(labels.description)}</desc>`,
  );
  return roundSvgNumbers(markup);
}
