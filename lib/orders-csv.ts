import { formatDocument } from "@/lib/br-documents";
import { csvCells, toCsv } from "@/lib/csv";
import type { OrderStatus } from "@/lib/types/order";
import type { OrderListItem } from "@/lib/types/order-list";

/** Orders as CSV for a spreadsheet in the user's locale (`lib/csv.ts`: separator, decimal mark, BOM). */
export function ordersCsv(
  rows: OrderListItem[],
  options: { locale: string; header: string[]; status: (s: OrderStatus) => string },
): string {
  const { text, date, money, count } = csvCells(options.locale);
  return toCsv(
    options.header,
    rows.map((r) => [
      text(r.number),
      date(r.issueDate),
      text(r.customer.trim()),
      text(r.store.trim()),
      text(r.customerName),
      text(formatDocument(r.customerDocument)),
      text(options.status(r.status)),
      count(r.items),
      money(r.total),
      text(r.invoice ?? ""),
    ]),
    options.locale,
  );
}
