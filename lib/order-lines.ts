import type { Cents } from "./money";
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

/** Unit price after a discount % on the list price, to the centavo. */
export function priceAfterDiscount(listPrice: Cents, discount: number): Cents {
  return Math.round((listPrice * (100 - discount)) / 100);
}

/** C6_DESCONT: how far (%) the price is below the list price, two decimals; 0 at or above it. */
export function discountOf(listPrice: Cents, price: Cents): number {
  if (listPrice <= 0 || price >= listPrice) return 0;
  return Math.round(((listPrice - price) / listPrice) * 10_000) / 100;
}

/** C6_VALOR: quantity × unit price, to the centavo. */
export function lineTotal(quantity: number, price: Cents): Cents {
  return Number.isFinite(quantity) && Number.isFinite(price) ? Math.round(quantity * price) : 0;
}

export type OrderTotals = { items: Cents; freight: Cents; total: Cents; quantity: number };

/** Items, freight and order total; lines with an incomplete quantity or price count as zero. */
export function orderTotals(
  lines: { quantity?: number | null; price?: Cents | null }[],
  freight: Cents | null,
): OrderTotals {
  let items = 0;
  let quantity = 0;
  for (const line of lines) {
    const q = typeof line.quantity === "number" && line.quantity > 0 ? line.quantity : 0;
    items += lineTotal(q, typeof line.price === "number" ? line.price : 0);
    quantity += q;
  }
  const f = typeof freight === "number" && freight > 0 ? freight : 0;
  return { items, freight: f, total: items + f, quantity: Math.round(quantity * 100) / 100 };
}

/** Numbers typed the Brazilian way or not: "1.234,56", "1234,56", "1234.56" → 1234.56; blank → null. */
export function parseDecimal(text: string): number | null {
  const t = text.trim().replace(/\s/g, "");
  if (!t) return null;
  const normalised = t.includes(",") ? t.replace(/\./g, "").replace(",", ".") : t;
  if (!/^-?\d*(\.\d*)?$/.test(normalised) || normalised === "." || normalised === "-") return Number.NaN;
  return Number(normalised);
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
