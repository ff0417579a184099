import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { toOrderStatus, type OrderStatus, type QueueItem } from "@/lib/types/order";
import type { QueueStatusAnswer } from "@/lib/types/order-entry";
import { erpForViewer, type Viewer } from "@/server/auth/viewer";
import { fetchQueueItem } from "@/server/erp/protheus/orders";
import { getDb } from "@/server/store/db";
import { orderDrafts, orders, syncedRecords } from "@/server/store/schema";
import { orderQueueEntity } from "@/server/sync/entities";
import { scopeOf } from "@/server/sync/scope";
import { erpProblem } from "./draft-problem";
import { refreshOrderActivity } from "./notifications";

// Following a sent order operation in the ERP's queue, and settling the draft it came from.

export type QueueStatus = QueueStatusAnswer;

/**
 * One of the viewer's queue items, online (the ERP shows a seller only their own). Once the ERP
 * finished it, the draft it came from is settled — gone when the order exists, back to editing
 * with the ERP's message on error — and the store is synced so the list, the order page and the
 * bell show the outcome.
 */
export async function queueStatus(viewer: Viewer, queueId: string): Promise<QueueStatus | null> {
  if (!z.uuid().safeParse(queueId).success || !(await ownsQueueItem(viewer, queueId))) return null;
  const asked = Date.now();
  const item = await fetchQueueItem(await erpForViewer(viewer), queueId);
  if (!item) return null;
  let orderStatus: OrderStatus | null = null;
  if (item.status === "done" || item.status === "error") {
    // The store learns the outcome (queue row, the order, the notification): three small diffs,
    // shared by every poll of the scope in flight, never a full sync per poll. The draft is settled
    // only once the store holds the queue row: until then the draft is what makes the item the
    // viewer's, and a poll in between would find neither.
    await refreshOrderActivity(viewer, asked);
    if (await inSyncedQueue(viewer, queueId)) await settleDraft(viewer, item);
    if (item.status === "done" && item.orderId && item.operation !== "delete")
      orderStatus = await storedOrderStatus(viewer, item.orderId);
  }
  return { item, orderNumber: item.orderId ? item.orderId.slice(-6) : null, orderStatus };
}

/** The status the synced store holds for one of the viewer's orders (null before the sync brought it). */
async function storedOrderStatus(viewer: Viewer, orderId: string): Promise<OrderStatus | null> {
  const db = await getDb();
  const [row] = await db
    .select({ status: orders.status })
    .from(orders)
    .where(and(eq(orders.scope, scopeOf(viewer)), eq(orders.id, orderId)))
    .limit(1);
  return row ? toOrderStatus(row.status) : null;
}

/**
 * Risk: a rep polling another seller's queue id (guessed or copied) learns about their orders or
 * quotations, and makes the portal ask the ERP for it. A queue id is the viewer's when one of their
 * drafts (orders and quotations share the table) was sent as it, or when their scope's synced queue
 * of that entity holds it (deletes, conversions, and what the ERP job wrote).
 */
export async function ownsQueueItem(
  viewer: Viewer,
  queueId: string,
  queue: string = orderQueueEntity.name,
): Promise<boolean> {
  const db = await getDb();
  const [draft] = await db
    .select({ id: orderDrafts.id })
    .from(orderDrafts)
    .where(and(eq(orderDrafts.scope, scopeOf(viewer)), eq(orderDrafts.queueId, queueId)))
    .limit(1);
  return Boolean(draft) || inSyncedQueue(viewer, queueId, queue);
}

/** Whether the viewer's synced queue (`orderqueue`, or `quotationqueue`) holds the item. */
export async function inSyncedQueue(
  viewer: Viewer,
  queueId: string,
  queue: string = orderQueueEntity.name,
): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .select({ id: syncedRecords.id })
    .from(syncedRecords)
    .where(
      and(eq(syncedRecords.scope, scopeOf(viewer)), eq(syncedRecords.entity, queue), eq(syncedRecords.id, queueId)),
    )
    .limit(1);
  return Boolean(row);
}

/**
 * The draft a finished queue item came from, once the ERP finished it. Done: a new order's draft
 * is kept as `done` with the order it became, so its URL (a reload, the link the browser kept)
 * shows that order instead of a blank form that invites typing it again; an edit's draft goes (the
 * order's page is its URL). Error: back to editing with the ERP's words.
 */
export async function settleDraft(viewer: Viewer, item: QueueItem) {
  const db = await getDb();
  const mine = and(
    eq(orderDrafts.scope, scopeOf(viewer)),
    eq(orderDrafts.queueId, item.id),
    eq(orderDrafts.state, "submitted"),
  );
  if (item.status === "done") {
    await db.delete(orderDrafts).where(and(mine, eq(orderDrafts.kind, "edit")));
    await db
      .update(orderDrafts)
      .set({ state: "done", orderId: item.orderId, updatedAt: new Date() })
      .where(and(mine, eq(orderDrafts.kind, "new")));
  }
  // The ERP's refusal made no order: the next send under the key is the first again.
  else if (item.status === "error")
    await db
      .update(orderDrafts)
      .set({ state: "editing", error: erpProblem(item.message), sentHash: null, updatedAt: new Date() })
      .where(mine);
}
