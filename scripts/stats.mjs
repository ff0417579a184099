// The bench scripts' summaries of repeated measurements: one percentile and one median for all.

/** The nearest-rank `p`-th percentile (0–100) of `sorted` (ascending); 0 when there is none. */
export const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

/** The middle value of `values` (of an even count, the upper of the two in the middle). */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
