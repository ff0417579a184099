import { differenceInBusinessDays, getHolidays, isBusinessDay } from "@brazilian-utils/brazilian-utils";
import { formatISO } from "date-fns";
import { addDays, localDate as local, type IsoDate } from "./dates";

/**
 * Working days (dias úteis): Monday to Friday except Brazil's national holidays, as
 * @brazilian-utils/brazilian-utils lists them (Lei 662/1949, Lei 10.607/2002, Lei 6.802/1980;
 * Consciência Negra, 20 November, from 2024 by Lei 14.759/2023; Sexta-feira Santa as the federal
 * calendar observes it). Carnaval and Corpus Christi are pontos facultativos, not holidays, so they
 * stay working days (`includeOptional: false`); state and municipal holidays are not counted: a
 * seller's calendar is the country's, the portal does not know which city they sell in.
 *
 * The library reads a `Date` by its local calendar day, which is what `localDate` (lib/dates.ts) of a
 * `YYYY-MM-DD` gives; it covers 1900–2099 only.
 */
const NATIONAL = { includeOptional: false } as const;

/** The national holidays of a year, ISO, in date order. */
export function nationalHolidays(year: number): { date: IsoDate; name: string }[] {
  return getHolidays(year)
    .filter((h) => h.type === "national")
    .map((h) => ({ date: formatISO(h.date, { representation: "date" }), name: h.name }));
}

export function isWorkingDay(iso: IsoDate): boolean {
  return isBusinessDay(local(iso), NATIONAL);
}

/** Working days from `from` to `to`, both included; 0 when `to` is before `from`. */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  if (to < from) return 0;
  // The library counts its earlier date and never its later one: the day after `to` closes the range.
  const count = differenceInBusinessDays(local(addDays(to, 1)), local(from), NATIONAL);
  if (count === null) throw new RangeError(`working days outside 1900–2099: ${from}..${to}`);
  return count;
}
