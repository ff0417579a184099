import "server-only";
import { and, asc, desc, eq, gte, inArray, lte, or, sql, type SQL } from "drizzle-orm";
import { addDays } from "@/lib/dates";
import { MIN_SEARCH } from "@/lib/customer-query-options";
import { EXPIRING_DAYS } from "@/lib/quotation-query-options";
import type { QuotationQuery } from "@/lib/schemas/quotation-query";
import type { OperationType, PaymentCondition, PriceList } from "@/lib/types/catalog";
import type { Customer } from "@/lib/types/customer";
import {
  isConvertible,
  isQuotationEditable,
  toQuotationStatus,
  type Quotation,
  type QuotationListItem,
  type QuotationPage,
  type QuotationQueueItem,
  type QuotationView,
} from "@/lib/types/quotation";
import { erpForViewer, type Viewer } from "@/server/auth/viewer";
import { businessToday } from "@/server/clock";
import { ErpError } from "@/server/erp/errors";
import { fetchQuotation } from "@/server/erp/protheus/quotations";
import { log } from "@/server/log";
import { getDb } from "@/server/store/db";
import { customers, quotations, syncedRecords } from "@/server/store/schema";
import { quotationQueueEntity } from "@/server/sync/entities";
import { scopeOf } from "@/server/sync/scope";
import { customerSearchCondition, lastSync } from "./customers";
import { record, records } from "./synced";

/** The customer of a quotation, as the rep's store has it (null when no longer in the portfolio). */
const joinCustomer = and(
  eq(customers.scope, quotations.scope),
  eq(customers.code, quotations.customer),
  eq(customers.store, quotations.store),
);

/**
 * The status as of the business date: the ERP derives `expired` from CJ_VALIDA when it answers, so
 * a copy synced while still open reads as expired once its validity passed.
 */
const statusToday = (today: string) =>
  sql<string>`case when ${quotations.status} = 'open' and ${quotations.validity} < ${today} then 'expired' else ${quotations.status} end`;

/** A quotation read from the store or the ERP, with the status it has on the business date. */
export function quotationToday(q: Quotation, today = businessToday()): Quotation {
  return q.status === "open" && q.validity && q.validity < today ? { ...q, status: "expired" } : q;
}

function conditions(scope: string, query: Omit<QuotationQuery, "page" | "pageSize" | "sort" | "dir">): SQL | undefined {
  const today = businessToday();
  const status = statusToday(today);
  const where: (SQL | undefined)[] = [eq(quotations.scope, scope)];
  if (query.q.length >= MIN_SEARCH) {
    // A quotation number (typed in full or in part), or the customer: name, code, CPF/CNPJ.
    const digits = query.q.replace(/\D/g, "");
    where.push(
      or(
        digits.length >= MIN_SEARCH ? sql`${quotations.number} like ${`%${digits}%`}` : undefined,
        customerSearchCondition(query.q),
      ),
    );
  }
  if (query.status.length) where.push(inArray(status, query.status));
  if (query.validity === "expired") where.push(sql`${status} = 'expired'`);
  if (query.validity === "valid") where.push(sql`${status} = 'open'`);
  if (query.validity === "expiring")
    where.push(sql`${status} = 'open'`, lte(quotations.validity, addDays(today, EXPIRING_DAYS)));
  if (query.from) where.push(gte(quotations.issueDate, query.from));
  if (query.to) where.push(lte(quotations.issueDate, query.to));
  return and(...where);
}

const sortColumns = {
  issueDate: quotations.issueDate,
  validity: quotations.validity,
  number: quotations.number,
  total: quotations.total,
  customer: customers.name,
} as const;

const listColumns = (today: string) => ({
  id: quotations.id,
  number: quotations.number,
  issueDate: quotations.issueDate,
  validity: quotations.validity,
  status: statusToday(today),
  total: quotations.total,
  customer: quotations.customer,
  store: quotations.store,
  customerName: sql<string>`coalesce(${customers.name}, '')`,
  customerDocument: sql<string>`coalesce(${customers.document}, '')`,
  order: quotations.orderNumber,
  items: sql<number>`jsonb_array_length(${quotations.data}->'items')`,
});

