/**
 * The seed works with day numbers (days since 1970-01-01), cheap to add and compare across
 * thousands of rows; they are converted from and to Protheus dates (`YYYYMMDD`) here, with the
 * calendar arithmetic of `lib/dates.ts`, so the seed never depends on the machine's time zone.
 */
import {
  addDays,
  addMonths,
  daysBetween,
  dayOfWeek,
  monthOf as isoMonthOf,
  startOfMonth,
  toProtheusDate,
} from "../../lib/dates";
import { isoOfProtheus } from "../orders/dates";

const EPOCH = "1970-01-01";
const isoOfDay = (day: number) => addDays(EPOCH, day);
const dayOfIso = (iso: string) => daysBetween(EPOCH, iso);

export function dayOf(protheusDate: string): number {
  return dayOfIso(isoOfProtheus(protheusDate));
}

export function dateOf(day: number): string {
  return toProtheusDate(isoOfDay(day));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: number): number {
  return dayOfWeek(isoOfDay(day));
}

/** Next business day when the date falls on a weekend (Protheus DataValida, holidays ignored). */
export function businessDayOnOrAfter(day: number): number {
  const w = weekdayOf(day);
  return w === 6 ? day + 2 : w === 0 ? day + 1 : day;
}

/** First day of the month `offset` months away from the month of `day` (offset may be negative). */
export function monthStart(day: number, offset = 0): number {
  return dayOfIso(addMonths(startOfMonth(isoOfDay(day)), offset));
}

/** 1..12 */
export function monthOf(day: number): number {
  return Number(isoMonthOf(isoOfDay(day)).slice(5));
}
