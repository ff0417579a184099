import { splitEvenly } from "./ops/amounts";
import { dayOfMonthAfter } from "../dates";

/**
 * The contract instalments SGE generates on RealizarMatricula (ERP-CONTRACT.md §5), previewed in
 * the wizard before anything is sent: the first falls on the first due date; from the second on,
 * on the fixed day of each month after the class start month (the month's last day when shorter).
 * The total and the discounts are split evenly, the centavo remainder on the last instalment.
 */
export type Instalment = { number: number; due: string; value: number; discount: number; net: number };

export function contractInstalments(input: {
  total: number;
  discount: number;
  count: number;
  firstDue: string;
  dueDay: number;
  classStart: string;
}): Instalment[] {
  const count = Math.max(1, Math.trunc(input.count));
  const values = splitEvenly(input.total, count, "last");
  const discounts = splitEvenly(input.discount, count, "last");
  return values.map((value, i) => ({
    number: i + 1,
    due: i === 0 ? input.firstDue : dayOfMonthAfter(input.classStart, i, input.dueDay),
    value,
    discount: discounts[i]!,
    net: value - discounts[i]!,
  }));
}

/** What the chosen course and class allow (the catalogue's MaxParcelas, the class's dates). */
export type ContractTerms = { maxInstalments: number; classStart: string; classEnd: string };

const monthIndex = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7));

/** Where the 2nd instalment falls by SGE's rule: the fixed day of the month after the class start. */
export function secondDue(terms: Pick<ContractTerms, "classStart">, dueDay: number): string {
  return dayOfMonthAfter(terms.classStart, 1, dueDay);
}

/**
 * The contract against the course's terms, `{ field: code }` (the same in the wizard and on the
 * server, which reads the terms from SGE again): no more instalments than the course allows, and a
 * first due date in the month before the 2nd instalment's, so SGE's schedule has no month without
 * an instalment (a 1st due in November with the class starting in January would skip December and
 * January). A plan that ends after the class is not refused here: `outlivesClass` warns of it.
 */
export function contractTermIssues(
  contract: { instalments: number; firstDue: string; dueDay: number },
  terms: ContractTerms,
): Record<string, string> {
  const issues: Record<string, string> = {};
  if (terms.maxInstalments > 0 && contract.instalments > terms.maxInstalments)
    issues["contract.instalments"] = `max_instalments:${terms.maxInstalments}`;
  if (contract.instalments > 1 && contract.firstDue) {
    const second = secondDue(terms, contract.dueDay || 1);
    if (contract.firstDue > second) issues["contract.firstDue"] = "first_due_after_second";
    else if (monthIndex(second) - monthIndex(contract.firstDue) > 1) issues["contract.firstDue"] = "first_due_gap";
  }
  return issues;
}

/** The last instalment's due date when it falls after the class ends (a warning, not a refusal); null otherwise. */
export function outlivesClass(rows: Instalment[], terms: Pick<ContractTerms, "classEnd">): string | null {
  const last = rows.at(-1)?.due;
  return last && terms.classEnd && last > terms.classEnd ? last : null;
}
