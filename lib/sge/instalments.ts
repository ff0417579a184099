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
