/**
 * How much one mark of a unit chart stands for. A unit chart draws one mark per so many things, so
 * its cost would grow with the figure: a typo of 9,500,000 once meant a build of minutes and a page
 * of megabytes. Each unit chart therefore has a cap on its marks, and a mark stands for the chart's
 * own unit while the figure fits under the cap (today's data draws as it always did), else for that
 * unit times 10, 100, 1,000 … — the smallest that fits. The chart's key says what one mark is.
 */

/** The smallest of `base`, `base`×10, `base`×100 … for which no value needs more than `cap` marks. */
export function unitFor(values: readonly number[], base: number, cap: number): number {
  const most = Math.max(0, ...values);
  // Schemas bound every figure; a chart handed a non-finite value has a bug upstream.
  if (!Number.isFinite(most)) throw new RangeError(`A unit chart cannot draw ${most}`);
  let unit = base;
  while (Math.ceil(most / unit) > cap) unit *= 10;
  return unit;
}
