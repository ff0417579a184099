import { exactDecimal, multiplyScaled, ratioScaled, rescale, scaledToText } from "./decimal";

/**
 * Money is integer centavos in the portal and in the sandbox (STYLE.md: never float arithmetic on
 * amounts); the arithmetic is `lib/decimal.ts`'s (exact, half-up as Protheus' A410Arred). ERP
 * numbers ("1234.5", 1234.5, "1.234,50") are converted once, in reshapers. Pure: the sandbox
 * imports this file by relative path, so it imports nothing through `@/`.
 */
export type Cents = number;

/** "1234.5", 1234.5, "-0.005" → centavos, half-up (1.005 → 101); null when it is not a plain decimal. */
export function decimalToCents(value: number | string): Cents | null {
  const exact = exactDecimal(value);
  return exact ? Number(rescale(exact, 2)) : null;
}

/** The portal's reading of an ERP amount: pt-BR "1.234,56" or plain "1234.56", number or text; 0 when absent or unreadable. */
export function toCents(value: number | string | null | undefined): Cents {
  if (value === null || value === undefined || value === "") return 0;
  if (typeof value === "number") return decimalToCents(value) ?? 0;
  const text = value.trim();
  // pt-BR "1.234,56" → "1234.56"; plain "1234.56" stays.
  const normalised = /,\d{1,2}$/.test(text) ? text.replace(/\./g, "").replace(",", ".") : text.replace(/,/g, "");
  return decimalToCents(normalised) ?? 0;
}

/** 123450 → "1234.50" (a numeric literal for SQL parameters, a CSV cell). */
export function centsToDecimal(cents: Cents): string {
  return scaledToText(cents, 2);
}

/** 123450 → 1234.5 (wire number). */
export function centsToNumber(cents: Cents): number {
  return Number(centsToDecimal(cents));
}

/**
 * C6_VALOR = C6_QTDVEN × C6_PRCVEN rounded half-up to the centavo (A410Arred), computed exactly:
 * 2.01 × R$ 2,50 = R$ 5,03 (binary float says 502.49999… → R$ 5,02). Not a number → 0.
 */
export function lineTotal(quantity: number | string, unitPrice: Cents): Cents {
  return multiplyScaled(quantity, unitPrice, 0) ?? 0;
}

/** C6_DESCONT: how far (%) the price is below the list price, two decimals half-up; 0 at or above it, or with no list price. */
export function discountPercent(listPrice: Cents, price: Cents): number {
  if (!(listPrice > 0) || !(price < listPrice)) return 0;
  return ratioScaled((listPrice - price) * 100, listPrice, 2) / 100;
}

/** C6_PRCVEN from the list price and a discount %: C6_PRUNIT × (1 − C6_DESCONT / 100), half-up to the centavo. */
export function priceAfterDiscount(listPrice: Cents, discount: number): Cents {
  const d = exactDecimal(discount);
  const list = exactDecimal(listPrice);
  if (!d || !list) return 0;
  // list × (100 − d) / 100, all at d's scale so nothing is rounded before the end.
  const hundred = 100n * 10n ** BigInt(d.scale);
  return Number(rescale({ units: list.units * (hundred - d.units), scale: list.scale + d.scale + 2 }, 0));
}

/** part ÷ whole as a percentage with one decimal, half-up (0 when whole is 0): delinquency %, attainment %. */
export function percentOf(part: Cents, whole: Cents): number {
  if (!(whole > 0)) return 0;
  return ratioScaled(part * 100, whole, 1) / 10;
}
