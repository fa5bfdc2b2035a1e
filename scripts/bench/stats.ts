/** Summary statistics for timings, in the units they were given. */

/** The element at `index` of a list that must have one there. */
function at(values: readonly number[], index: number): number {
  const value = values[index];
  if (value === undefined) throw new RangeError(`no value at index ${index} of ${values.length}`);
  return value;
}

/** The median: the middle value, or the mean of the middle two. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? at(sorted, middle) : (at(sorted, middle - 1) + at(sorted, middle)) / 2;
}

/** The `q`-quantile (0-1) by the nearest-rank method, so it is always a value that was measured. */
export function percentile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return at(sorted, Math.max(0, Math.ceil(q * sorted.length) - 1));
}

export function minimum(values: readonly number[]): number {
  return Math.min(...values);
}
