/**
 * Kept only for `components/sge/ops/finance/agreement-form.tsx`, outside issue 15's date change:
 * the date helpers, SGE's `dd/mm/yyyy` included, live in `lib/dates.ts`. Delete this file once
 * that import points there.
 */
export { addMonths as addMonthsIso } from "../dates";
