/**
 * Money inside the order job is integer centavos (STYLE.md: never binary float arithmetic on
 * amounts). Tables hold numeric(14,2), which PGlite returns as a string; the wire carries numbers.
 */

export type Cents = number;

/** `"1234.5"`, `1234.5`, `null` → 123450 centavos (exact for values with ≤ 2 decimals). */
export function toCents(value: string | number | null | undefined): Cents {
  if (value === null || value === undefined || value === "") return 0;
  const text = typeof value === "number" ? value.toFixed(2) : value.trim();
  const match = /^(-)?(\d+)(?:\.(\d{1,}))?$/.exec(text);
  if (!match) throw new Error(`Not a money value: ${JSON.stringify(value)}`);
  const fraction = (match[3] ?? "").padEnd(3, "0");
  // Round half away from zero on the third decimal, as numeric(14,2) does.
  const cents = Number(match[2]) * 100 + Number(fraction.slice(0, 2)) + (Number(fraction[2]) >= 5 ? 1 : 0);
  return match[1] ? -cents : cents;
}

/** 123450 → "1234.50" (a numeric literal for SQL parameters). */
export function centsToDecimal(cents: Cents): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** 123450 → 1234.5 (wire number). */
export function centsToNumber(cents: Cents): number {
  return Number(centsToDecimal(cents));
}

/**
 * C6_VALOR = C6_QTDVEN × C6_PRCVEN rounded to centavos. Quantity has at most 2 decimals (C6_QTDVEN
 * numeric(12,2)): work in hundredths of a unit so the product stays an exact integer.
 */
export function lineTotal(quantity: number, unitPrice: Cents): Cents {
  const hundredths = Math.round(quantity * 100);
  return Math.round((hundredths * unitPrice) / 100);
}

/** C6_DESCONT: discount % of the sale price against the list price, 2 decimals (0 when no list price). */
export function discountPercent(listPrice: Cents, price: Cents): number {
  if (listPrice <= 0 || price >= listPrice) return 0;
  return Math.round(((listPrice - price) * 10_000) / listPrice) / 100;
}
