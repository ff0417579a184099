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
import { lastSync, numberedNames, numberedValues, pageColumns, shapedPage, shapedStatements } from "./list-page";

// The other lists import it from here.
export { lastSync };

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);

/** Customers matching a type-ahead text (name, trade name, code/store, CPF/CNPJ with or without mask). */
export const customerSearchCondition = (q: string) => searchCondition(customers.search, q);

/** The LIKE patterns a type-ahead text searches for: its words, and a masked CPF/CNPJ or code+store compacted. */
export function searchPatterns(q: string): string[] {
  if (q.length < MIN_SEARCH) return [];
  const terms = new Set([searchText(q)]);
  // CPF/CNPJ typed with its mask ("11.222.333/0001") or code+store ("000123 01").
  const compact = normalizeDocument(q).replace(/\s/g, "").toLowerCase();
  if (compact.length >= MIN_SEARCH && /\d/.test(compact)) terms.add(compact);
  return [...terms].map((t) => `%${likeEscape(t)}%`);
}

/** `column like` any of `patterns` (values or placeholders); undefined for none. */
function likeAny(column: AnyPgColumn, patterns: readonly unknown[]): SQL | undefined {
  const ors = patterns.map((p) => sql`${column} like ${p}`);
  return ors.length <= 1 ? ors[0] : sql`(${sql.join(ors, sql` or `)})`;
}

/** Customers whose `search` matches any of `patterns` (from `searchPatterns`, or their placeholders). */
export const customerSearchLike = (patterns: readonly unknown[]) => likeAny(customers.search, patterns);

/** Rows whose `search` column (lib/search-text.ts) matches a type-ahead text, a masked CPF/CNPJ or code+store too. */
export function searchCondition(column: AnyPgColumn, q: string): SQL | undefined {
  return likeAny(column, searchPatterns(q));
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
 * (server/sync/stores.ts): never the document, whose conversion to and from JSON was most of an
 * embedded-store list query (issue 20: 3.5 → 1.8 ms a page), nor a field read out of it, which
 * still takes the whole document out of storage per row (its city and state: ~20 % of the query).
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
  city: customers.city,
  uf: customers.uf,
};
type ListRow = Omit<CustomerListItem, "risk"> & { risk: string | null };

/** What decides the list's SQL (server/services/list-page.ts `shapedStatements`): the query without its values. */
function customerShape({ q, risk, page: _page, pageSize: _size, ...structural }: CustomerQuery) {
  return { ...structural, patterns: searchPatterns(q).length, risks: risk.length };
}
type CustomerShape = ReturnType<typeof customerShape>;

const ph = (name: string) => sql.placeholder(name);
const numbered = (prefix: string, count: number) => numberedNames(prefix, count).map(ph);

const customerStatements = shapedStatements((db, shape: CustomerShape) => {
  const conditions = [eq(customers.scope, ph("scope")), likeAny(customers.search, numbered("pattern", shape.patterns))];
  if (shape.risks) conditions.push(inArray(customers.risk, numbered("risk", shape.risks)));
  if (shape.status !== "all") conditions.push(eq(customers.blocked, shape.status === "blocked"));
  if (shape.exhausted) conditions.push(sql`${customers.availableCredit} <= 0`);
  if (shape.overdue) conditions.push(sql`${customers.overdue} > 0`);
  if (shape.noPurchase) {
    conditions.push(
      sql`not ${customers.blocked} and (${customers.lastPurchase} is null or ${customers.lastPurchase} < ${ph("since")})`,
    );
  }
  const where = and(...conditions.filter((c): c is SQL => Boolean(c)));
  const order = shape.dir === "desc" ? desc(sortColumns[shape.sort]) : asc(sortColumns[shape.sort]);
  const count = db
    .select({ total: sql<number>`count(*)::int` })
    .from(customers)
    .where(where);
  const page = db
    .select({ ...listColumns, ...pageColumns(count, ph("syncKey")) })
    .from(customers)
    .where(where)
    .orderBy(order, asc(customers.code), asc(customers.store))
    .limit(ph("limit"))
    .offset(ph("offset"));
  // Unnamed (""): PostgreSQL plans each run for its values, as before.
  return { page: page.prepare(""), count: count.prepare("") };
});

/**
 * The viewer's customers from the local store, scoped by (alias, company, branch, seller) — the
 * scope column is the only way in, so another seller's customers cannot match any filter.
 */
export async function listCustomers(viewer: Viewer, query: CustomerQuery): Promise<CustomerPage> {
  const scope = scopeOf(viewer);
  const statements = await customerStatements(customerShape(query));
  const values = {
    scope,
    ...numberedValues("pattern", searchPatterns(query.q)),
    ...numberedValues("risk", query.risk),
    // Only the "no purchase in 90 days" shape binds it.
    ...(query.noPurchase ? { since: addDays(businessToday(), -90) } : {}),
  };
  return shapedPage(
    statements,
    values,
    { scope, entity: "customers", page: query.page, pageSize: query.pageSize },
    toListItem,
  );
}

function toListItem(row: ListRow): CustomerListItem {
  return {
    ...row,
    risk: row.risk as CustomerListItem["risk"],
    creditLimit: Number(row.creditLimit),
    availableCredit: Number(row.availableCredit),
    overdue: Number(row.overdue),
    // A list never carries a natural person's CPF in full (LGPD, issue 18); the customer page does, and logs it.
    document: maskDocument(row.document),
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
