import { addMonthsToMonth, monthBounds, monthOf, monthsFrom, type IsoDate, type IsoMonth } from "./dates";

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
  /** First month. */
  start: IsoMonth;
  /** Last month (the period runs to its last day). */
  end: IsoMonth;
  comparison: Comparison;
  /** An administrator's seller filter (null = the whole branch); always null for a seller. */
  seller: string | null;
};

/** Months from `start` to `end`, both included. */
function monthsIn(start: IsoMonth, end: IsoMonth): number {
  return monthsFrom(start, end) + 1;
}

/** Calendar years the period touches. */
function yearsIn(start: IsoMonth, end: IsoMonth): number {
  return Number(end.slice(0, 4)) - Number(start.slice(0, 4)) + 1;
}

/** The same month a year earlier. */
export function yearBefore(month: IsoMonth): IsoMonth {
  return addMonthsToMonth(month, -12);
}

/** First and last day of a period of months. */
export function periodDates(start: IsoMonth, end: IsoMonth): { startDate: IsoDate; endDate: IsoDate } {
  return { startDate: monthBounds(start).first, endDate: monthBounds(end).last };
}

/** PGV's default: the current month, compared month by month with the same month last year. */
export function defaultIndicatorQuery(today: IsoDate): IndicatorQuery {
  const month = monthOf(today);
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
