import type { Cents } from "@/lib/money";
import { daysBetween } from "@/lib/calendar-date";

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

/** Whole days a launch due on `dueDate` is late on `on` (0 when not yet due or without a due date). */
export function daysLate(dueDate: string | null, on: string): number {
  return dueDate && on > dueDate ? daysBetween(dueDate, on) : 0;
}

/**
 * The late charges the plan's rules give for a settlement on `on`: the fine (a % of the original,
 * once late) and simple interest (a % of the original a day late), each rounded to the centavo.
 * Null when SGE gives no rules for the launch (the finance team types them).
 */
export function proposedCharges(
  launch: {
    original: Cents;
    dueDate: string | null;
    lateCharges: { finePercent: number; dailyInterestPercent: number } | null;
  },
  on: string,
): { interest: Cents; fine: Cents; days: number } | null {
  if (!launch.lateCharges) return null;
  const days = daysLate(launch.dueDate, on);
  if (days === 0) return { interest: 0, fine: 0, days };
  return {
    interest: Math.round((launch.original * launch.lateCharges.dailyInterestPercent * days) / 100),
    fine: Math.round((launch.original * launch.lateCharges.finePercent) / 100),
    days,
  };
}
