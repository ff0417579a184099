import type { Cents } from "@/lib/money";

/**
 * Centavos → the reais number SGE's JSON carries (311.26). Integer ÷ 100 yields the double
 * nearest the decimal, which JSON.stringify writes with at most two decimals.
 */
export function centsToReais(cents: Cents): number {
  return Math.round(cents) / 100;
}
