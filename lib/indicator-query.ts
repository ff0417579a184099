import {
  addMonths,
  addMonthsToMonth,
  endOfMonth,
  monthBounds,
  monthOf,
  monthsFrom,
  type IsoDate,
  type IsoMonth,
} from "./dates";

/**
 * The home's period (PGV: start and end month, comparison monthly up to 12 months or yearly up
 * to 10 years), kept free of zod: the page's form and links use it; `lib/schemas/indicator-query.ts`
 * validates the URL on the server.
 */
export const comparisons = ["monthly", "yearly"] as const;
export type Comparison = (typeof comparisons)[number];

/**
 * What the cards compare while the period is still running: `todate` the same days (the month so
 * far against the same days a year before), `whole` whole months (PGV's way, what a closed period
 * always uses).
 */
export const bases = ["todate", "whole"] as const;
export type Basis = (typeof bases)[number];

export const MAX_MONTHS = 12;
export const MAX_YEARS = 10;

export type IndicatorQuery = {
  /** First month. */
  start: IsoMonth;
  /** Last month (the period runs to its last day). */
  end: IsoMonth;
  comparison: Comparison;
  basis: Basis;
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
  return { start: month, end: month, comparison: "monthly", basis: "todate", seller: null };
}

type Dates = { startDate: IsoDate; endDate: IsoDate };

/** Whether `today` falls inside the period before its last day: its figures are still growing. */
export function isRunning(q: Pick<IndicatorQuery, "start" | "end">, today: IsoDate): boolean {
  const { startDate, endDate } = periodDates(q.start, q.end);
  return startDate <= today && today < endDate;
}

/**
 * The cards' period and the one they are compared with. A running period on the `todate` basis
 * stops at `today` and is compared with the same days a year before (1–2 Dec. against 1–2 Dec. of
 * last year, never against the whole of last December); otherwise whole months against the same
 * months a year before. 29 February a year back is the 28th.
 */
export function cardPeriods(
  q: Pick<IndicatorQuery, "start" | "end" | "basis">,
  today: IsoDate,
): { current: Dates; previous: Dates; toDate: boolean } {
  const whole = periodDates(q.start, q.end);
  if (q.basis === "whole" || !isRunning(q, today))
    return { current: whole, previous: periodDates(yearBefore(q.start), yearBefore(q.end)), toDate: false };
  return {
    current: { startDate: whole.startDate, endDate: today },
    previous: { startDate: addMonths(whole.startDate, -12), endDate: addMonths(today, -12) },
    toDate: true,
  };
}

/** Whether dates cover whole months (first day to last day): such a period is named by its months. */
export function coversWholeMonths({ startDate, endDate }: Dates): boolean {
  return startDate.endsWith("-01") && endOfMonth(endDate) === endDate;
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
    ...(q.basis === "whole" ? { basis: q.basis } : {}),
    ...(q.seller ? { seller: q.seller } : {}),
    ...extra,
  });
  return params.toString();
}
