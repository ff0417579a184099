/** ISO `yyyy-mm-dd` date arithmetic in UTC (no time zones), and RM's wire format for answers. */

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const fromDate = (d: Date) => d.toISOString().slice(0, 10);

/** `20261115` (the business clock, Protheus format) → `2026-11-15`. */
export const isoOfProtheus = (yyyymmdd: string) =>
  `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;

export function addDays(iso: string, days: number): string {
  const d = toDate(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return fromDate(d);
}

const lastDayOf = (year: number, month0: number) => new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();

/** The given day of the month `months` after `iso`'s month, clamped to that month's last day. */
export function dayOfMonthAfter(iso: string, months: number, day: number): string {
  const d = toDate(iso);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month0 = total % 12;
  return fromDate(new Date(Date.UTC(year, month0, Math.min(day, lastDayOf(year, month0)))));
}

/** Same day `months` later (clamped): 31/01 + 1 → 28/02. */
export const addMonths = (iso: string, months: number) => dayOfMonthAfter(iso, months, toDate(iso).getUTCDate());

/**
 * Contract length in months from the class dates, a started month counting as a whole one:
 * 08/07 → 07/11 = 4 (the seed's example: DataInicio 2022-07-08, DuracaoEmMeses 4).
 */
export function monthsBetween(start: string, end: string): number {
  const s = toDate(start);
  const e = toDate(end);
  const months =
    (e.getUTCFullYear() - s.getUTCFullYear()) * 12 +
    (e.getUTCMonth() - s.getUTCMonth()) +
    (e.getUTCDate() >= s.getUTCDate() ? 1 : 0);
  return Math.max(1, months);
}

/** RM answers dates as `2022-07-08T00:00:00` (DateTime without zone). */
export const wireDate = (iso: string | null | undefined) => (iso ? `${iso}T00:00:00` : null);
