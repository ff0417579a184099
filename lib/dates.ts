import {
  addDays as addDaysTo,
  addMonths as addMonthsTo,
  differenceInCalendarDays,
  differenceInCalendarMonths,
  endOfMonth as endOfMonthOf,
  format,
  getDay,
  isValid,
  parseISO,
  setDate,
  startOfMonth as startOfMonthOf,
} from "date-fns";

/**
 * The portal's calendar date: ISO `YYYY-MM-DD`, a day with no time and no time zone (a due date,
 * the business date). Every date the portal reasons about is one; the ERPs' own formats (Protheus
 * `YYYYMMDD`, SGE `dd/mm/yyyy`) are converted here, in the reshapers, and nowhere else.
 *
 * date-fns works on `Date`s in the process's zone, so a calendar date is read as the local midnight
 * of its day and written back with `format`: the day never shifts, whatever the zone of the machine.
 * Pure, no wall clock: "today" comes from the business clock (`lib/today.ts`, `server/clock.ts`).
 */
export type IsoDate = string;
/** A calendar month, `YYYY-MM`. */
export type IsoMonth = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^\d{4}-\d{2}$/;

/** The local-midnight `Date` of a real ISO date; null for anything else (2026-02-30, 2026-11-2, 20261122). */
function read(value: string): Date | null {
  if (!ISO_DATE.test(value)) return null;
  const date = parseISO(value);
  return isValid(date) ? date : null;
}

function readOrThrow(iso: IsoDate): Date {
  const date = read(iso);
  if (!date) throw new RangeError(`not a calendar date: ${iso}`);
  return date;
}

const write = (date: Date): IsoDate => format(date, "yyyy-MM-dd");

/** A `YYYY-MM-DD` that exists in the calendar (2028-02-29 does, 2027-02-29 and 2026-02-30 do not). */
export function isIsoDate(value: string): boolean {
  return read(value) !== null;
}

/** A `YYYY-MM` with a real month. */
export function isIsoMonth(value: string): boolean {
  return ISO_MONTH.test(value) && read(`${value}-01`) !== null;
}

// ── ERP formats ─────────────────────────────────────────────────────────────────────────────────

/** Protheus `YYYYMMDD` → ISO; blank (DBAccess stores 8 spaces), zeros or a date that does not exist → null. */
export function fromProtheusDate(value: string | null | undefined): IsoDate | null {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(value?.trim() ?? "");
  return m && read(`${m[1]}-${m[2]}-${m[3]}`) ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** ISO → Protheus `YYYYMMDD`; throws on a date that does not exist. */
export function toProtheusDate(iso: IsoDate): string {
  return format(readOrThrow(iso), "yyyyMMdd");
}

/** SGE's `dd/mm/yyyy` → ISO; anything else, or a date that does not exist (30/02/2026), → null. */
export function fromSgeDate(value: string | null | undefined): IsoDate | null {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value?.trim() ?? "");
  return m && read(`${m[3]}-${m[2]}-${m[1]}`) ? `${m[3]}-${m[2]}-${m[1]}` : null;
}

/** ISO → SGE's `dd/mm/yyyy` (what RM's write endpoints take); throws on a date that does not exist. */
export function toSgeDate(iso: IsoDate): string {
  return format(readOrThrow(iso), "dd/MM/yyyy");
}

/** RM answers dates as a DateTime without zone (`2022-07-08T00:00:00`): its day, or null. */
export function fromSgeDateTime(value: string | null | undefined): IsoDate | null {
  const day = value?.slice(0, 10) ?? "";
  return isIsoDate(day) ? day : null;
}

/**
 * An ERP date as the portal keeps it: ISO (`2026-11-22`), an ISO date-time (`2026-11-22T10:00:00Z`,
 * its day as written) or Protheus `YYYYMMDD`. Empty, blank, zeros or a date that does not exist → null.
 */
export function toIsoDate(value: string | null | undefined): IsoDate | null {
  const v = value?.trim() ?? "";
  if (/^\d{8}$/.test(v)) return fromProtheusDate(v);
  const day = v.slice(0, 10);
  return isIsoDate(day) ? day : null;
}

// ── Arithmetic ──────────────────────────────────────────────────────────────────────────────────

/** Whole calendar days from `from` to `to` (negative when `to` is earlier), e.g. days overdue. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(readOrThrow(to), readOrThrow(from));
}

/** `iso` moved by `days` calendar days (negative goes back). */
export function addDays(iso: IsoDate, days: number): IsoDate {
  return write(addDaysTo(readOrThrow(iso), days));
}

/** The same day `months` later (negative goes back), clamped to the month's end: 31/01 + 1 → 28/02 (29/02 in a leap year). */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  return write(addMonthsTo(readOrThrow(iso), months));
}

/** Day `day` of the month `months` after `iso`'s, clamped to that month's last day (a fixed due day). */
export function dayOfMonthAfter(iso: IsoDate, months: number, day: number): IsoDate {
  const month = addMonthsTo(startOfMonthOf(readOrThrow(iso)), months);
  return write(setDate(month, Math.min(day, endOfMonthOf(month).getDate())));
}

export function startOfMonth(iso: IsoDate): IsoDate {
  return write(startOfMonthOf(readOrThrow(iso)));
}

export function endOfMonth(iso: IsoDate): IsoDate {
  return write(endOfMonthOf(readOrThrow(iso)));
}

/** The month of a date, `YYYY-MM`. */
export function monthOf(iso: IsoDate): IsoMonth {
  return format(readOrThrow(iso), "yyyy-MM");
}

/** First and last day of a month `YYYY-MM`. */
export function monthBounds(month: IsoMonth): { first: IsoDate; last: IsoDate } {
  const first = `${month}-01`;
  return { first: startOfMonth(first), last: endOfMonth(first) };
}

/** Calendar months from `start` to `end` (`YYYY-MM`): 0 for the same month, 1 for the next. */
export function monthsFrom(start: IsoMonth, end: IsoMonth): number {
  return differenceInCalendarMonths(readOrThrow(`${end}-01`), readOrThrow(`${start}-01`));
}

/** The month `months` after `month` (`YYYY-MM`; negative goes back). */
export function addMonthsToMonth(month: IsoMonth, months: number): IsoMonth {
  return addMonths(`${month}-01`, months).slice(0, 7);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(iso: IsoDate): number {
  return getDay(readOrThrow(iso));
}

export function isWeekend(iso: IsoDate): boolean {
  const day = dayOfWeek(iso);
  return day === 0 || day === 6;
}

/**
 * The instant a calendar date is formatted from with `Intl.DateTimeFormat(…, { timeZone: "UTC" })`:
 * its UTC midnight, so the day shown is the day stored in every zone.
 */
export function utcMidnight(iso: IsoDate): Date {
  readOrThrow(iso);
  return new Date(`${iso}T00:00:00Z`);
}
