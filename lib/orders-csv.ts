import { formatDocument } from "@/lib/br-documents";
import { utcMidnight } from "@/lib/dates";
import { formatFor } from "@/lib/format";
import type { OrderStatus } from "@/lib/types/order";
import type { OrderListItem } from "@/lib/types/order-list";

/** RFC 4180 field: quoted when it holds the separator, a quote or a line break. */
const field = (value: string, separator: string) =>
  /["\r\n]/.test(value) || value.includes(separator) ? `"${value.replace(/"/g, '""')}"` : value;

/**
 * A text cell a spreadsheet must not run: one starting with `=`, `+`, `-`, `@`, tab or CR is a
 * formula to Excel and LibreOffice (OWASP "CSV injection"; a customer named `=HYPERLINK(…)` in the
 * ERP would become a live link). A leading apostrophe keeps it text and still readable.
 */
const textCell = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/**
 * Orders as CSV for a spreadsheet in the user's locale: pt-BR and es use `;` and a decimal comma
 * (what Excel expects there), en `,` and a dot. Dates as the locale writes them; BOM for Excel.
 */
export function ordersCsv(
  rows: OrderListItem[],
  options: { locale: string; header: string[]; status: (s: OrderStatus) => string },
): string {
  const separator = options.locale === "en" ? "," : ";";
  const { amount } = formatFor(options.locale);
  const day = new Intl.DateTimeFormat(options.locale, {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    timeZone: "UTC",
  });
  // Numbers and dates are written here; every text that came from the ERP goes through textCell.
  const lines = [
    options.header,
    ...rows.map((r) => [
      textCell(r.number),
      r.issueDate ? day.format(utcMidnight(r.issueDate)) : "",
      textCell(r.customer.trim()),
      textCell(r.store.trim()),
      textCell(r.customerName),
      textCell(formatDocument(r.customerDocument)),
      textCell(options.status(r.status)),
      String(r.items),
      amount(r.total),
      textCell(r.invoice ?? ""),
    ]),
  ];
  return `\uFEFF${lines.map((l) => l.map((v) => field(v, separator)).join(separator)).join("\r\n")}\r\n`;
}
