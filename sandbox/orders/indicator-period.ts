/**
 * Periods of `salesindicators/cards` and `/charts` [defined here]: `startDate`/`endDate` as
 * YYYY-MM-DD or YYYY-MM (a month: its first day for the start, its last day for the end). Charts
 * split the period month by month (at most 12 months) or year by year (at most 10 years) and compare
 * every bucket with the same bucket one year earlier (ERP-CONTRACT.md §4:
 * "comparison monthly up to 12 months or yearly up to 10 years").
 */
import {
  addMonths,
  addMonthsToMonth,
  endOfMonth,
  isIsoDate,
  isIsoMonth,
  monthOf,
  monthsFrom,
  toProtheusDate,
} from "../../lib/dates";
import { TotvsError } from "../errors";
import { isoOfProtheus } from "./dates";

export type Comparison = "monthly" | "yearly";
/** Dates as Protheus keeps them (YYYYMMDD), inclusive. */
export type Period = { start: string; end: string };
/** One chart bucket: its label (`2026-03` / `2026`) and date range, and the comparison bucket. */
type Bucket = { label: string; period: Period; comparisonLabel: string; comparison: Period };

export const MAX_MONTHS = 12;
export const MAX_YEARS = 10;

const invalid = (message: string, detail: string) => new TotvsError(400, message, detail);

/** `2026-03` → 20260301 (start) / 20260331 (end); `2026-03-15` → 20260315. */
export function parseIndicatorDate(raw: string, name: "startDate" | "endDate"): string {
  const m = /^(\d{4}-\d{2})(?:-(\d{2}))?$/.exec(raw.trim());
  if (!m || !isIsoMonth(m[1]!) || m[1]! < "1900") {
    throw invalid(
      `Parâmetro ${name} inválido: use aaaa-mm-dd ou aaaa-mm.`,
      `${name}=${raw} is neither YYYY-MM-DD nor YYYY-MM`,
    );
  }
  const first = `${m[1]}-01`;
  if (m[2] === undefined) return toProtheusDate(name === "startDate" ? first : endOfMonth(first));
  const iso = `${m[1]}-${m[2]}`;
  if (!isIsoDate(iso))
    throw invalid(`Parâmetro ${name} inválido: data inexistente.`, `${name}=${raw} is not a calendar date`);
  return toProtheusDate(iso);
}

/** Missing dates: the business date's month up to the business date (what a dashboard opens with). */
export function parsePeriod(query: { startDate?: string; endDate?: string }, businessDate: string): Period {
  const start = query.startDate ? parseIndicatorDate(query.startDate, "startDate") : `${businessDate.slice(0, 6)}01`;
  const end = query.endDate ? parseIndicatorDate(query.endDate, "endDate") : businessDate;
  if (start > end)
    throw invalid("Período inválido: startDate posterior a endDate.", `startDate ${start} > endDate ${end}`);
  return { start, end };
}

export function parseComparison(raw: string | undefined): Comparison {
  if (raw === undefined || raw === "" || raw === "monthly") return "monthly";
  if (raw === "yearly") return "yearly";
  throw invalid("Parâmetro comparison inválido: use monthly ou yearly.", `comparison=${raw}`);
}

const year = (d: string) => Number(d.slice(0, 4));
/** The same day a year earlier (29/02 → 28/02). */
const yearEarlier = (d: string) => toProtheusDate(addMonths(isoOfProtheus(d), -12));
const clip = (p: Period, outer: Period): Period => ({
  start: p.start < outer.start ? outer.start : p.start,
  end: p.end > outer.end ? outer.end : p.end,
});

/** Chart buckets of the period; 400 when it spans more than 12 months (monthly) or 10 years (yearly). */
export function chartBuckets(period: Period, comparison: Comparison): Bucket[] {
  const buckets: Bucket[] = [];
  if (comparison === "monthly") {
    const firstMonth = monthOf(isoOfProtheus(period.start));
    const months = monthsFrom(firstMonth, monthOf(isoOfProtheus(period.end))) + 1;
    if (months > MAX_MONTHS) {
      throw invalid(
        `Comparação mensal limitada a ${MAX_MONTHS} meses (período com ${months}).`,
        `monthly comparison over ${months} months`,
      );
    }
    for (let i = 0; i < months; i++) {
      const label = addMonthsToMonth(firstMonth, i);
      const first = `${label}-01`;
      const p = clip({ start: toProtheusDate(first), end: toProtheusDate(endOfMonth(first)) }, period);
      buckets.push({
        label,
        period: p,
        comparisonLabel: addMonthsToMonth(label, -12),
        comparison: { start: yearEarlier(p.start), end: yearEarlier(p.end) },
      });
    }
    return buckets;
  }
  const years = year(period.end) - year(period.start) + 1;
  if (years > MAX_YEARS)
    throw invalid(
      `Comparação anual limitada a ${MAX_YEARS} anos (período com ${years}).`,
      `yearly comparison over ${years} years`,
    );
  for (let i = 0; i < years; i++) {
    const y = year(period.start) + i;
    const p = clip({ start: `${y}0101`, end: `${y}1231` }, period);
    buckets.push({
      label: String(y),
      period: p,
      comparisonLabel: String(y - 1),
      comparison: { start: yearEarlier(p.start), end: yearEarlier(p.end) },
    });
  }
  return buckets;
}
