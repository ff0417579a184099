/** RM's date rules the sandbox answers with; the calendar arithmetic is `lib/dates.ts`. */
import { monthOf, monthsFrom } from "../../lib/dates";

/**
 * Contract length in months from the class dates, a started month counting as a whole one:
 * 08/07 → 07/11 = 4 (the seed's example: DataInicio 2022-07-08, DuracaoEmMeses 4).
 */
export function monthsBetween(start: string, end: string): number {
  const dayOf = (iso: string) => Number(iso.slice(8, 10));
  const months = monthsFrom(monthOf(start), monthOf(end)) + (dayOf(end) >= dayOf(start) ? 1 : 0);
  return Math.max(1, months);
}

/** RM answers dates as `2022-07-08T00:00:00` (DateTime without zone). */
export const wireDate = (iso: string | null | undefined) => (iso ? `${iso}T00:00:00` : null);
