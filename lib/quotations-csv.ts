import { formatDocument } from "@/lib/br-documents";
import { csvCells, toCsv } from "@/lib/csv";
import type { QuotationListItem, QuotationStatus } from "@/lib/types/quotation";

/**
 * "Meus orçamentos" as CSV for a spreadsheet in the user's locale (`lib/csv.ts`): number, issue date,
 * validity, customer code/store, name, CPF/CNPJ, status in words, item count, total, and the order a
 * converted quotation became.
 */
export function quotationsCsv(
  rows: QuotationListItem[],
  options: { locale: string; header: string[]; status: (s: QuotationStatus) => string },
): string {
  const { text, date, money, count } = csvCells(options.locale);
  return toCsv(
    options.header,
    rows.map((r) => [
      text(r.number),
      date(r.issueDate),
      date(r.validity),
      text(r.customer.trim()),
      text(r.store.trim()),
      text(r.customerName),
      text(formatDocument(r.customerDocument)),
      text(options.status(r.status)),
      count(r.items),
      money(r.total),
      text(r.order.trim()),
    ]),
    options.locale,
  );
}