function toItem(row: Record<keyof ReturnType<typeof listColumns>, unknown>): QuotationListItem {
  return {
    ...(row as QuotationListItem),
    status: toQuotationStatus(String(row.status)),
    total: Number(row.total),
    items: Number(row.items),
  };
}

function listSelect(scope: string, query: QuotationQuery) {
  const order = query.dir === "desc" ? desc(sortColumns[query.sort]) : asc(sortColumns[query.sort]);
  return { where: conditions(scope, query), order };
}

/**
 * "Meus orçamentos" from the local store (the last 12 months the sync keeps), scoped by the viewer:
 * search by number or customer, status, validity and issue-date filters, sort, paging.
 */
export async function listQuotations(viewer: Viewer, query: QuotationQuery): Promise<QuotationPage> {
  const db = await getDb();
  const scope = scopeOf(viewer);
  const { where, order } = listSelect(scope, query);
  // The customer is needed to filter only when the search may match one, and to order only by name.
  const searching = query.q.length >= MIN_SEARCH;
  const page = { limit: query.pageSize, offset: (query.page - 1) * query.pageSize };
  const [rows, [count], syncedAt] = await Promise.all([
    searching || query.sort === "customer"
      ? db
          .select(listColumns(businessToday()))
          .from(quotations)
          .leftJoin(customers, joinCustomer)
          .where(where)
          .orderBy(order, desc(quotations.number))
          .limit(page.limit)
          .offset(page.offset)
      : pageThenCustomers(scope, where, order, page),
    searching
      ? db
          .select({ total: sql<number>`count(*)::int` })
          .from(quotations)
          .leftJoin(customers, joinCustomer)
          .where(where)
      : db
          .select({ total: sql<number>`count(*)::int` })
          .from(quotations)
          .where(where),
    lastSync(scope, "quotations"),
  ]);
  return { items: rows.map(toItem), total: count?.total ?? 0, page: query.page, pageSize: query.pageSize, syncedAt };
}

/**
 * One page ordered by the quotation's own columns: the page's ids first, without the customers,
 * then only those rows with their customer (at load scale the join over every row before the
 * top-N sort cost most of the list's time).
 */
async function pageThenCustomers(
  scope: string,
  where: SQL | undefined,
  order: SQL,
  page: { limit: number; offset: number },
) {
  const db = await getDb();
  const ids = (
    await db
      .select({ id: quotations.id })
      .from(quotations)
      .where(where)
      .orderBy(order, desc(quotations.number))
      .limit(page.limit)
      .offset(page.offset)
  ).map((r) => r.id);
  if (!ids.length) return [];
  const rows = await db
    .select(listColumns(businessToday()))
    .from(quotations)
    .leftJoin(customers, joinCustomer)
    .where(and(eq(quotations.scope, scope), inArray(quotations.id, ids)));
  const at = new Map(ids.map((id, i) => [id, i]));
  return rows.sort((a, b) => at.get(a.id)! - at.get(b.id)!);
}

/** At most this many rows in one CSV export. */
const EXPORT_LIMIT = 20_000;

/** Every quotation matching the list's filters, in the list's order, for the CSV export. */
export async function exportQuotations(viewer: Viewer, query: QuotationQuery): Promise<QuotationListItem[]> {
  const db = await getDb();
  const { where, order } = listSelect(scopeOf(viewer), query);
  const rows = await db
    .select(listColumns(businessToday()))
    .from(quotations)
    .leftJoin(customers, joinCustomer)
    .where(where)
    .orderBy(order, desc(quotations.number))
    .limit(EXPORT_LIMIT);
  return rows.map(toItem);
}

const quotationId = (viewer: Viewer, number: string) => `${viewer.tenant.branch}${number.padStart(6, "0")}`;
const validNumber = (number: string) => /^[0-9A-Za-z]{1,6}$/.test(number);

/** One of the viewer's synced quotations by number (null for anyone else's or an unknown one). */
export async function ownQuotation(viewer: Viewer, number: string): Promise<Quotation | null> {
  if (!validNumber(number)) return null;
  const db = await getDb();
  const [row] = await db
    .select({ data: quotations.data })
    .from(quotations)
    .where(and(eq(quotations.scope, scopeOf(viewer)), eq(quotations.id, quotationId(viewer, number))))
    .limit(1);
  return row ? quotationToday(row.data as Quotation) : null;
}

