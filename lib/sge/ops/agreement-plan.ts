import { addMonths } from "@/lib/dates";
import type { Cents } from "@/lib/money";
import { splitEvenly } from "./amounts";

/** One new instalment of an agreement as the form holds it (`value` undefined while the field is empty). */
export type AgreementInstalment = { dueDate: string; forecastDate: string; value: Cents | undefined };

/** An amount field that is empty or unreadable counts as 0 in the live totals (the schema then asks for a number). */
export const centsOrZero = (v: number | null | undefined): Cents =>
  v === null || v === undefined || Number.isNaN(v) ? 0 : v;

/** Instalments of `total` split evenly, monthly from `first` (each forecast on its due date). */
export function planInstalments(total: Cents, count: number, first: string): AgreementInstalment[] {
  return splitEvenly(total, count).map((value, i) => {
    const due = first ? addMonths(first, i) : "";
    return { dueDate: due, forecastDate: due, value };
  });
}
