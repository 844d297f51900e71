/** Small statistics for repeated runs. */

/** The median; for an even count, the mean of the two middle values. */
export function median(values: readonly number[]): number {
  const sorted = [...values].filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Index of the run closest to the median of `values` (the first on ties). */
export function medianIndex(values: readonly number[]): number {
  const m = median(values);
  let best = 0;
  values.forEach((value, index) => {
    if (Math.abs(value - m) < Math.abs((values[best] ?? Number.NaN) - m)) best = index;
  });
  return best;
}
