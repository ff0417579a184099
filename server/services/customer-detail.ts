import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import type { ContactWithPhones } from "@/lib/types/contact";
import type { Customer } from "@/lib/types/customer";
import type { PaymentCondition, PriceList } from "@/lib/types/catalog";
import type { FinancialStatus, Receivable, ReceivablesResult } from "@/lib/types/financial";
import type { CustomerOrder, SalesOrder } from "@/lib/types/order";
import { erpForViewer, type Viewer } from "@/server/auth/viewer";
import { ErpError } from "@/server/erp/errors";
import { fetchOpenReceivables } from "@/server/erp/protheus/financial";
import { log } from "@/server/log";
import { getDb } from "@/server/store/db";
import { orders, syncedRecords } from "@/server/store/schema";
import { scopeOf } from "@/server/sync/scope";
import { record, records } from "./synced";
import { businessToday } from "@/server/clock";
import { entityContacts } from "./contacts";
import { findCustomer } from "./customers";

type CustomerDetail = {
  customer: Customer;
  financial: FinancialStatus | null;
  contacts: ContactWithPhones[];
  paymentCondition: PaymentCondition | null;
  priceList: PriceList | null;
  /** The seller's name when it is the viewer (an admin sees the code). */
  sellerName: string | null;
  recentOrders: CustomerOrder[];
};

const RECENT_ORDERS = 10;

/** The customer's latest orders among the synced ones (the last 12 months). */
async function recentOrders(scope: string, code: string, store: string): Promise<CustomerOrder[]> {
  const db = await getDb();
  const rows = await db
    .select({
      id: orders.id,
      number: orders.number,
      issueDate: orders.issueDate,
      status: orders.status,
      total: orders.total,
      invoice: sql<SalesOrder["invoice"]>`${orders.data}->'invoice'`,
    })
    .from(orders)
    .where(and(eq(orders.scope, scope), eq(orders.customer, code), eq(orders.store, store)))
    .orderBy(desc(orders.issueDate), desc(orders.number))
    .limit(RECENT_ORDERS);
  return rows.map((r) => ({ ...r, status: r.status as SalesOrder["status"] }));
}

/** The customer page's data from the local store; null when the customer is not the viewer's. */
export async function getCustomerDetail(viewer: Viewer, code: string, store: string): Promise<CustomerDetail | null> {
  const customer = await findCustomer(viewer, code, store);
  if (!customer) return null;
  const scope = scopeOf(viewer);
  const [financial] = await records<FinancialStatus>(
    scope,
    "financialstatus",
    sql`${syncedRecords.data}->>'code' = ${code} and ${syncedRecords.data}->>'store' = ${store}`,
  );
  // The customer's contacts: by the entity the ERP names, or by its CPF/CNPJ where it names none.
  const contacts = await entityContacts(viewer, {
    type: "customer",
    code: customer.code,
    store: customer.store,
    document: customer.document,
  });
  const [paymentCondition, priceList, orders] = await Promise.all([
    record<PaymentCondition>(scope, "paymentconditions", customer.paymentCondition),
    record<PriceList>(scope, "pricelists", customer.priceList),
    recentOrders(scope, code, store),
  ]);
  return {
    customer,
    financial: financial ?? null,
    paymentCondition,
    priceList,
    sellerName: viewer.seller && viewer.seller.code === customer.seller ? viewer.seller.name : null,
    recentOrders: orders,
    contacts,
  };
}

/**
 * Open receivables of one of the viewer's customers, online from the ERP as PGV reads them; the
 * last answer is kept so an ERP outage shows the last known list (with its time) instead of nothing.
 */
export async function getOpenReceivables(viewer: Viewer, customer: Customer): Promise<ReceivablesResult> {
  const scope = scopeOf(viewer);
  const id = `${customer.code}|${customer.store}`;
  const db = await getDb();
  try {
    const items = await fetchOpenReceivables(
      await erpForViewer(viewer),
      customer.code,
      customer.store,
      businessToday(),
    );
    const asOf = new Date().toISOString();
    await db
      .insert(syncedRecords)
      .values({ scope, entity: "receivables", id, data: { items, asOf } })
      .onConflictDoUpdate({
        target: [syncedRecords.scope, syncedRecords.entity, syncedRecords.id],
        set: { data: sql`excluded.data`, syncedAt: sql`now()` },
      });
    return { items, source: "erp", asOf };
  } catch (error) {
    if (!(error instanceof ErpError)) throw error;
    log.warn("receivables.offline", { kind: error.kind, detail: error.detail });
    const [cached] = await records<{ items: Receivable[]; asOf: string }>(
      scope,
      "receivables",
      sql`${syncedRecords.id} = ${id}`,
    );
    return cached
      ? { items: cached.items, source: "cache", asOf: cached.asOf }
      : { items: [], source: "none", asOf: null };
  }
}
