import { daysBetween, isIsoDate, type IsoDate } from "./dates";

/** Brasília, the business time zone of every date the portal reasons about. */
const BUSINESS_TIME_ZONE = "America/Sao_Paulo";

const DAY_MS = 86_400_000;

/** The date of `now` in Brasília, ISO `yyyy-mm-dd`: what "overdue" and validity are measured against. */
export function todayIso(now: Date): IsoDate {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: BUSINESS_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

/** A business clock: the business date (Protheus dDataBase) and the instant that goes with it. */
export type BusinessClock = {
  /** ISO `yyyy-mm-dd`. */
  today(): string;
  now(): Date;
};

/** The real clock: today is the Brasília date of the moment. */
export const realClock: BusinessClock = {
  today: () => todayIso(new Date()),
  now: () => new Date(),
};

/**
 * A clock pinned to a business date (tests, demos). The date never moves; instants run at the real
 * pace, shifted by the whole days between the real date at `startedAt` and the pinned date, so
 * every process pinned the same day (sandbox, portal, browser) agrees on the instant too, and a
 * run that crosses midnight keeps its date and never sees time go backwards.
 */
export function pinnedClock(isoDate: string, startedAt: number = Date.now()): BusinessClock & { offsetMs: number } {
  if (!isIsoDate(isoDate)) throw new Error(`not an ISO date: ${isoDate}`);
  const offsetMs = daysBetween(todayIso(new Date(startedAt)), isoDate) * DAY_MS;
  return { today: () => isoDate, now: () => new Date(Date.now() + offsetMs), offsetMs };
}
