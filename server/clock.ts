import "server-only";
import { pinnedClock, realClock, type BusinessClock } from "@/lib/today";
import { env } from "./env";

let clock: BusinessClock | undefined;

/** The real Brasília clock, or the one pinned by BUSINESS_DATE (tests, demos). */
function businessClock(): BusinessClock {
  clock ??= env().BUSINESS_DATE ? pinnedClock(env().BUSINESS_DATE!) : realClock;
  return clock;
}

/**
 * The business date, ISO `yyyy-mm-dd`: every "today", "this month", "overdue", "valid" and "last
 * N days" is measured from it. Never the wall clock directly, so a pinned date holds everywhere.
 */
export function businessToday(): string {
  return businessClock().today();
}

/** The instant that goes with the business date, for windows compared with ERP timestamps. */
export function businessNow(): Date {
  return businessClock().now();
}
