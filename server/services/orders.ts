import "server-only";
import { and, asc, desc, eq, gte, inArray, lte, or, sql, type SQL } from "drizzle-orm";
import { MIN_SEARCH } from "@/lib/customer-query-options";
import { orderRecordStatuses } from "@/lib/order-query-options";
import type { OrderQuery } from "@/lib/schemas/order-query";
import type { Carrier, OperationType, PaymentCondition, PriceList } from "@/lib/types/catalog";
import type { Customer } from "@/lib/types/customer";
import {
  isEditable,
  type DeletedOrder,
  type OrderDetail,
  type OrderView,
  type QueueItem,
  type SalesOrder,
} from "@/lib/types/order";
import type { OrderListItem, OrderPage } from "@/lib/types/order-list";
import { erpForViewer, type Viewer } from "@/server/auth/viewer";
import { ErpError } from "@/server/erp/errors";
import { fetchOrder } from "@/server/erp/protheus/orders";
import { log } from "@/server/log";
import { getDb } from "@/server/store/db";
import { customers, orders, syncedRecords } from "@/server/store/schema";
import { scopeOf } from "@/server/sync/scope";
import { customerSearchCondition } from "./customers";
import { pageColumns, pageOf } from "./list-page";
import { record, records } from "./synced";

/** The customer of an order, as the rep's store has it (null when no longer in the portfolio). */
const joinCustomer = and(
  eq(customers.scope, orders.scope),
  eq(customers.code, orders.customer),
  eq(customers.store, orders.store),
);

function conditions(scope: string, query: Omit<OrderQuery, "page" | "pageSize" | "sort" | "dir">): SQL | undefined {
  const where: (SQL | undefined)[] = [eq(orders.scope, scope)];
  if (query.q.length >= MIN_SEARCH) {
    // An order number (typed in full or in part), or the customer: name, code, CPF/CNPJ.
    const digits = query.q.replace(/\D/g, "");
    where.push(
      or(
        digits.length >= MIN_SEARCH ? sql`${orders.number} like ${`%${digits}%`}` : undefined,
        customerSearchCondition(query.q),
      ),
    );
  }
  if (query.status.length) {
    // Queue statuses are not order statuses: with only those chosen, no stored order matches.
    const statuses = query.status.filter((s) => (orderRecordStatuses as readonly string[]).includes(s));
    where.push(statuses.length ? inArray(orders.status, statuses) : sql`false`);
  }
  if (query.from) where.push(gte(orders.issueDate, query.from));
  if (query.to) where.push(lte(orders.issueDate, query.to));
  return and(...where);
}

const sortColumns = {
  issueDate: orders.issueDate,
  number: orders.number,
  total: orders.total,
  customer: customers.name,
} as const;

const listColumns = {
  id: orders.id,
  number: orders.number,
  issueDate: orders.issueDate,
  status: orders.status,
  total: orders.total,
  customer: orders.customer,
  store: orders.store,
  customerName: sql<string>`coalesce(${customers.name}, '')`,
  customerDocument: sql<string>`coalesce(${customers.document}, '')`,
  invoice: sql<string | null>`${orders.data}->'invoice'->>'number'`,
  items: sql<number>`jsonb_array_length(${orders.data}->'items')`,
};

function toItem(row: { [K in keyof typeof listColumns]: unknown }): OrderListItem {
  return { ...(row as OrderListItem), total: Number(row.total), items: Number(row.items) };
}

/**
 * "My orders" from the local store (the last 12 months the sync keeps), scoped by the viewer:
 * search by number or customer, status and issue-date filters, sort, paging.
 */
export async function listOrders(viewer: Viewer, query: OrderQuery): Promise<OrderPage> {
  const db = await getDb();
  const scope = scopeOf(viewer);
  const where = conditions(scope, query);
  const order = query.dir === "desc" ? desc(sortColumns[query.sort]) : asc(sortColumns[query.sort]);
  // The customer join is needed by the count only when the search may match a customer.
  const count =
    query.q.length >= MIN_SEARCH
      ? db
          .select({ total: sql<number>`count(*)::int` })
          .from(orders)
          .leftJoin(customers, joinCustomer)
          .where(where)
      : db
          .select({ total: sql<number>`count(*)::int` })
          .from(orders)
          .where(where);
  const rows = await db
    .select({ ...listColumns, ...pageColumns(count, scope, "salesorders") })
    .from(orders)
    .leftJoin(customers, joinCustomer)
    .where(where)
    .orderBy(order, desc(orders.number))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const page = await pageOf(rows, count, scope, "salesorders");
  return {
    items: page.rows.map(toItem),
    total: page.total,
    page: query.page,
    pageSize: query.pageSize,
    syncedAt: page.syncedAt,
  };
}

/** At most this many rows in one CSV export (a year of a busy rep fits). */
const EXPORT_LIMIT = 20_000;

/** Every order matching the list's filters, in the list's order, for the CSV export. */
export async function exportOrders(viewer: Viewer, query: OrderQuery): Promise<OrderListItem[]> {
  const db = await getDb();
  const where = conditions(scopeOf(viewer), query);
  const order = query.dir === "desc" ? desc(sortColumns[query.sort]) : asc(sortColumns[query.sort]);
  const rows = await db
    .select(listColumns)
    .from(orders)
    .leftJoin(customers, joinCustomer)
    .where(where)
    .orderBy(order, desc(orders.number))
    .limit(EXPORT_LIMIT);
  return rows.map(toItem);
}

/**
 * One of the viewer's orders the ERP deleted (a finished delete in the viewer's synced queue), or
 * null. The store drops the order itself once the sync sees the delete; its queue history stays.
 */
