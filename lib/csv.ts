import { formatFor } from "@/lib/format";

/**
 * CSV for a spreadsheet in the user's locale, shared by the lists' exports: pt-BR and es use `;`
 * and a decimal comma (what Excel expects there), en `,` and a dot; dates as the locale writes them;
 * UTF-8 with a BOM, so Excel reads the accents; CRLF line ends (RFC 4180).
 */

/** The field separator a spreadsheet in this locale splits on. */
export const csvSeparator = (locale: string) => (locale === "en" ? "," : ";");

/** RFC 4180 field: quoted when it holds the separator, a quote or a line break. */
const field = (value: string, separator: string) =>
  /["\r\n]/.test(value) || value.includes(separator) ? `"${value.replace(/"/g, '""')}"` : value;

/**
 * A text cell a spreadsheet must not run: one starting with `=`, `+`, `-`, `@`, tab or CR is a
 * formula to Excel and LibreOffice (OWASP "CSV injection"; a customer named `=HYPERLINK(…)` in the
 * ERP would become a live link). A leading apostrophe keeps it text and still readable.
 */
export const textCell = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/**
 * The cells of one locale. Numbers and dates are written here; every text that came from the ERP
 * goes through `text` (numbers are never neutralised: a negative amount is not a formula).
 */
export function csvCells(locale: string) {
  const { amount, date } = formatFor(locale);
  return {
    text: textCell,
    /** An ISO calendar date as the locale writes it (18/11/2026 in pt-BR); empty when there is none. */
    date: (iso: string | null | undefined) => date(iso, ""),
    /** Centavos as a bare amount with the locale's decimal mark, no grouping (1234,56 in pt-BR). */
    money: amount,
    count: (value: number) => String(value),
  };
}

/** Header and rows (cells already written with `csvCells`) → the file's text. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[], locale: string): string {
  const separator = csvSeparator(locale);
  const lines = [header, ...rows].map((cells) => cells.map((v) => field(v, separator)).join(separator));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
