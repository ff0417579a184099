import { toScaled } from "./decimal";
import { lineTotal, type Cents } from "./money";
import { parseLocaleDecimal } from "./locale-number";
import type { LineValues } from "./types/order-entry";

/**
 * Order line arithmetic shared by the form (live totals) and the server (re-computed, never taken
 * from the client). Money is integer centavos; quantities have up to 2 decimals (C6_QTDVEN).
 */

const DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** C6_ITEM is char(2): 01..99, then 9A..9Z, then A0..ZZ (Soma1) — 1,061 items at most. */
export const MAX_ORDER_ITEMS = 99 + 26 + 26 * 36;

/**
 * The C6_ITEM of the line at `index` (0-based), numbered as MATA410 does with Soma1(): "após o
 * item 99, o sistema incrementa letras" (99 → 9A … 9Z → A0, A9 → AA … ZZ).
 */
export function itemCode(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= MAX_ORDER_ITEMS)
    throw new RangeError(`item index ${index} outside 0..${MAX_ORDER_ITEMS - 1}`);
  if (index < 99) return String(index + 1).padStart(2, "0");
  const n = index - 99;
  if (n < 26) return `9${DIGITS[10 + n]}`;
  const m = n - 26;
  return `${DIGITS[10 + Math.floor(m / 36)]}${DIGITS[m % 36]}`;
}

/**
 * Line arithmetic is `lib/money.ts`'s, the ERP sandbox's own (exact, half-up as A410Arred): the
 * form's live totals are the ones the ERP will write. `discountOf` is C6_DESCONT.
 */
export { discountPercent as discountOf, lineTotal, priceAfterDiscount } from "./money";

type OrderTotals = { items: Cents; freight: Cents; total: Cents; quantity: number };

/** Items, freight and order total; lines with an incomplete quantity or price count as zero. */
export function orderTotals(
  lines: { quantity?: number | null; price?: Cents | null }[],
  freight: Cents | null,
): OrderTotals {
  let items = 0;
  let hundredths = 0; // quantities are summed exactly, in hundredths of a unit (C6_QTDVEN has 2 decimals)
  for (const line of lines) {
    const q = typeof line.quantity === "number" && line.quantity > 0 ? line.quantity : 0;
    items += lineTotal(q, typeof line.price === "number" ? line.price : 0);
    hundredths += toScaled(q, 2) ?? 0;
  }
  const f = typeof freight === "number" && freight > 0 ? freight : 0;
  return { items, freight: f, total: items + f, quantity: hundredths / 100 };
}

/**
 * A number typed by the rep, read with `parseLocaleDecimal` (blank → null, refused → NaN). Kept
 * for forms that hold a bare number; new inputs use `DecimalInput`, which also shows why a value
 * is refused.
 */
export function parseDecimal(text: string, locale = "pt-BR"): number | null {
  const parsed = parseLocaleDecimal(text, locale);
  return parsed.ok ? parsed.value : Number.NaN;
}

/** A blank line of the order form (numbers blank until typed). */
export const emptyLine = (): LineValues => ({
  product: "",
  quantity: null,
  price: null,
  description: "",
  unit: "",
  listPrice: 0,
  minimumPrice: 0,
});
