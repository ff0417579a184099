import "server-only";
import { toIsoDate } from "@/lib/dates";
import { percentOf, toCents } from "@/lib/money";
import type { FinancialStatus, Receivable } from "@/lib/types/financial";
import { endpointItemPath } from "./endpoints";
import { protheusFetch, type ErpTarget } from "./transport";
import { code, num, pick, text, pageSchema } from "./wire";

/** `financialstatus` / `financialcustomerstatus` wire row → FinancialStatus (totals in centavos). */
export function toFinancialStatus(raw: Record<string, unknown>): FinancialStatus {
  const open = toCents(num(raw, "openbalance", "openBalance", "totalopen"));
  const overdue = toCents(num(raw, "overduebalance", "overdueBalance", "financialdefault"));
  const delinquency = pick(raw, "delinquency") !== undefined ? num(raw, "delinquency") : percentOf(overdue, open);
  const customerCode = code(raw, "code", "customerid");
  const store = code(raw, "store", "customerstore");
  return {
    id: text(raw, "id") || `${customerCode}|${store}`,
    code: customerCode,
    store,
    oldestDue: toIsoDate(text(raw, "oldestdue", "oldestDue")),
    openBalance: open,
    overdueBalance: overdue,
    delinquency,
  };
}

const statuses = new Set(["open", "overdue", "paid"]);

/** `financialsecurities` wire row (SE1) → Receivable. */
export function toReceivable(raw: Record<string, unknown>, today: string): Receivable {
  const balance = toCents(num(raw, "titlebalance", "balance"));
  const dueDate = toIsoDate(text(raw, "installmentmaturity", "duedate"));
  const wireStatus = text(raw, "status").toLowerCase();
  // Older packages send no status: derive it the way FINA040's legend does (balance, due date).
  const status = statuses.has(wireStatus)
    ? (wireStatus as Receivable["status"])
    : balance <= 0
      ? "paid"
      : dueDate && dueDate < today
        ? "overdue"
        : "open";
  return {
    id: text(raw, "id"),
    prefix: text(raw, "prefix"),
    number: text(raw, "titlecode", "number"),
    installment: text(raw, "installment"),
    type: text(raw, "type"),
    issueDate: toIsoDate(text(raw, "issuedate")),
    dueDate,
    original: toCents(num(raw, "billvalue", "value")),
    balance,
    status,
  };
}

/**
 * The open receivables of one customer, read online as PGV does (server-built filter only).
 * Pages through everything: a customer rarely has more than a few hundred open titles.
 */
export async function fetchOpenReceivables(
  target: ErpTarget,
  customerCode: string,
  store: string,
  today: string,
): Promise<Receivable[]> {
  const items: Receivable[] = [];
  for (let page = 1; page <= 50; page++) {
    // Below the customer's record (`customers/{code}/{store}/financialsecurities`): it follows the alias' `customers`.
    const res = await protheusFetch(
      target,
      endpointItemPath(target, "customers", customerCode, store, "financialsecurities"),
      {
        query: { page, pageSize: 500, filter: "titlebalance gt 0", order: "installmentmaturity" },
        schema: pageSchema,
      },
    );
    items.push(...res.items.map((r) => toReceivable(r, today)));
    if (!res.hasNext) break;
  }
  return items;
}
