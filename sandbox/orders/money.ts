/**
 * Money inside the order job is integer centavos (STYLE.md: never binary float arithmetic on
 * amounts). Tables hold numeric(14,2), which PGlite returns as a string; the wire carries numbers.
 * The arithmetic is the portal's own (`lib/money.ts` on `lib/decimal.ts`: exact, half-up as
 * Protheus' A410Arred), so the ERP stand-in and the order form can never differ by a centavo.
 */
import { decimalToCents, type Cents } from "../../lib/money";

export { centsToDecimal, centsToNumber, discountPercent, lineTotal, type Cents } from "../../lib/money";

/** `"1234.5"`, `1234.5`, `null` → 123450 centavos (half-up on the third decimal, as numeric(14,2) rounds). */
export function toCents(value: string | number | null | undefined): Cents {
  if (value === null || value === undefined || value === "") return 0;
  const cents = decimalToCents(value);
  if (cents === null) throw new Error(`Not a money value: ${JSON.stringify(value)}`);
  return cents;
}