/** The viewer's queue operations on one quotation (by its id, or the key of the send that made it), oldest first. */
async function quotationHistory(scope: string, q: Quotation): Promise<QuotationQueueItem[]> {
  const db = await getDb();
  const rows = await db
    .select({ data: syncedRecords.data })
    .from(syncedRecords)
    .where(
      and(
        eq(syncedRecords.scope, scope),
        eq(syncedRecords.entity, quotationQueueEntity.name),
        or(
          sql`${syncedRecords.data}->>'quotationId' = ${q.id}`,
          q.externalId ? sql`${syncedRecords.data}->>'externalId' = ${q.externalId}` : undefined,
        ),
      ),
    );
  return rows
    .map((r) => r.data as QuotationQueueItem)
    .sort((a, b) => (a.receivedAt ?? "").localeCompare(b.receivedAt ?? ""));
}

/**
 * One of the viewer's quotations by number (in the viewer's branch), or null — also when it belongs
 * to another seller. The synced copy says whose it is; the ERP is then asked for it as it is now.
 */
export async function getQuotation(viewer: Viewer, number: string): Promise<QuotationView | null> {
  if (!validNumber(number)) return null;
  const db = await getDb();
  const scope = scopeOf(viewer);
  const [row] = await db
    .select({ data: quotations.data, syncedAt: quotations.syncedAt })
    .from(quotations)
    .where(and(eq(quotations.scope, scope), eq(quotations.id, quotationId(viewer, number))))
    .limit(1);
  if (!row) return null;
  const stored = row.data as Quotation;

  let quotation = stored;
  let source: QuotationView["source"] = "store";
  try {
    const live = await fetchQuotation(await erpForViewer(viewer), stored.id);
    // The ERP scopes by seller too; an answer for someone else's quotation would be a contract breach.
    if (live.seller === stored.seller) {
      quotation = live;
      source = "erp";
    }
  } catch (error) {
    if (!(error instanceof ErpError)) throw error;
    // Deleted in the ERP since the last sync: gone for the rep as well.
    if (error.kind === "not_found") return null;
    log.warn("quotation.offline", { kind: error.kind, detail: error.detail });
  }
  quotation = quotationToday(quotation);

  const [[customer], history, condition, list, operations] = await Promise.all([
    db
      .select({ data: customers.data })
      .from(customers)
      .where(
        and(eq(customers.scope, scope), eq(customers.code, quotation.customer), eq(customers.store, quotation.store)),
      )
      .limit(1),
    quotationHistory(scope, quotation),
    record<PaymentCondition>(scope, "paymentconditions", quotation.paymentCondition),
    record<PriceList>(scope, "pricelists", quotation.priceList),
    records<OperationType>(scope, "operationtypes"),
  ]);
  return {
    quotation,
    customer: customer ? (customer.data as Customer) : null,
    history,
    names: {
      paymentCondition: condition?.description ?? "",
      priceList: list?.description ?? "",
      operationTypes: Object.fromEntries(operations.map((o) => [o.code, o.description])),
    },
    editable: isQuotationEditable(quotation.status),
    convertible: isConvertible(quotation.status),
    source,
    syncedAt: row.syncedAt.toISOString(),
  };
}

/**
 * Whether the ERP carried out a delete of the viewer's quotation `number` (a finished delete in the
 * viewer's synced quotation queue): what the list's "excluído" notice checks before saying so.
 */
export async function quotationDeleted(viewer: Viewer, number: string): Promise<boolean> {
  if (!validNumber(number)) return false;
  const db = await getDb();
  const [row] = await db
    .select({ id: syncedRecords.id })
    .from(syncedRecords)
    .where(
      and(
        eq(syncedRecords.scope, scopeOf(viewer)),
        eq(syncedRecords.entity, quotationQueueEntity.name),
        sql`${syncedRecords.data}->>'quotationId' = ${quotationId(viewer, number)}`,
        sql`${syncedRecords.data}->>'operation' = 'delete'`,
        sql`${syncedRecords.data}->>'status' = 'done'`,
      ),
    )
    .limit(1);
  return Boolean(row);
}
