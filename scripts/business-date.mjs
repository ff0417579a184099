// The suite's business date: one pinned date for every runner (vitest unit/integration, the
// PostgreSQL pass, Playwright, the bench), given to the ERP sandbox as SANDBOX_TODAY, to the portal
// as BUSINESS_DATE and to the browser through Playwright's clock. Tests read it from here, never
// from the wall clock, so a run on the 1st of a month or on 31 December expects what it gets.
//
// The default is a mid-month Wednesday: the current month has two weeks of orders before it and two
// after, the month before and the same month a year earlier are whole. `TEST_BUSINESS_DATE`
// overrides it (`npm run test:dates` runs the whole suite under the calendar's edges).
import { isValid, parseISO } from "date-fns";

export const DEFAULT_TEST_BUSINESS_DATE = "2026-11-18";

/** The edges `npm run test:dates` proves the suite against: a 1st, a 31 December, a 29 February. */
export const EDGE_BUSINESS_DATES = ["2027-03-01", "2026-12-31", "2028-02-29"];

export function testBusinessDate(env = process.env) {
  const date = env.TEST_BUSINESS_DATE || DEFAULT_TEST_BUSINESS_DATE;
  // lib/dates.ts' isIsoDate, which a plain Node script cannot import (TypeScript): the same rule on date-fns.
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date) && isValid(parseISO(date));
  if (!valid) throw new Error(`TEST_BUSINESS_DATE must be a real date yyyy-mm-dd, got "${date}"`);
  return date;
}
