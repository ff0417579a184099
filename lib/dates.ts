import {
  addDays as addDaysTo,
  addMonths as addMonthsTo,
  differenceInCalendarMonths,
  endOfMonth as endOfMonthOf,
  formatISO,
  getDay,
  setDate,
  startOfMonth as startOfMonthOf,
} from "date-fns";

import { localDate, type IsoDate, type IsoMonth } from "./calendar-date";

export * from "./calendar-date";

/**
 * Calendar-date arithmetic on date-fns, for the portal's ISO dates (`./calendar-date`, re-exported
 * here: import dates from this module). date-fns works on `Date`s in the process's zone, so a
 * calendar date is read as the local midnight of its day and written back with `formatISO` (its
 * local day): the day never shifts, whatever the zone of the machine.
 */
const write = (date: Date): IsoDate => formatISO(date, { representation: "date" });

// ── Arithmetic ──────────────────────────────────────────────────────────────────────────────────

/** `iso` moved by `days` calendar days (negative goes back). */
export function addDays(iso: IsoDate, days: number): IsoDate {
  return write(addDaysTo(localDate(iso), days));
}

/** The same day `months` later (negative goes back), clamped to the month's end: 31/01 + 1 → 28/02 (29/02 in a leap year). */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  return write(addMonthsTo(localDate(iso), months));
}

/** Day `day` of the month `months` after `iso`'s, clamped to that month's last day (a fixed due day). */
export function dayOfMonthAfter(iso: IsoDate, months: number, day: number): IsoDate {
  const month = addMonthsTo(startOfMonthOf(localDate(iso)), months);
  return write(setDate(month, Math.min(day, endOfMonthOf(month).getDate())));
}

export function startOfMonth(iso: IsoDate): IsoDate {
  return write(startOfMonthOf(localDate(iso)));
}

export function endOfMonth(iso: IsoDate): IsoDate {
  return write(endOfMonthOf(localDate(iso)));
}

/** The month of a date, `YYYY-MM`. */
export function monthOf(iso: IsoDate): IsoMonth {
  localDate(iso);
  return iso.slice(0, 7);
}

/** First and last day of a month `YYYY-MM`. */
export function monthBounds(month: IsoMonth): { first: IsoDate; last: IsoDate } {
  const first = `${month}-01`;
  return { first: startOfMonth(first), last: endOfMonth(first) };
}

/** Calendar months from `start` to `end` (`YYYY-MM`): 0 for the same month, 1 for the next. */
export function monthsFrom(start: IsoMonth, end: IsoMonth): number {
  return differenceInCalendarMonths(localDate(`${end}-01`), localDate(`${start}-01`));
}

/** The month `months` after `month` (`YYYY-MM`; negative goes back). */
export function addMonthsToMonth(month: IsoMonth, months: number): IsoMonth {
  return addMonths(`${month}-01`, months).slice(0, 7);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(iso: IsoDate): number {
  return getDay(localDate(iso));
}

export function isWeekend(iso: IsoDate): boolean {
  const day = dayOfWeek(iso);
  return day === 0 || day === 6;
}
