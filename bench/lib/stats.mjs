// Medians and p90s of samples, and the ratio of two medians. p90 is the nearest-rank percentile.

export function median(samples) {
  return quantile(samples, 0.5);
}

export function p90(samples) {
  return quantile(samples, 0.9);
}

export function quantile(samples, q) {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  if (q === 0.5 && sorted.length % 2 === 0) return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export function summary(samples) {
  return { median: median(samples), p90: p90(samples), n: samples.length };
}
