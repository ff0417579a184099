import "server-only";
import { addDays } from "@/lib/dates";
import { businessToday } from "@/server/clock";
import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { normalizeDocument } from "@/lib/br-documents";
import { maskDocument } from "@/lib/mask";
import { MIN_SEARCH, type CustomerQuery } from "@/lib/schemas/customer-query";
import { searchText } from "@/lib/search-text";
import type { Customer } from "@/lib/types/customer";
import type { CustomerListItem, CustomerPage } from "@/lib/types/customer-list";
import type { Viewer } from "@/server/auth/viewer";
import { getDb } from "@/server/store/db";
import { customers } from "@/server/store/schema";
import { scopeOf } from "@/server/sync/scope";
import { lastSync, pageColumns, pageOf } from "./list-page";

// The other lists import it from here.
export { lastSync };

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);

/** Customers matching a type-ahead text (name, trade name, code/store, CPF/CNPJ with or without mask). */
export const customerSearchCondition = (q: string) => searchCondition(customers.search, q);

/** Rows whose `search` column (lib/search-text.ts) matches a type-ahead text, a masked CPF/CNPJ or code+store too. */
export function searchCondition(column: AnyPgColumn, q: string): SQL | undefined {
  if (q.length < MIN_SEARCH) return undefined;
  const terms = new Set([searchText(q)]);
  // CPF/CNPJ typed with its mask ("11.222.333/0001") or code+store ("000123 01").
  const compact = normalizeDocument(q).replace(/\s/g, "").toLowerCase();
  if (compact.length >= MIN_SEARCH && /\d/.test(compact)) terms.add(compact);
  const ors = [...terms].map((t) => sql`${column} like ${`%${likeEscape(t)}%`}`);
  return ors.length === 1 ? ors[0] : sql`(${sql.join(ors, sql` or `)})`;
}

const sortColumns = {
  name: customers.name,
  code: customers.code,
  risk: customers.risk,
  availableCredit: customers.availableCredit,
  lastPurchase: customers.lastPurchase,
} as const;

/**
 * What a list row shows, from the columns the sync keeps beside each customer's document
 * (server/sync/stores.ts) and the two address fields: not the whole document, whose conversion to
 * and from JSON was most of an embedded-store list query (issue 20: 3.5 → 1.8 ms a page).
 */
const listColumns = {
  code: customers.code,
  store: customers.store,
  name: customers.name,
  tradeName: customers.tradeName,
  document: customers.document,
  risk: customers.risk,
  blocked: customers.blocked,
  creditLimit: customers.creditLimit,
  availableCredit: customers.availableCredit,
  overdue: customers.overdue,
  lastPurchase: customers.lastPurchase,
  city: sql<string | null>`${customers.data}->'address'->>'city'`,
  uf: sql<string | null>`${customers.data}->'address'->>'uf'`,
};
type ListRow = Omit<CustomerListItem, "risk" | "city" | "uf"> & {
  risk: string | null;
  city: string | null;
  uf: string | null;
};

/**
 * The viewer's customers from the local store, scoped by (alias, company, branch, seller) — the
 * scope column is the only way in, so another seller's customers cannot match any filter.
 */
export async function listCustomers(viewer: Viewer, query: CustomerQuery): Promise<CustomerPage> {
  const db = await getDb();
  const scope = scopeOf(viewer);
  const conditions = [eq(customers.scope, scope), customerSearchCondition(query.q)];
  if (query.risk.length) conditions.push(inArray(customers.risk, query.risk));
  if (query.status !== "all") conditions.push(eq(customers.blocked, query.status === "blocked"));
  if (query.exhausted) conditions.push(sql`${customers.availableCredit} <= 0`);
  if (query.overdue) conditions.push(sql`${customers.overdue} > 0`);
  if (query.noPurchase) {
    const since = addDays(businessToday(), -90);
    conditions.push(
      sql`not ${customers.blocked} and (${customers.lastPurchase} is null or ${customers.lastPurchase} < ${since})`,
    );
  }
  const where = and(...conditions.filter((c): c is SQL => Boolean(c)));
  const order = query.dir === "desc" ? desc(sortColumns[query.sort]) : asc(sortColumns[query.sort]);

  const count = db
    .select({ total: sql<number>`count(*)::int` })
    .from(customers)
    .where(where);
  const rows = await db
    .select({ ...listColumns, ...pageColumns(count, scope, "customers") })
    .from(customers)
    .where(where)
    .orderBy(order, asc(customers.code), asc(customers.store))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const page = await pageOf(rows, count, scope, "customers");
  return {
    items: page.rows.map(toListItem),
    total: page.total,
    page: query.page,
    pageSize: query.pageSize,
    syncedAt: page.syncedAt,
  };
}

function toListItem({ city, uf, ...row }: ListRow): CustomerListItem {
  return {
    ...row,
    risk: row.risk as CustomerListItem["risk"],
    creditLimit: Number(row.creditLimit),
    availableCredit: Number(row.availableCredit),
    overdue: Number(row.overdue),
    // A list never carries a natural person's CPF in full (LGPD, issue 18); the customer page does, and logs it.
    document: maskDocument(row.document),
    city: city ?? "",
    uf: uf ?? "",
  };
}

/** One customer of the viewer by code and store, or null (also when it belongs to someone else). */
export async function findCustomer(viewer: Viewer, code: string, store: string): Promise<Customer | null> {
  const db = await getDb();
  const [row] = await db
    .select({ data: customers.data })
    .from(customers)
    .where(and(eq(customers.scope, scopeOf(viewer)), eq(customers.code, code), eq(customers.store, store)))
    .limit(1);
  return row ? (row.data as Customer) : null;
}
