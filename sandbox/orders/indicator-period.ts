/**
 * Periods of `salesindicators/cards` and `/charts` [defined here]: `startDate`/`endDate` as
 * YYYY-MM-DD or YYYY-MM (a month: its first day for the start, its last day for the end). Charts
 * split the period month by month (at most 12 months) or year by year (at most 10 years) and compare
 * every bucket with the same bucket one year earlier (ERP-CONTRACT.md §4:
 * "comparison monthly up to 12 months or yearly up to 10 years").
 */
import { TotvsError } from "../errors";

export type Comparison = "monthly" | "yearly";
/** Dates as Protheus keeps them (YYYYMMDD), inclusive. */
export type Period = { start: string; end: string };
/** One chart bucket: its label (`2026-03` / `2026`) and date range, and the comparison bucket. */
export type Bucket = { label: string; period: Period; comparisonLabel: string; comparison: Period };

export const MAX_MONTHS = 12;
export const MAX_YEARS = 10;

const invalid = (message: string, detail: string) => new TotvsError(400, message, detail);

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const ymd = (y: number, m: number, d: number) => `${pad(y, 4)}${pad(m)}${pad(d)}`;

/** `2026-03` → 20260301 (start) / 20260331 (end); `2026-03-15` → 20260315. */
export function parseIndicatorDate(raw: string, name: "startDate" | "endDate"): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(raw.trim());
  const [year, month] = [Number(m?.[1]), Number(m?.[2])];
  if (!m || month < 1 || month > 12 || year < 1900) {
    throw invalid(
      `Parâmetro ${name} inválido: use aaaa-mm-dd ou aaaa-mm.`,
      `${name}=${raw} is neither YYYY-MM-DD nor YYYY-MM`,
    );
  }
  if (m[3] === undefined) return ymd(year, month, name === "startDate" ? 1 : daysInMonth(year, month));
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month))
    throw invalid(`Parâmetro ${name} inválido: data inexistente.`, `${name}=${raw} is not a calendar date`);
  return ymd(year, month, day);
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
const month = (d: string) => Number(d.slice(4, 6));
const shiftYears = (d: string, years: number) => {
  const [y, m, day] = [year(d) - years, month(d), Number(d.slice(6, 8))];
  return ymd(y, m, Math.min(day, daysInMonth(y, m)));
};
const clip = (p: Period, outer: Period): Period => ({
  start: p.start < outer.start ? outer.start : p.start,
  end: p.end > outer.end ? outer.end : p.end,
});

/** Chart buckets of the period; 400 when it spans more than 12 months (monthly) or 10 years (yearly). */
export function chartBuckets(period: Period, comparison: Comparison): Bucket[] {
  const buckets: Bucket[] = [];
  if (comparison === "monthly") {
    const months = (year(period.end) - year(period.start)) * 12 + month(period.end) - month(period.start) + 1;
    if (months > MAX_MONTHS) {
      throw invalid(
        `Comparação mensal limitada a ${MAX_MONTHS} meses (período com ${months}).`,
        `monthly comparison over ${months} months`,
      );
    }
    for (let i = 0; i < months; i++) {
      const y = year(period.start) + Math.floor((month(period.start) - 1 + i) / 12);
      const m = ((month(period.start) - 1 + i) % 12) + 1;
      const p = clip({ start: ymd(y, m, 1), end: ymd(y, m, daysInMonth(y, m)) }, period);
      buckets.push({
        label: `${pad(y, 4)}-${pad(m)}`,
        period: p,
        comparisonLabel: `${pad(y - 1, 4)}-${pad(m)}`,
        comparison: { start: shiftYears(p.start, 1), end: shiftYears(p.end, 1) },
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
    const p = clip({ start: ymd(y, 1, 1), end: ymd(y, 12, 31) }, period);
    buckets.push({
      label: pad(y, 4),
      period: p,
      comparisonLabel: pad(y - 1, 4),
      comparison: { start: shiftYears(p.start, 1), end: shiftYears(p.end, 1) },
    });
  }
  return buckets;
}
