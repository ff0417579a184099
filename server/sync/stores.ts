import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { searchText } from "@/lib/search-text";
import type { Customer } from "@/lib/types/customer";
import type { SalesOrder } from "@/lib/types/order";
import type { Prospect } from "@/lib/types/prospect";
import type { Quotation } from "@/lib/types/quotation";
import type { Db } from "@/server/store/db";
import { customers, orders, prospects, quotations, syncedRecords } from "@/server/store/schema";

/**
 * Where a synced entity's rows live. Most go to `synced_records` as reshaped JSON; customers,
 * orders, quotations and prospects get tables of their own with the columns their lists search, filter and sort on.
 */
export type RecordStore<T> = {
  upsert: (tx: Db, scope: string, entity: string, rows: { id: string; data: T }[]) => Promise<void>;
  remove: (tx: Db, scope: string, entity: string, ids: string[]) => Promise<void>;
};

/** `excluded.<column>` for every listed column: an upsert that rewrites the row but not its key. */
function excluded(columns: string[]) {
  return {
    ...Object.fromEntries(
      columns.map((c) => [c.replace(/_(\w)/g, (_m, ch: string) => ch.toUpperCase()), sql.raw(`excluded.${c}`)]),
    ),
    syncedAt: sql`now()`,
  };
}

export const recordsStore: RecordStore<unknown> = {
  upsert: async (tx, scope, entity, rows) => {
    await tx
      .insert(syncedRecords)
      .values(rows.map((r) => ({ scope, entity, id: r.id, data: r.data })))
      .onConflictDoUpdate({
        target: [syncedRecords.scope, syncedRecords.entity, syncedRecords.id],
        set: { data: sql`excluded.data`, syncedAt: sql`now()` },
      });
  },
  remove: async (tx, scope, entity, ids) => {
    await tx
      .delete(syncedRecords)
      .where(and(eq(syncedRecords.scope, scope), eq(syncedRecords.entity, entity), inArray(syncedRecords.id, ids)));
  },
};

const customerColumns = [
  "code",
  "store",
  "name",
  "trade_name",
  "document",
  "risk",
  "blocked",
  "credit_limit",
  "available_credit",
  "last_purchase",
  "seller",
  "city",
  "uf",
  "search",
  "data",
];

export const customersStore: RecordStore<Customer> = {
  upsert: async (tx, scope, _entity, rows) => {
    await tx
      .insert(customers)
      .values(
        rows.map(({ data: c }) => ({
          scope,
          id: c.id,
          code: c.code,
          store: c.store,
          name: c.name,
          tradeName: c.tradeName,
          document: c.document,
          risk: c.risk,
          blocked: c.blocked,
          creditLimit: c.creditLimit,
          availableCredit: c.availableCredit,
          lastPurchase: c.lastPurchase,
          seller: c.seller,
          city: c.address.city,
          uf: c.address.uf,
          // A customer stored after its financial status (diffs run side by side) takes the overdue from it.
          overdue: sql<number>`coalesce((select (fs.data->>'overdueBalance')::bigint from ${syncedRecords} fs
            where fs.scope = ${scope} and fs.entity = 'financialstatus' and fs.data->>'code' = ${c.code} and fs.data->>'store' = ${c.store} limit 1), 0)`,
          search: searchText(c.name, c.tradeName, `${c.code}${c.store}`, c.code, c.document),
          data: c,
        })),
      )
      .onConflictDoUpdate({ target: [customers.scope, customers.id], set: excluded(customerColumns) });
  },
  remove: async (tx, scope, _entity, ids) => {
    await tx.delete(customers).where(and(eq(customers.scope, scope), inArray(customers.id, ids)));
  },
};

const orderColumns = ["number", "customer", "store", "issue_date", "status", "total", "external_id", "data"];

export const ordersStore: RecordStore<SalesOrder> = {
  upsert: async (tx, scope, _entity, rows) => {
    await tx
      .insert(orders)
      .values(
        rows.map(({ data: o }) => ({
          scope,
          id: o.id,
          number: o.number,
          customer: o.customer,
          store: o.store,
          issueDate: o.issueDate,
          status: o.status,
          total: o.total,
          externalId: o.externalId,
          data: o,
        })),
      )
      .onConflictDoUpdate({ target: [orders.scope, orders.id], set: excluded(orderColumns) });
  },
  remove: async (tx, scope, _entity, ids) => {
    await tx.delete(orders).where(and(eq(orders.scope, scope), inArray(orders.id, ids)));
  },
};

const quotationColumns = [
  "number",
  "customer",
  "store",
  "issue_date",
  "validity",
  "status",
  "total",
  "external_id",
  "order_number",
  "prospect",
  "prospect_store",
  "data",
];

export const quotationsStore: RecordStore<Quotation> = {
  upsert: async (tx, scope, _entity, rows) => {
    await tx
      .insert(quotations)
      .values(
        rows.map(({ data: q }) => ({
          scope,
          id: q.id,
          number: q.number,
          customer: q.customer,
          store: q.store,
          issueDate: q.issueDate,
          validity: q.validity,
          status: q.status,
          total: q.total,
          externalId: q.externalId,
          orderNumber: q.order,
          prospect: q.prospect?.trim() ? q.prospect : null,
          prospectStore: q.prospect?.trim() ? (q.prospectStore ?? "") : null,
          data: q,
        })),
      )
      .onConflictDoUpdate({ target: [quotations.scope, quotations.id], set: excluded(quotationColumns) });
  },
  remove: async (tx, scope, _entity, ids) => {
    await tx.delete(quotations).where(and(eq(quotations.scope, scope), inArray(quotations.id, ids)));
  },
};

const prospectColumns = [
  "code",
  "store",
  "name",
  "trade_name",
  "document",
  "city",
  "uf",
  "status",
  "customer_code",
  "customer_store",
  "seller",
  "inclusion_date",
  "search",
  "data",
];

export const prospectsStore: RecordStore<Prospect> = {
  upsert: async (tx, scope, _entity, rows) => {
    await tx
      .insert(prospects)
      .values(
        rows.map(({ data: p }) => ({
          scope,
          id: p.id,
          code: p.code,
          store: p.store,
          name: p.name,
          tradeName: p.tradeName,
          document: p.document,
          city: p.address.city,
          uf: p.address.uf,
          status: p.status,
          customerCode: p.customer?.code ?? null,
          customerStore: p.customer?.store ?? null,
          seller: p.seller,
          inclusionDate: p.inclusionDate,
          search: searchText(p.name, p.tradeName, `${p.code}${p.store}`, p.code, p.document, p.address.city),
          data: p,
        })),
      )
      .onConflictDoUpdate({ target: [prospects.scope, prospects.id], set: excluded(prospectColumns) });
  },
  remove: async (tx, scope, _entity, ids) => {
    await tx.delete(prospects).where(and(eq(prospects.scope, scope), inArray(prospects.id, ids)));
  },
};
