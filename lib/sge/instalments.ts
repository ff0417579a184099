/**
 * The contract instalments SGE generates on RealizarMatricula (ERP-CONTRACT.md §5), previewed in
 * the wizard before anything is sent: the first falls on the first due date; from the second on,
 * on the fixed day of each month after the class start month (the month's last day when shorter).
 * The total and the discounts are split evenly, the centavo remainder on the last instalment.
 */
export type Instalment = { number: number; due: string; value: number; discount: number; net: number };

function split(cents: number, count: number): number[] {
  const base = Math.floor(cents / count);
  return Array.from({ length: count }, (_, i) => (i === count - 1 ? cents - base * (count - 1) : base));
}

/** `yyyy-mm-dd` of day `day` (clamped) of the month `offset` months after `from`'s month. */
export function fixedDayAfter(from: string, offset: number, day: number): string {
  const [y, m] = from.split("-").map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1 + offset, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, last));
  return first.toISOString().slice(0, 10);
}

export function contractInstalments(input: { total: number; discount: number; count: number; firstDue: string; dueDay: number; classStart: string }): Instalment[] {
  const count = Math.max(1, Math.trunc(input.count));
  const values = split(input.total, count);
  const discounts = split(input.discount, count);
  return values.map((value, i) => ({
    number: i + 1,
    due: i === 0 ? input.firstDue : fixedDayAfter(input.classStart, i, input.dueDay),
    value,
    discount: discounts[i]!,
    net: value - discounts[i]!,
  }));
}
