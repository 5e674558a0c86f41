/** Nearest-rank percentile (p in 0..100) of `values`; throws on none. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const value = sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
  if (value === undefined) {
    throw new Error('no values to take a percentile of');
  }
  return value;
}

/** p50, p95 and max, in whole units. */
export function spread(values: readonly number[]): { p50: number; p95: number; max: number } {
  return {
    p50: Math.round(percentile(values, 50)),
    p95: Math.round(percentile(values, 95)),
    max: Math.round(percentile(values, 100)),
  };
}
