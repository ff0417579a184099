import "server-only";
import { and, eq, or, sql } from "drizzle-orm";
import type { OperationType, PaymentCondition, PriceList } from "@/lib/types/catalog";
import type { Customer } from "@/lib/types/customer";
import {
  isConvertible,
  isProspectQuotation,
  isQuotationEditable,
  type Quotation,
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
import { ownProspect } from "./prospects";
import { record, records } from "./synced";

// One of the viewer's quotations: ownership, the page's live read, the delete notice (the list: quotation-list.ts).

/** A quotation read from the store or the ERP, with the status it has on the business date. */
export function quotationToday(q: Quotation, today = businessToday()): Quotation {
  return q.status === "open" && q.validity && q.validity < today ? { ...q, status: "expired" } : q;
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
  const stored = await getStoredQuotation(viewer, number);
  return stored && refreshQuotation(viewer, stored);
}

/**
 * One of the viewer's quotations as the store holds it (no ERP call: what a page paints at once),
 * or null when it is not the viewer's; `refreshQuotation` then asks the ERP for it as it is now.
 */
export async function getStoredQuotation(viewer: Viewer, number: string): Promise<QuotationView | null> {
  if (!validNumber(number)) return null;
  const db = await getDb();
  const [row] = await db
    .select({ data: quotations.data, syncedAt: quotations.syncedAt })
    .from(quotations)
    .where(and(eq(quotations.scope, scopeOf(viewer)), eq(quotations.id, quotationId(viewer, number))))
    .limit(1);
  if (!row) return null;
  return quotationView(viewer, row.data as Quotation, "store", row.syncedAt.toISOString());
}

/**
 * The stored quotation (`getStoredQuotation`) as the ERP has it now; the stored view itself when
 * the ERP does not answer; null when the ERP deleted it since the last sync (gone for the rep too).
 */
export async function refreshQuotation(viewer: Viewer, stored: QuotationView): Promise<QuotationView | null> {
  try {
    const live = await fetchQuotation(await erpForViewer(viewer), stored.quotation.id);
    // The ERP scopes by seller too; an answer for someone else's quotation would be a contract breach.
    if (live.seller === stored.quotation.seller) return quotationView(viewer, live, "erp", stored.syncedAt);
  } catch (error) {
    if (!(error instanceof ErpError)) throw error;
    if (error.kind === "not_found") return null;
    log.warn("quotation.offline", { kind: error.kind, detail: error.detail });
  }
  return stored;
}

/** A quotation (stored or live) with what the store adds to it: who it is for, its history, the names of its codes. */
async function quotationView(
  viewer: Viewer,
  read: Quotation,
  source: QuotationView["source"],
  syncedAt: string | null,
): Promise<QuotationView> {
  const db = await getDb();
  const scope = scopeOf(viewer);
  let quotation = read;
  quotation = quotationToday(quotation);
  // Still a prospect's (no customer yet): the prospect is who it is for, and it converts only once a customer.
  const forProspect = isProspectQuotation(quotation);

  const [[customer], prospect, history, condition, list, operations] = await Promise.all([
    db
      .select({ data: customers.data })
      .from(customers)
      .where(
        and(eq(customers.scope, scope), eq(customers.code, quotation.customer), eq(customers.store, quotation.store)),
      )
      .limit(1),
    forProspect ? ownProspect(viewer, quotation.prospect!.trim(), (quotation.prospectStore ?? "").trim()) : null,
    quotationHistory(scope, quotation),
    record<PaymentCondition>(scope, "paymentconditions", quotation.paymentCondition),
    record<PriceList>(scope, "pricelists", quotation.priceList),
    records<OperationType>(scope, "operationtypes"),
  ]);
  return {
    quotation,
    customer: customer ? (customer.data as Customer) : null,
    prospect,
    history,
    names: {
      paymentCondition: condition?.description ?? "",
      priceList: list?.description ?? "",
      operationTypes: Object.fromEntries(operations.map((o) => [o.code, o.description])),
    },
    editable: isQuotationEditable(quotation.status),
    // The ERP refuses to convert a prospect's quotation until the prospect is a customer.
    convertible: isConvertible(quotation.status) && !forProspect,
    source,
    syncedAt,
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