export async function deletedOrder(viewer: Viewer, number: string): Promise<DeletedOrder | null> {
  if (!/^[0-9A-Za-z]{1,6}$/.test(number)) return null;
  const id = `${viewer.tenant.branch}${number.padStart(6, "0")}`;
  const db = await getDb();
  const rows = await db
    .select({ data: syncedRecords.data })
    .from(syncedRecords)
    .where(
      and(
        eq(syncedRecords.scope, scopeOf(viewer)),
        eq(syncedRecords.entity, "orderqueue"),
        sql`${syncedRecords.data}->>'orderId' = ${id}`,
        sql`${syncedRecords.data}->>'operation' = 'delete'`,
        sql`${syncedRecords.data}->>'status' = 'done'`,
      ),
    );
  const latest = rows
    .map((r) => r.data as QueueItem)
    .sort((a, b) => (b.finishedAt ?? b.receivedAt ?? "").localeCompare(a.finishedAt ?? a.receivedAt ?? ""))[0];
  if (!latest) return null;
  return {
    number: number.padStart(6, "0"),
    deletedAt: latest.finishedAt ?? latest.receivedAt,
    seller: viewer.seller?.name ?? viewer.userName,
    message: latest.message,
  };
}

const orderId = (viewer: Viewer, number: string) => `${viewer.tenant.branch}${number.padStart(6, "0")}`;

/**
 * One of the viewer's orders by number (in the viewer's branch), or null — also when it belongs to
 * another seller. The synced copy says whose it is; the ERP is then asked for the order as it is now.
 */
export async function getOrder(viewer: Viewer, number: string): Promise<OrderView | null> {
  const stored = await getStoredOrder(viewer, number);
  return stored && refreshOrder(viewer, stored);
}

/**
 * One of the viewer's orders as the store holds it (no ERP call: what a page paints at once), or
 * null when it is not the viewer's; `refreshOrder` then asks the ERP for it as it is now.
 */
export async function getStoredOrder(viewer: Viewer, number: string): Promise<OrderView | null> {
  if (!/^[0-9A-Za-z]{1,6}$/.test(number)) return null;
  const db = await getDb();
  const [row] = await db
    .select({ data: orders.data, syncedAt: orders.syncedAt })
    .from(orders)
    .where(and(eq(orders.scope, scopeOf(viewer)), eq(orders.id, orderId(viewer, number))))
    .limit(1);
  if (!row) return null;
  const stored = row.data as SalesOrder;
  const order: OrderDetail = { ...stored, blockCode: "", reason: "", invoiceDetail: null };
  return orderView(viewer, order, "store", { ...stored, syncedAt: row.syncedAt.toISOString() });
}

/**
 * The stored order (`getStoredOrder`) as the ERP has it now; the stored view itself when the ERP
 * does not answer; null when the ERP says it is gone and the queue history says it was deleted.
 */
export async function refreshOrder(viewer: Viewer, stored: OrderView): Promise<OrderView | null> {
  const { number } = stored.order;
  try {
    const live = await fetchOrder(await erpForViewer(viewer), orderId(viewer, number));
    // The ERP scopes by seller too; an answer for someone else's order would be a contract breach.
    if (live.seller === stored.order.seller)
      return orderView(viewer, live, "erp", { ...stored.order, syncedAt: stored.syncedAt });
  } catch (error) {
    if (!(error instanceof ErpError)) throw error;
    // A 404 for an order the queue history says was deleted is a deleted order, not an ERP outage.
    if (error.kind === "not_found" && (await deletedOrder(viewer, number))) return null;
    log.warn("order.offline", { kind: error.kind, detail: error.detail });
  }
  return stored;
}

/**
 * An order (stored or live) with what the store adds to it: its customer and queue history (by the
 * synced copy's keys), the names of its codes, when the copy was synced.
 */
async function orderView(
  viewer: Viewer,
  order: OrderDetail,
  source: OrderView["source"],
  stored: Pick<SalesOrder, "customer" | "store" | "externalId"> & { syncedAt: string | null },
): Promise<OrderView> {
  const db = await getDb();
  const scope = scopeOf(viewer);
  const id = orderId(viewer, order.number);
  const [customer] = await db
    .select({ data: customers.data })
    .from(customers)
    .where(and(eq(customers.scope, scope), eq(customers.code, stored.customer), eq(customers.store, stored.store)))
    .limit(1);
  const queue = await db
    .select({ data: syncedRecords.data })
    .from(syncedRecords)
    .where(
      and(
        eq(syncedRecords.scope, scope),
        eq(syncedRecords.entity, "orderqueue"),
        or(
          sql`${syncedRecords.data}->>'orderId' = ${id}`,
          stored.externalId ? sql`${syncedRecords.data}->>'externalId' = ${stored.externalId}` : undefined,
        ),
      ),
    );
  const history = queue
    .map((q) => q.data as QueueItem)
    .sort((a, b) => (a.receivedAt ?? "").localeCompare(b.receivedAt ?? ""));
  const [condition, list, carrier, operations] = await Promise.all([
    record<PaymentCondition>(scope, "paymentconditions", order.paymentCondition),
    record<PriceList>(scope, "pricelists", order.priceList),
    record<Carrier>(scope, "carriers", order.carrier),
    records<OperationType>(scope, "operationtypes"),
  ]);
  return {
    order,
    customer: customer ? (customer.data as Customer) : null,
    history,
    names: {
      paymentCondition: condition?.description ?? "",
      priceList: list?.description ?? "",
      carrier: carrier?.name ?? "",
      operationTypes: Object.fromEntries(operations.map((o) => [o.code, o.description])),
    },
    editable: isEditable(order.status),
    source,
    syncedAt: stored.syncedAt,
  };
}
