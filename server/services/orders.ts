import "server-only";
import { and, asc, desc, eq, inArray, or, sql, type Placeholder, type SQL } from "drizzle-orm";
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
import { customerSearchLike, searchPatterns } from "./customers";
import { numberedNames, numberedValues, pageColumns, pageOf, shapedStatements, syncKey } from "./list-page";
import { record, records } from "./synced";

/** The customer of an order, as the rep's store has it (null when no longer in the portfolio). */
const joinCustomer = and(
  eq(customers.scope, orders.scope),
  eq(customers.code, orders.customer),
  eq(customers.store, orders.store),
);

/**
 * The filters of a query as the SQL needs them, without their values: which parts there are, how
 * many search patterns and statuses. `filterValues` holds the values under the names `conditions` binds.
 */
function filterOf(query: Omit<OrderQuery, "page" | "pageSize" | "sort" | "dir">) {
  const searching = query.q.length >= MIN_SEARCH;
  return {
    // An order number (typed in full or in part) when the search has enough digits.
    number: searching && numberDigits(query.q).length >= MIN_SEARCH,
    patterns: searching ? searchPatterns(query.q).length : 0,
    // null: no status filter; 0: only queue statuses chosen, which no stored order has.
    statuses: query.status.length ? recordStatuses(query.status).length : null,
    from: Boolean(query.from),
    to: Boolean(query.to),
  };
}
type OrderFilter = ReturnType<typeof filterOf>;

function filterValues(scope: string, query: Omit<OrderQuery, "page" | "pageSize" | "sort" | "dir">) {
  return {
    scope,
    number: `%${numberDigits(query.q)}%`,
    ...numberedValues("pattern", searchPatterns(query.q)),
    ...numberedValues("status", recordStatuses(query.status)),
    from: query.from,
    to: query.to,
  };
}

const recordStatuses = (status: readonly string[]) =>
  status.filter((s) => (orderRecordStatuses as readonly string[]).includes(s));
const numberDigits = (q: string) => q.replace(/\D/g, "");

/**
 * The filters as SQL, each value as `value(name)`: the value itself (the CSV export), or the
 * placeholder the list binds at each request (`shapedStatements`), so both read one set of filters.
 */
function conditions(filter: OrderFilter, value: (name: string) => string | Placeholder): SQL | undefined {
  const where: (SQL | undefined)[] = [sql`${orders.scope} = ${value("scope")}`];
  if (filter.number || filter.patterns) {
    where.push(
      or(
        filter.number ? sql`${orders.number} like ${value("number")}` : undefined,
        customerSearchLike(numberedNames("pattern", filter.patterns).map(value)),
      ),
    );
  }
  if (filter.statuses !== null) {
    const statuses = numberedNames("status", filter.statuses).map(value);
    where.push(statuses.length ? inArray(orders.status, statuses) : sql`false`);
  }
  if (filter.from) where.push(sql`${orders.issueDate} >= ${value("from")}`);
  if (filter.to) where.push(sql`${orders.issueDate} <= ${value("to")}`);
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

/** What decides the list's SQL (`shapedStatements`): the filters' parts and the sort, no value. */
const orderShape = (query: OrderQuery) => ({ ...filterOf(query), sort: query.sort, dir: query.dir });
type OrderShape = ReturnType<typeof orderShape>;

const orderStatements = shapedStatements((db, { sort, dir, ...filter }: OrderShape) => {
  const where = conditions(filter, sql.placeholder);
  const order = dir === "desc" ? desc(sortColumns[sort]) : asc(sortColumns[sort]);
  // The customer join is needed by the count only when the search may match a customer.
  const count = filter.patterns
    ? db
        .select({ total: sql<number>`count(*)::int` })
        .from(orders)
        .leftJoin(customers, joinCustomer)
        .where(where)
    : db
        .select({ total: sql<number>`count(*)::int` })
        .from(orders)
        .where(where);
  const page = db
    .select({ ...listColumns, ...pageColumns(count, sql.placeholder("syncKey")) })
    .from(orders)
    .leftJoin(customers, joinCustomer)
    .where(where)
    .orderBy(order, desc(orders.number))
    .limit(sql.placeholder("limit"))
    .offset(sql.placeholder("offset"));
  // Unnamed (""): PostgreSQL plans each run for its values, as before.
  return { page: page.prepare(""), count: count.prepare("") };
});

/**
 * "My orders" from the local store (the last 12 months the sync keeps), scoped by the viewer:
 * search by number or customer, status and issue-date filters, sort, paging.
 */
export async function listOrders(viewer: Viewer, query: OrderQuery): Promise<OrderPage> {
  const scope = scopeOf(viewer);
  const statements = await orderStatements(orderShape(query));
  const values = {
    ...filterValues(scope, query),
    syncKey: syncKey(scope, "salesorders"),
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  };
  const rows = await statements.page.execute(values);
  const page = await pageOf(rows, () => statements.count.execute(values), scope, "salesorders");
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
  const values: Record<string, string | undefined> = filterValues(scopeOf(viewer), query);
  const where = conditions(filterOf(query), (name) => values[name] ?? "");
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
