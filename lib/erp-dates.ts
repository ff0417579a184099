/**
 * Kept only for `components/customers/receivables-table.tsx`, outside issue 15's date change (its
 * displays move with the formatting hook): the date helpers live in `lib/dates.ts`. Delete this
 * file once that import points there.
 */
export { daysBetween } from "./dates";
