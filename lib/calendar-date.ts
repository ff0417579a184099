/**
 * The portal's calendar date: ISO `YYYY-MM-DD`, a day with no time and no time zone (a due date,
 * the business date). Every date the portal reasons about is one; the ERPs' own formats (Protheus
 * `YYYYMMDD`, SGE `dd/mm/yyyy`) are converted here, in the reshapers, and nowhere else.
 *
 * This file checks and converts them with no dependency, so a page that only validates a date
 * (a list filter, a schema) does not ship date-fns; `lib/dates.ts` re-exports all of it with the
 * arithmetic on date-fns, and is what everything else imports. The ERP formats are rearranged
 * from the checked ISO text rather than written with date-fns' `format`, whose pattern engine
 * would go to every page that shows a date.
 * Pure, no wall clock: "today" comes from the business clock (`lib/today.ts`, `server/clock.ts`).
 */
export type IsoDate = string;
/** A calendar month, `YYYY-MM`. */
export type IsoMonth = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^\d{4}-\d{2}$/;

/**
 * The local-midnight `Date` of a real ISO date; null for anything else (2026-02-30, 2026-11-2, 20261122).
 * Built from its three numbers rather than with date-fns' `parseISO`, whose grammar of every ISO
 * 8601 form would go to each page that checks a date, for the one form accepted here.
 */
function read(value: string): Date | null {
  if (!ISO_DATE.test(value)) return null;
  const [y = 0, m = 0, d = 0] = value.split("-").map(Number);
  const date = new Date(y, m - 1, d);
  date.setFullYear(y); // years 0–99 would otherwise read as 1900–1999
  // A day the month does not have (2026-02-30) rolls over into the next month: not a date.
  return date.getMonth() === m - 1 && date.getDate() === d ? date : null;
}

/** The local-midnight `Date` of an ISO date (what date-fns and @brazilian-utils compute on); throws on a non-date. */
export function localDate(iso: IsoDate): Date {
  const date = read(iso);
  if (!date) throw new RangeError(`not a calendar date: ${iso}`);
  return date;
}

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
  localDate(iso);
  return iso.replaceAll("-", "");
}

/** SGE's `dd/mm/yyyy` → ISO; anything else, or a date that does not exist (30/02/2026), → null. */
export function fromSgeDate(value: string | null | undefined): IsoDate | null {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value?.trim() ?? "");
  return m && read(`${m[3]}-${m[2]}-${m[1]}`) ? `${m[3]}-${m[2]}-${m[1]}` : null;
}

/** ISO → SGE's `dd/mm/yyyy` (what RM's write endpoints take); throws on a date that does not exist. */
export function toSgeDate(iso: IsoDate): string {
  localDate(iso);
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
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

// ── Days between ────────────────────────────────────────────────────────────────────────────────

/**
 * Whole calendar days from `from` to `to` (negative when `to` is earlier), e.g. days overdue.
 * Counted on UTC day numbers, where every day is 86 400 000 ms (no daylight-saving day of 23 or
 * 25 hours): the same count as date-fns' `differenceInCalendarDays` (the unit tests compare them),
 * without shipping date-fns to the order form, whose credit preview counts days overdue.
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

function dayNumber(iso: IsoDate): number {
  localDate(iso);
  const [y = 0, m = 0, d = 0] = iso.split("-").map(Number);
  const utc = new Date(0);
  utc.setUTCFullYear(y, m - 1, d);
  return Math.round(utc.getTime() / 86_400_000);
}

/**
 * The instant a calendar date is formatted from with `Intl.DateTimeFormat(…, { timeZone: "UTC" })`:
 * its UTC midnight, so the day shown is the day stored in every zone.
 */
export function utcMidnight(iso: IsoDate): Date {
  localDate(iso);
  return new Date(`${iso}T00:00:00Z`);
}
