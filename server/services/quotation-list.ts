import "server-only";
import { and, asc, desc, eq, gte, inArray, lte, or, sql, type SQL } from "drizzle-orm";
import { addDays } from "@/lib/dates";
import { MIN_SEARCH } from "@/lib/customer-query-options";
import { EXPIRING_DAYS } from "@/lib/quotation-query-options";
import type { QuotationQuery } from "@/lib/schemas/quotation-query";
import { toQuotationStatus, type QuotationListItem, type QuotationPage } from "@/lib/types/quotation";
import type { Viewer } from "@/server/auth/viewer";
import { businessToday } from "@/server/clock";
import { getDb } from "@/server/store/db";
import { customers, prospects, quotations } from "@/server/store/schema";
import { scopeOf } from "@/server/sync/scope";
import { customerSearchCondition, lastSync, searchCondition } from "./customers";

// "Meus orçamentos": the list and its CSV export, from the store (one quotation: quotations.ts).

/** The customer of a quotation, as the rep's store has it (null when no longer in the portfolio). */
const joinCustomer = and(
  eq(customers.scope, quotations.scope),
  eq(customers.code, quotations.customer),
  eq(customers.store, quotations.store),
);

/** A prospect's quotation's prospect (CJ_PROSPE/CJ_LOJPRO), as the rep's store has it: its name until it is a customer. */
const joinProspect = and(
  eq(prospects.scope, quotations.scope),
  eq(prospects.code, quotations.prospect),
  eq(prospects.store, quotations.prospectStore),
);

/** Who the quotation is for: the customer, else (a prospect's quotation) the prospect. */
const buyerName = sql<string>`coalesce(${customers.name}, ${prospects.name}, '')`;

/**
 * The status as of the business date: the ERP derives `expired` from CJ_VALIDA when it answers, so
 * a copy synced while still open reads as expired once its validity passed.
 */
const statusToday = (today: string) =>
  sql<string>`case when ${quotations.status} = 'open' and ${quotations.validity} < ${today} then 'expired' else ${quotations.status} end`;

function conditions(scope: string, query: Omit<QuotationQuery, "page" | "pageSize" | "sort" | "dir">): SQL | undefined {
  const today = businessToday();
  const status = statusToday(today);
  const where: (SQL | undefined)[] = [eq(quotations.scope, scope)];
  if (query.q.length >= MIN_SEARCH) {
    // A quotation number (typed in full or in part), or the customer (or prospect): name, code, CPF/CNPJ.
    const digits = query.q.replace(/\D/g, "");
    where.push(
      or(
        digits.length >= MIN_SEARCH ? sql`${quotations.number} like ${`%${digits}%`}` : undefined,
        customerSearchCondition(query.q),
        searchCondition(prospects.search, query.q),
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
  customer: buyerName,
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
  customerName: buyerName,
  customerDocument: sql<string>`coalesce(${customers.document}, ${prospects.document}, '')`,
  order: quotations.orderNumber,
  items: sql<number>`jsonb_array_length(${quotations.data}->'items')`,
  prospect: quotations.prospect,
  prospectStore: quotations.prospectStore,
});

function toItem(row: Record<keyof ReturnType<typeof listColumns>, unknown>): QuotationListItem {
  const { prospect, prospectStore, ...item } = row;
  // Still its prospect's (no customer yet): the list names the prospect and marks it.
  const forProspect = typeof prospect === "string" && prospect.trim() && !String(item.customer).trim();
  return {
    ...(item as Omit<QuotationListItem, "prospect">),
    status: toQuotationStatus(String(row.status)),
    total: Number(row.total),
    items: Number(row.items),
    ...(forProspect ? { prospect: { code: prospect.trim(), store: String(prospectStore ?? "").trim() } } : {}),
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
          .leftJoin(prospects, joinProspect)
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
          .leftJoin(prospects, joinProspect)
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
    .leftJoin(prospects, joinProspect)
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
    .leftJoin(prospects, joinProspect)
    .where(where)
    .orderBy(order, desc(quotations.number))
    .limit(EXPORT_LIMIT);
  return rows.map(toItem);
}
