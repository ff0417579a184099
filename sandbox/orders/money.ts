/**
 * Money inside the order job is integer centavos (STYLE.md: never binary float arithmetic on
 * amounts). Tables hold numeric(14,2), which PGlite returns as a string; the wire carries numbers.
 * The arithmetic is the portal's own (`lib/money.ts` on `lib/decimal.ts`: exact, half-up as
 * Protheus' A410Arred), so the ERP stand-in and the order form can never differ by a centavo.
 */
import { divideHalfUp, multiplyScaled } from "../../lib/decimal";
import { decimalToCents, type Cents } from "../../lib/money";

export { centsToDecimal, centsToNumber, discountPercent, lineTotal, type Cents } from "../../lib/money";

/** `"1234.5"`, `1234.5`, `null` → 123450 centavos (half-up on the third decimal, as numeric(14,2) rounds). */
export function toCents(value: string | number | null | undefined): Cents {
  if (value === null || value === undefined || value === "") return 0;
  const cents = decimalToCents(value);
  if (cents === null) throw new Error(`Not a money value: ${JSON.stringify(value)}`);
  return cents;
}

/**
 * A tax rate or margin in hundredths of a percent (18% = 1800, 20.5% = 2050, MVA 82.44% = 8244):
 * the two decimals of the Protheus rate fields (B1_IPI, F7_MARGEM), held exactly like centavos.
 */
export type BasisPoints = number;

/** `"20.50"`, `20.5` → 2050: the same two-decimal reading as money. */
export const toBasisPoints = (value: string | number | null | undefined): BasisPoints => toCents(value);

/** 2050 → 20.5 (wire number, a percent). */
export { centsToNumber as basisPointsToNumber } from "../../lib/money";

/** base × rate, half-up to the centavo: one tax of one item, rounded as MATXFIS rounds each item. */
export function applyRate(base: Cents, rate: BasisPoints): Cents {
  return multiplyScaled(base, `${rate}e-4`, 0) ?? 0;
}

/**
 * `total` split in proportion to `weights` (centavos each), half-up, the rounding remainder on
 * the last part — MATXFIS's proration of freight over the items of an invoice. All weights zero:
 * equal parts.
 */
export function prorate(total: Cents, weights: readonly Cents[]): Cents[] {
  if (weights.length === 0) return [];
  const sum = weights.reduce((s, w) => s + w, 0);
  const basis = sum > 0 ? weights : weights.map(() => 1);
  const whole = BigInt(sum > 0 ? sum : weights.length);
  const parts = basis.slice(0, -1).map((w) => Number(divideHalfUp(BigInt(total) * BigInt(w), whole)));
  return [...parts, total - parts.reduce((s, p) => s + p, 0)];
}
