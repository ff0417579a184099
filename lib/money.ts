/**
 * Money is integer centavos in the portal (STYLE.md: never float arithmetic on amounts). ERP
 * numbers ("1234.5", 1234.5, "1.234,50") are converted once, in reshapers.
 */
export type Cents = number;

export function toCents(value: number | string | null | undefined): Cents {
  if (value === null || value === undefined || value === "") return 0;
  if (typeof value === "number") return Number.isFinite(value) ? Math.round(value * 100) : 0;
  const text = value.trim();
  // pt-BR "1.234,56" → "1234.56"; plain "1234.56" stays.
  const normalised = /,\d{1,2}$/.test(text) ? text.replace(/\./g, "").replace(",", ".") : text.replace(/,/g, "");
  const parsed = Number(normalised);
  return Number.isFinite(parsed) ? Math.round(parsed * 100) : 0;
}

const formatters = new Map<string, Intl.NumberFormat>();

export function formatBRL(cents: Cents, locale = "pt-BR"): string {
  let f = formatters.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: "currency", currency: "BRL" });
    formatters.set(locale, f);
  }
  return f.format(cents / 100);
}

/** part ÷ whole as a percentage with one decimal (0 when whole is 0): delinquency %, attainment %. */
export function percentOf(part: Cents, whole: Cents): number {
  if (whole <= 0) return 0;
  return Math.round((part / whole) * 1000) / 10;
}
