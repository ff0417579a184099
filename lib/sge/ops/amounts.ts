import type { Cents } from "@/lib/money";

/**
 * The arithmetic of SGE's finance rules, in integer centavos (STYLE.md), shared by the forms (live
 * totals) and the server (checked again before anything is sent).
 */

type SettlementBreakdown = { original: Cents; interest: Cents; fine: Cents; discount: Cents };

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

/**
 * `total` in `count` instalments; the centavos left over go one each to the first instalments
 * (R$ 100 / 3 → 33,34 + 33,33 + 33,33), or all to the last one (SGE's contract instalments).
 */
export function splitEvenly(total: Cents, count: number, remainder: "first" | "last" = "first"): Cents[] {
  if (count < 1) return [];
  const base = Math.floor(total / count);
  const rest = total - base * count;
  if (remainder === "last") return Array.from({ length: count }, (_, i) => (i === count - 1 ? base + rest : base));
  return Array.from({ length: count }, (_, i) => base + (i < rest ? 1 : 0));
}
