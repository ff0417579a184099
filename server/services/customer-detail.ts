import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Contact, ContactPhone, ContactWithPhones } from "@/lib/types/contact";
import type { Customer } from "@/lib/types/customer";
import type { FinancialStatus, Receivable, ReceivablesResult } from "@/lib/types/financial";
import { erpForViewer, type Viewer } from "@/server/auth/viewer";
import { ErpError } from "@/server/erp/errors";
import { fetchOpenReceivables } from "@/server/erp/protheus/financial";
import { log } from "@/server/log";
import { getDb } from "@/server/store/db";
import { syncedRecords } from "@/server/store/schema";
import { scopeOf } from "@/server/sync/scope";
import { findCustomer } from "./customers";

export type CustomerDetail = {
  customer: Customer;
  financial: FinancialStatus | null;
  contacts: ContactWithPhones[];
};

/** Today in the business time zone (Brasília), ISO: what "overdue" is measured against. */
export function todayIso(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "America/Sao_Paulo", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

async function records<T>(scope: string, entity: string, where?: ReturnType<typeof sql>) {
  const db = await getDb();
  const rows = await db
    .select({ data: syncedRecords.data })
    .from(syncedRecords)
    .where(and(eq(syncedRecords.scope, scope), eq(syncedRecords.entity, entity), where));
  return rows.map((r) => r.data as T);
}

/** The customer page's data from the local store; null when the customer is not the viewer's. */
export async function getCustomerDetail(viewer: Viewer, code: string, store: string): Promise<CustomerDetail | null> {
  const customer = await findCustomer(viewer, code, store);
  if (!customer) return null;
  const scope = scopeOf(viewer);
  const [financial] = await records<FinancialStatus>(scope, "financialstatus", sql`${syncedRecords.data}->>'code' = ${code} and ${syncedRecords.data}->>'store' = ${store}`);
  const contacts = customer.document ? await records<Contact>(scope, "contacts", sql`${syncedRecords.data}->>'customerDocument' = ${customer.document}`) : [];
  const phones = contacts.length
    ? await records<ContactPhone>(scope, "phonecontacts", sql`${syncedRecords.data}->>'contactId' in (${sql.join(contacts.map((c) => sql`${c.id}`), sql`, `)})`)
    : [];
  return {
    customer,
    financial: financial ?? null,
    contacts: contacts.map((c) => ({ ...c, phones: phones.filter((p) => p.contactId === c.id) })).sort((a, b) => a.name.localeCompare(b.name)),
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
    const items = await fetchOpenReceivables(await erpForViewer(viewer), customer.code, customer.store, todayIso());
    const asOf = new Date().toISOString();
    await db
      .insert(syncedRecords)
      .values({ scope, entity: "receivables", id, data: { items, asOf } })
      .onConflictDoUpdate({ target: [syncedRecords.scope, syncedRecords.entity, syncedRecords.id], set: { data: sql`excluded.data`, syncedAt: sql`now()` } });
    return { items, source: "erp", asOf };
  } catch (error) {
    if (!(error instanceof ErpError)) throw error;
    log.warn("receivables.offline", { kind: error.kind, detail: error.detail });
    const [cached] = await records<{ items: Receivable[]; asOf: string }>(scope, "receivables", sql`${syncedRecords.id} = ${id}`);
    return cached ? { items: cached.items, source: "cache", asOf: cached.asOf } : { items: [], source: "none", asOf: null };
  }
}
