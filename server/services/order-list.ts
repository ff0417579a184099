import "server-only";
import { and, asc, desc, eq, inArray, or, sql, type Placeholder, type SQL } from "drizzle-orm";
import { MIN_SEARCH } from "@/lib/customer-query-options";
import { orderRecordStatuses } from "@/lib/order-query-options";
import type { OrderQuery } from "@/lib/schemas/order-query";
import type { OrderListItem, OrderPage } from "@/lib/types/order-list";
import type { Viewer } from "@/server/auth/viewer";
import { getDb } from "@/server/store/db";
import { customers, orders } from "@/server/store/schema";
import { scopeOf } from "@/server/sync/scope";
import { customerSearchLike, searchPatterns } from "./customers";
import { numberedNames, numberedValues, pageColumns, shapedPage, shapedStatements } from "./list-page";

// "My orders" from the local store: the list and its CSV export (server/services/orders.ts: one order).
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
  const list = { scope, entity: "salesorders", page: query.page, pageSize: query.pageSize };
  return shapedPage(statements, filterValues(scope, query), list, toItem);
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
