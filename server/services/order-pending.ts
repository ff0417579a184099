import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { QueueItem } from "@/lib/types/order";
import type { PendingOrder } from "@/lib/types/order-entry";
import type { Viewer } from "@/server/auth/viewer";
import { businessNow } from "@/server/clock";
import { getDb } from "@/server/store/db";
import { dismissedQueueItems, orderDrafts, syncedRecords } from "@/server/store/schema";
import { scopeOf } from "@/server/sync/scope";
import { pollNotifications } from "./notifications";
import { settleDraft } from "./order-queue";
import { record, records } from "./synced";

/** The viewer's order drafts as the pending list needs them. */
async function draftRefs(viewer: Viewer) {
  const db = await getDb();
  return (
    db
      .select({
        id: orderDrafts.id,
        state: orderDrafts.state,
        queueId: orderDrafts.queueId,
        key: orderDrafts.key,
        customerName: orderDrafts.customerName,
        total: orderDrafts.total,
        kind: orderDrafts.kind,
        orderId: orderDrafts.orderId,
      })
      .from(orderDrafts)
      // Orders only: a quotation's draft follows the quotation queue (quotation-queue.ts).
      .where(and(eq(orderDrafts.scope, scopeOf(viewer)), eq(orderDrafts.document, "order")))
      .limit(500)
  );
}

/** Queue items older than this are history, not "in progress" (the order page keeps them). */
const PENDING_WINDOW_MS = 7 * 86_400_000;

/**
 * The viewer's order operations still in the ERP's queue, or refused by it: the drafts sent from
 * this portal (with their customer and total) and the synced queue (operations sent elsewhere, or
 * whose draft is gone). The store is refreshed by the bell's throttled diff first, unless
 * `refresh: false` (the orders page's first paint, which never waits on the ERP: the browser's first
 * poll of /api/orders/pending refreshes).
 */
export async function pendingOrders(viewer: Viewer, { refresh = true } = {}): Promise<PendingOrder[]> {
  if (refresh) await pollNotifications(viewer);
  const scope = scopeOf(viewer);
  const all = await draftRefs(viewer);
  const sent = all.filter((d) => d.state !== "editing");
  const sentIds = sent.map((d) => d.queueId).filter((id): id is string => Boolean(id));
  const queue = await records<QueueItem>(
    scope,
    "orderqueue",
    sql`((${syncedRecords.data}->>'status') in ('waiting', 'processing', 'error') ${
      sentIds.length
        ? sql`or ${syncedRecords.id} in (${sql.join(
            sentIds.map((id) => sql`${id}`),
            sql`, `,
          )})`
        : sql``
    })`,
  );
  const byQueue = new Map(queue.map((q) => [q.id, q]));
  // Sent drafts the ERP finished while nobody watched (tab closed): settle them now.
  const finished = sent.filter((d) => d.queueId && ["done", "error"].includes(byQueue.get(d.queueId)?.status ?? ""));
  for (const d of finished) await settleDraft(viewer, byQueue.get(d.queueId!)!);
  const drafts = sent.filter((d) => !finished.includes(d));
  // Compared with the ERP's queue times, so measured on the business clock.
  const since = businessNow().getTime() - PENDING_WINDOW_MS;
  const status = (s: QueueItem["status"] | undefined): PendingOrder["status"] =>
    s === "processing" ? "processing" : s === "error" ? "error" : "queued";
  const out: PendingOrder[] = drafts.map((d) => {
    const q = d.queueId ? byQueue.get(d.queueId) : undefined;
    return {
      queueId: d.queueId,
      operation: d.kind === "edit" ? "update" : "insert",
      status: status(q?.status),
      message: q?.message ?? "",
      orderNumber: d.orderId ? d.orderId.slice(-6) : null,
      customerName: d.customerName,
      total: Number(d.total),
      receivedAt: q?.receivedAt ?? null,
      draftId: d.id,
    };
  });
  const fromDrafts = new Set(drafts.map((d) => d.queueId));
  for (const q of queue) {
    if (fromDrafts.has(q.id) || q.status === "done" || (q.receivedAt && Date.parse(q.receivedAt) < since)) continue;
    // A refused insert whose draft is still here (back to editing): fix and resend from it.
    const draft = q.externalId ? all.find((d) => d.key === q.externalId && d.state === "editing") : undefined;
    out.push({
      queueId: q.id,
      operation: q.operation,
      status: status(q.status),
      message: q.message,
      orderNumber: q.orderId ? q.orderId.slice(-6) : null,
      customerName: draft?.customerName ?? "",
      total: draft ? Number(draft.total) : null,
      receivedAt: q.receivedAt,
      draftId: draft?.id ?? null,
    });
  }
  const dismissed = new Set(
    (
      await (
        await getDb()
      )
        .select({ queueId: dismissedQueueItems.queueId })
        .from(dismissedQueueItems)
        .where(eq(dismissedQueueItems.scope, scope))
    ).map((d) => d.queueId),
  );
  return out
    .filter((p) => !(p.status === "error" && p.queueId && dismissed.has(p.queueId)))
    .sort((a, b) => (b.receivedAt ?? "9").localeCompare(a.receivedAt ?? "9"));
}

/**
 * Dismisses a refused operation from the pending rows, for good: only the viewer's own (its
 * scope's synced queue) and only a refusal (an operation still running cannot be dismissed).
 */
export async function dismissPending(viewer: Viewer, queueId: string): Promise<boolean> {
  const scope = scopeOf(viewer);
  const item = await record<QueueItem>(scope, "orderqueue", queueId);
  if (item?.status !== "error") return false;
  const db = await getDb();
  await db.insert(dismissedQueueItems).values({ scope, queueId, login: viewer.login }).onConflictDoNothing();
  const [row] = await db
    .select({ queueId: dismissedQueueItems.queueId })
    .from(dismissedQueueItems)
    .where(and(eq(dismissedQueueItems.scope, scope), eq(dismissedQueueItems.queueId, queueId)));
  return Boolean(row);
}
