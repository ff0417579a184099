/**
 * The home's period (PGV: start and end month, comparison monthly up to 12 months or yearly up
 * to 10 years), kept free of zod: the page's form and links use it; `lib/schemas/indicator-query.ts`
 * validates the URL on the server.
 */
export const comparisons = ["monthly", "yearly"] as const;
export type Comparison = (typeof comparisons)[number];

export const MAX_MONTHS = 12;
export const MAX_YEARS = 10;

export type IndicatorQuery = {
  /** First month, `YYYY-MM`. */
  start: string;
  /** Last month, `YYYY-MM` (the period runs to its last day). */
  end: string;
  comparison: Comparison;
  /** An administrator's seller filter (null = the whole branch); always null for a seller. */
  seller: string | null;
};

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

/** Months from `start` to `end`, both included. */
export function monthsIn(start: string, end: string): number {
  return monthIndex(end) - monthIndex(start) + 1;
}

/** Calendar years the period touches. */
export function yearsIn(start: string, end: string): number {
  return Number(end.slice(0, 4)) - Number(start.slice(0, 4)) + 1;
}

/** The same month a year earlier. */
export function yearBefore(month: string): string {
  return `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;
}

/** First and last day of a period of months. */
export function periodDates(start: string, end: string): { startDate: string; endDate: string } {
  const [y, m] = end.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { startDate: `${start}-01`, endDate: `${end}-${String(last).padStart(2, "0")}` };
}

/** PGV's default: the current month, compared month by month with the same month last year. */
export function defaultIndicatorQuery(today: string): IndicatorQuery {
  const month = today.slice(0, 7);
  return { start: month, end: month, comparison: "monthly", seller: null };
}

/** What is wrong with a period, if anything (PGV's limits). */
export function periodProblem(
  q: Pick<IndicatorQuery, "start" | "end" | "comparison">,
): "order" | "monthly_limit" | "yearly_limit" | null {
  if (q.start > q.end) return "order";
  if (q.comparison === "monthly" && monthsIn(q.start, q.end) > MAX_MONTHS) return "monthly_limit";
  if (q.comparison === "yearly" && yearsIn(q.start, q.end) > MAX_YEARS) return "yearly_limit";
  return null;
}

/** The home URL of a period (what the form submits and links carry). */
export function indicatorSearch(q: IndicatorQuery, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({
    start: q.start,
    end: q.end,
    comparison: q.comparison,
    ...(q.seller ? { seller: q.seller } : {}),
    ...extra,
  });
  return params.toString();
}

/**
 * Working days (Monday to Friday; no holiday calendar, as the ERP's DataValida here) from `from`
 * to `to`, both included.
 */
export function workingDays(from: string, to: string): number {
  let n = 0;
  for (let d = Date.parse(`${from}T00:00:00Z`), end = Date.parse(`${to}T00:00:00Z`); d <= end; d += 86_400_000) {
    const day = new Date(d).getUTCDay();
    if (day !== 0 && day !== 6) n++;
  }
  return n;
}
