import type { Cents } from "@/lib/money";

/**
 * The arithmetic of SGE's finance rules, in integer centavos (STYLE.md), shared by the forms (live
 * totals) and the server (checked again before anything is sent).
 */

export type SettlementBreakdown = { original: Cents; interest: Cents; fine: Cents; discount: Cents };

/**
 * BaixaTitulo: "ValorBaixa = valor original + Juros + Multa − Desconto" (seed, both worked examples;
 * the discount includes the permanent scholarship).
 */
export function settlementTotal(b: SettlementBreakdown): Cents {
  return b.original + b.interest + b.fine - b.discount;
}

export function sumCents(values: readonly Cents[]): Cents {
  return values.reduce((total, v) => total + v, 0);
}

/** `total` in `count` instalments, the centavos left over going to the first ones (R$ 100 / 3 → 33,34 + 33,33 + 33,33). */
export function splitEvenly(total: Cents, count: number): Cents[] {
  if (count < 1) return [];
  const base = Math.floor(total / count);
  const rest = total - base * count;
  return Array.from({ length: count }, (_, i) => base + (i < rest ? 1 : 0));
}

/** Same day `months` later (clamped to the month's last day): the next instalments' due dates. */
export function addMonthsIso(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/** An ISO calendar date that exists (2026-02-30 does not). */
export function isRealIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** ISO `yyyy-mm-dd` → SGE's `dd/mm/yyyy` (request bodies). */
export function isoToSgeDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}
