/**
 * Calendar arithmetic on Protheus dates (`YYYYMMDD`), in whole UTC days so the seed never depends
 * on the machine's time zone. The seed works with day numbers (days since 1970-01-01).
 */
const DAY_MS = 86_400_000;

export function dayOf(protheusDate: string): number {
  const y = Number(protheusDate.slice(0, 4));
  const m = Number(protheusDate.slice(4, 6));
  const d = Number(protheusDate.slice(6, 8));
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function dateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10).replaceAll("-", "");
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: number): number {
  return new Date(day * DAY_MS).getUTCDay();
}

/** Next business day when the date falls on a weekend (Protheus DataValida, holidays ignored). */
export function businessDayOnOrAfter(day: number): number {
  const w = weekdayOf(day);
  return w === 6 ? day + 2 : w === 0 ? day + 1 : day;
}

/** First day of the month `offset` months away from the month of `day` (offset may be negative). */
export function monthStart(day: number, offset = 0): number {
  const d = new Date(day * DAY_MS);
  return Math.round(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + offset, 1) / DAY_MS);
}

/** 1..12 */
export function monthOf(day: number): number {
  return new Date(day * DAY_MS).getUTCMonth() + 1;
}
