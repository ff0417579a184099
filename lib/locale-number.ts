/**
 * A decimal typed by a person, read the way that person's locale writes it, and refused (never
 * guessed) when it is written another way. pt-BR and es group with "." and mark decimals with ",";
 * en the other way round. What is accepted, per locale (pt-BR shown; en swaps "." and ","):
 *
 *   "1500", "1500,25", "1.500", "1.500,25", "1.234.567,8", ",5", "12,", "-3"  → the number
 *
 * What is refused:
 * - `ambiguous`: a group separator that is not between groups of three digits ("1.5", "1.50",
 *   "1234.5", "12.34"), one after the decimal mark ("1,234.56") or two decimal marks
 *   ("1,234,567"). Each of those is a number written with the other convention; reading it either
 *   way would be a guess, and a wrong guess turns 1.5 units into 15 or 1,500.
 * - `invalid`: anything that is not a number at all ("abc", "R$ 10", "-", "1-2", "1..500").
 * Blank is no value (null), for the schema to say whether one is required.
 *
 * The locale's marks come from `Intl.NumberFormat`; the grammar is checked here rather than by a
 * parsing library: `@internationalized/number`'s `NumberParser` (used before) reads "1.5" in pt-BR
 * as 15 (it guesses where this refuses), so it only ever converted text already checked here, and
 * its locale data and parser went to every page with a number field.
 */

type DecimalRefusal = "ambiguous" | "invalid";
type ParsedDecimal =
  /** `decimal` is the plain text of the value ("1500.25"), for exact conversions (centavos). */
  | { ok: true; value: number; decimal: string }
  | { ok: true; value: null; decimal: null }
  | { ok: false; code: DecimalRefusal };

type Separators = { group: string; decimal: string };
const separatorsByLocale = new Map<string, Separators>();

/** The locale's own group and decimal marks, as its formatter writes them. */
function separators(locale: string): Separators {
  let found = separatorsByLocale.get(locale);
  if (!found) {
    const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(12345.6);
    found = {
      group: parts.find((p) => p.type === "group")?.value ?? ",",
      decimal: parts.find((p) => p.type === "decimal")?.value ?? ".",
    };
    separatorsByLocale.set(locale, found);
  }
  return found;
}

const SPACES = /[\s\u00a0\u202f]+/g;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function parseLocaleDecimal(text: string, locale: string): ParsedDecimal {
  const { group, decimal } = separators(locale);
  // Spaces inside the number ("1 500") group digits as the locale's mark does.
  let body = text.trim().replace(SPACES, group);
  if (!body) return { ok: true, value: null, decimal: null };
  const negative = /^[-\u2212]/.test(body);
  if (negative) body = body.slice(1);
  if (!/\d/.test(body) || new RegExp(`[^0-9${escape(group)}${escape(decimal)}]`).test(body))
    return { ok: false, code: "invalid" };
  const [whole = "", fraction = "", ...more] = body.split(decimal);
  if (more.length || fraction.includes(group)) return { ok: false, code: "ambiguous" };
  let digits = whole;
  if (whole.includes(group)) {
    const groups = whole.split(group);
    if (groups.slice(1).some((g) => g === "")) return { ok: false, code: "invalid" };
    if (!/^\d{1,3}$/.test(groups[0] ?? "") || groups.slice(1).some((g) => !/^\d{3}$/.test(g)))
      return { ok: false, code: "ambiguous" };
    digits = groups.join("");
  }
  // Checked against the locale's grammar above, the text is now a plain decimal: `Number` reads it exactly.
  const plain = `${negative ? "-" : ""}${digits || "0"}${fraction ? `.${fraction}` : ""}`;
  const value = Number(plain);
  return Number.isFinite(value) ? { ok: true, value, decimal: plain } : { ok: false, code: "invalid" };
}

/** A value as the locale writes it in an input: no grouping, so what is shown reads back the same. */
export function formatInputDecimal(
  value: number,
  locale: string,
  minimumFractionDigits: number,
  maximumFractionDigits: number,
) {
  return new Intl.NumberFormat(locale, { useGrouping: false, minimumFractionDigits, maximumFractionDigits }).format(
    value,
  );
}
