import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { QuotationQueueItem } from "@/lib/types/quotation";
import type { QuotationQueueAnswer } from "@/lib/types/quotation-queue";
import { erpForViewer, type Viewer } from "@/server/auth/viewer";
import { fetchQuotationQueueItem } from "@/server/erp/protheus/quotations";
import { getDb } from "@/server/store/db";
import { orderDrafts, orders, syncedRecords } from "@/server/store/schema";
import { quotationQueueEntity, quotationsEntity, salesOrdersEntity } from "@/server/sync/entities";
import { scopeOf } from "@/server/sync/scope";
import { refreshActivity, refreshNow } from "./notifications";
import { inSyncedQueue as inQueue, ownsQueueItem as ownsItem, settleDraft } from "./order-queue";
import { ownQuotation } from "./quotations";

// Following a quotation operation (insert, update, delete, convert) in the ERP's queue.

/** The order queue's ownership checks (order-queue.ts), over the quotation queue. */
const ownsQueueItem = (viewer: Viewer, queueId: string) => ownsItem(viewer, queueId, quotationQueueEntity.name);
const inSyncedQueue = (viewer: Viewer, queueId: string) => inQueue(viewer, queueId, quotationQueueEntity.name);

/**
 * One of the viewer's quotation queue items, online (the ERP shows a seller only their own). Once
 * the ERP finished it the store learns the outcome — the queue row, the quotation, the
 * notification, and after a conversion the order it became — and the draft it came from is settled,
 * so the page the rep goes to next (the order, the list) already shows it.
 */
export async function quotationQueueStatus(viewer: Viewer, queueId: string): Promise<QuotationQueueAnswer | null> {
  if (!z.uuid().safeParse(queueId).success || !(await ownsQueueItem(viewer, queueId))) return null;
  const asked = Date.now();
  const item = await fetchQuotationQueueItem(await erpForViewer(viewer), queueId);
  if (!item) return null;
  if (item.status === "done" || item.status === "error") {
    // Small diffs shared by every poll of the scope in flight, never a full sync per poll.
    await refreshActivity(viewer, item.operation === "convert" ? "conversion" : "quotation", asked);
    await storeHoldsOutcome(viewer, item);
    // Settled only once the store holds the queue row: until then the draft is what makes the item
    // the viewer's. A quotation draft is settled like an order's, with the quotation as its record.
    if ((item.operation === "insert" || item.operation === "update") && (await inSyncedQueue(viewer, queueId)))
      await settleDraft(viewer, { ...item, operation: item.operation, orderId: item.quotationId });
  }
  return {
    item,
    quotationNumber: item.quotationId ? item.quotationId.slice(-6) : null,
    orderNumber: item.operation === "convert" && item.orderId ? item.orderId.slice(-6) : null,
  };
}

/**
 * The page the rep is sent to next reads the store: after a conversion the order's page needs the
 * order, after a delete the list must no longer show the quotation. A shared refresh may have joined
 * a run that asked the ERP before it finished; then that one diff is made again.
 */
async function storeHoldsOutcome(viewer: Viewer, item: QuotationQueueItem): Promise<void> {
  if (item.status !== "done") return;
  if (item.operation === "convert" && item.orderId && !(await orderStored(viewer, item.orderId)))
    await refreshNow(viewer, salesOrdersEntity);
  const number = item.quotationId?.slice(-6);
  if (item.operation === "delete" && number && (await ownQuotation(viewer, number)))
    await refreshNow(viewer, quotationsEntity);
}

async function orderStored(viewer: Viewer, orderId: string): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .select({ id: orders.id })
    .from(orders)
    .where(and(eq(orders.scope, scopeOf(viewer)), eq(orders.id, orderId)))
    .limit(1);
  return Boolean(row);
}

/**
 * Quotation drafts sent from this portal whose queue item the ERP finished while nobody followed it
 * (tab closed): settled now from the synced quotation queue, so "Meus rascunhos" does not show them
 * waiting for ever. The list's callers refresh the store first (the bell's throttled diff).
 */
export async function settleFinishedQuotationDrafts(viewer: Viewer): Promise<void> {
  const db = await getDb();
  const scope = scopeOf(viewer);
  const sent = await db
    .select({ queueId: orderDrafts.queueId })
    .from(orderDrafts)
    .where(
      and(eq(orderDrafts.scope, scope), eq(orderDrafts.document, "quotation"), eq(orderDrafts.state, "submitted")),
    );
  const ids = sent.map((d) => d.queueId).filter((id): id is string => Boolean(id));
  if (!ids.length) return;
  const rows = await db
    .select({ data: syncedRecords.data })
    .from(syncedRecords)
    .where(
      and(
        eq(syncedRecords.scope, scope),
        eq(syncedRecords.entity, quotationQueueEntity.name),
        inArray(syncedRecords.id, ids),
      ),
    );
  for (const item of rows.map((r) => r.data as QuotationQueueItem))
    if (
      (item.status === "done" || item.status === "error") &&
      (item.operation === "insert" || item.operation === "update")
    )
      await settleDraft(viewer, { ...item, operation: item.operation, orderId: item.quotationId });
}
