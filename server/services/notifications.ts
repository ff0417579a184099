import "server-only";
import { processState } from "@/server/process-state";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Notification } from "@/lib/types/notification";
import { erpForViewer, type Viewer } from "@/server/auth/viewer";
import { ErpError } from "@/server/erp/errors";
import { markNotificationViewed } from "@/server/erp/protheus/notifications";
import { getDb } from "@/server/store/db";
import { syncState, syncedRecords } from "@/server/store/schema";
import { storeWrites, storeWritten } from "@/server/store/writes";
import {
  contactsEntity,
  customersEntity,
  notificationsEntity,
  orderQueueEntity,
  phoneContactsEntity,
  prospectsEntity,
  quotationQueueEntity,
  quotationsEntity,
  salesOrdersEntity,
  type EntityDef,
} from "@/server/sync/entities";
import { isRunning, runExclusive } from "@/server/sync/lock";
import { syncEntity } from "@/server/sync/runner";
import { scopeOf } from "@/server/sync/scope";

const ENTITY = notificationsEntity.name;
const isUnread = sql`(${syncedRecords.data}->>'read')::boolean = false`;

export type NotificationList = { items: Notification[]; unread: number; total: number };

/** The viewer's notifications from the store, newest first; `unread` narrows to the unread ones. */
export async function listNotifications(
  viewer: Viewer,
  options: { unreadOnly?: boolean; limit?: number } = {},
): Promise<NotificationList> {
  const db = await getDb();
  const scope = scopeOf(viewer);
  const mine = and(eq(syncedRecords.scope, scope), eq(syncedRecords.entity, ENTITY));
  const [rows, [counts]] = await Promise.all([
    db
      .select({ data: syncedRecords.data })
      .from(syncedRecords)
      .where(options.unreadOnly ? and(mine, isUnread) : mine)
      .orderBy(desc(sql`${syncedRecords.data}->>'at'`), desc(syncedRecords.id))
      .limit(options.limit ?? 200),
    db
      .select({ total: sql<number>`count(*)::int`, unread: sql<number>`(count(*) filter (where ${isUnread}))::int` })
      .from(syncedRecords)
      .where(mine),
  ]);
  return { items: rows.map((r) => r.data as Notification), unread: counts?.unread ?? 0, total: counts?.total ?? 0 };
}

/** Unread notifications in the store (the bell's first paint). */
export async function unreadNotifications(viewer: Viewer): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ unread: sql<number>`count(*)::int` })
    .from(syncedRecords)
    .where(and(eq(syncedRecords.scope, scopeOf(viewer)), eq(syncedRecords.entity, ENTITY), isUnread));
  return row?.unread ?? 0;
}

/** How fresh the bell keeps things: at most one quick diff per scope in this window. */
const FRESH_MS = 10_000;
const lastPoll = new Map<string, number>();

type PollState = { unread: number; latest: string | null };

/**
 * The poll's answer per scope, kept POLL_MEMO_MS: every tab of a rep (and every rep of a shared
 * login) polls, and a read of the store for each would cost the whole process a query. Any write
 * this process makes to the scope's notifications (a sync, a mark as read) is seen at once
 * (server/store/writes.ts); another instance's within POLL_MEMO_MS, far below the bell's 15 s.
 * The read itself is shared too: the polls that arrive while it runs wait for it rather than each
 * reading the store (under 50 connections, every second's expiry queued up to 50 reads at once).
 */
const POLL_MEMO_MS = 1_000;
const POLL_MEMO_MAX = 5_000;
/** `until` is unbounded while the read runs: the polls of the same writes join it. */
const pollMemo = new Map<string, { until: number; writes: number; state: Promise<PollState> }>();

/**
 * The bell's poll: unread count and newest notification time. Every FRESH_MS at most, it first
 * diffs what the ERP's order job changes (queue, orders, notifications) — three small requests —
 * so an order processed in the ERP shows up within seconds without the rep reloading.
 */
export async function pollNotifications(viewer: Viewer, now = Date.now()): Promise<PollState> {
  const scope = scopeOf(viewer);
  if (now - (lastPoll.get(scope) ?? 0) >= FRESH_MS && (await loaded(scope))) {
    lastPoll.set(scope, now);
    await refreshOrderActivity(viewer);
  }
  const writes = storeWrites(scope, ENTITY);
  const memo = pollMemo.get(scope);
  if (memo && memo.writes === writes && memo.until > now) return memo.state;
  const entry = { until: Infinity, writes, state: readPollState(scope) };
  pollMemo.delete(scope);
  if (pollMemo.size >= POLL_MEMO_MAX) pollMemo.delete(pollMemo.keys().next().value!);
  pollMemo.set(scope, entry);
  try {
    const state = await entry.state;
    // Kept only when nothing was written while it was read: a later poll reads the newer rows.
    if (pollMemo.get(scope) === entry) {
      if (storeWrites(scope, ENTITY) === writes) entry.until = now + POLL_MEMO_MS;
      else pollMemo.delete(scope);
    }
    return state;
  } catch (error) {
    if (pollMemo.get(scope) === entry) pollMemo.delete(scope);
    throw error;
  }
}

async function readPollState(scope: string): Promise<PollState> {
  const db = await getDb();
  const [row] = await db
    .select({
      unread: sql<number>`(count(*) filter (where ${isUnread}))::int`,
      latest: sql<string | null>`max(${syncedRecords.data}->>'at')`,
    })
    .from(syncedRecords)
    .where(and(eq(syncedRecords.scope, scope), eq(syncedRecords.entity, ENTITY)));
  return { unread: row?.unread ?? 0, latest: row?.latest ?? null };
}

/**
 * What the ERP's job changes, per kind of operation, as the small diffs that bring it to the store:
 * an order operation touches its queue, the orders and the notifications; a quotation operation its
 * queue, the quotations and the notifications; a conversion (MATA416) both sides, for it makes an
 * order (and the order's own queue row and notification) out of the quotation.
 */
const ACTIVITIES = {
  order: [orderQueueEntity, salesOrdersEntity, notificationsEntity],
  quotation: [quotationQueueEntity, quotationsEntity, notificationsEntity],
  conversion: [quotationQueueEntity, quotationsEntity, orderQueueEntity, salesOrdersEntity, notificationsEntity],
  customer: [customersEntity, notificationsEntity],
  prospect: [prospectsEntity, customersEntity, contactsEntity, notificationsEntity],
  contact: [contactsEntity, phoneContactsEntity, notificationsEntity],
} as const;
export type Activity = keyof typeof ACTIVITIES;

/** When this process last started each activity's diffs of a scope (`refreshActivity`), by run key. */
const refreshStarted = processState("activityRefreshStarted", () => new Map<string, number>());

/**
 * The small diffs of what the ERP's job changes for one kind of operation (`ACTIVITIES`), one run
 * per scope and activity at a time: concurrent callers (the bell, every open tab's queue progress)
 * join it. An unreachable ERP leaves the stored copy as it is.
 */
export async function refreshActivity(viewer: Viewer, activity: Activity, notBefore?: number): Promise<void> {
  const scope = scopeOf(viewer);
  const key = `${activity}-activity:${scope}`;
  // A caller that saw the ERP's answer at `notBefore` is served by any run started since: polls of
  // one finished item share a refresh even when they arrive one after another, not only together.
  const started = refreshStarted.get(key);
  if (notBefore !== undefined && started !== undefined && started >= notBefore && !isRunning(key)) return;
  await runExclusive(key, async () => {
    refreshStarted.set(key, Date.now());
    const target = await erpForViewer(viewer);
    const defs = ACTIVITIES[activity] as readonly EntityDef<unknown>[];
    await Promise.allSettled(defs.map((def) => syncEntity(target, scope, def)));
  });
}

/** The order job's diffs (queue, orders, notifications): `refreshActivity` for an order operation. */
export function refreshOrderActivity(viewer: Viewer, notBefore?: number): Promise<void> {
  return refreshActivity(viewer, "order", notBefore);
}

/**
 * One entity's diff from a run that starts after this call: a run already in flight (which may have
 * asked the ERP before what the caller just saw happen) is joined, then one more is made. For what a
 * page must find in the store next: a queue row that makes an item the viewer's, a converted order.
 */
export async function refreshNow<T>(viewer: Viewer, def: EntityDef<T>): Promise<void> {
  const target = await erpForViewer(viewer);
  const scope = scopeOf(viewer);
  for (let attempt = 0; attempt < 2; attempt++) {
    // An unreachable ERP leaves the stored copy as it is (as in `refreshActivity`).
    const outcome = await syncEntity(target, scope, def).catch(() => null);
    if (!outcome || outcome.ran) return;
  }
}

/** Only diffs: before the initial load the bell waits (the load page brings everything). */
async function loaded(scope: string): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .select({ watermark: syncState.watermark })
    .from(syncState)
    .where(eq(syncState.key, `${scope}|${ENTITY}`));
  return Boolean(row?.watermark);
}

type MarkResult = { ok: true; marked: number } | { ok: false; reason: "not_found" };

/**
 * Marks the viewer's notification(s) read in the ERP (`PUT notifications/{id}`), then in the store.
 * Only ids in the viewer's own synced notifications are sent: another seller's id is not found.
 */
export async function markRead(viewer: Viewer, which: { id: string } | { all: true }): Promise<MarkResult> {
  const db = await getDb();
  const scope = scopeOf(viewer);
  const mine = and(eq(syncedRecords.scope, scope), eq(syncedRecords.entity, ENTITY));
  const rows = await db
    .select({ id: syncedRecords.id, data: syncedRecords.data })
    .from(syncedRecords)
    .where("id" in which ? and(mine, eq(syncedRecords.id, which.id)) : and(mine, isUnread));
  if ("id" in which && rows.length === 0) return { ok: false, reason: "not_found" };
  const target = await erpForViewer(viewer);
  let marked = 0;
  for (const row of rows) {
    const current = row.data as Notification;
    if (current.read) continue;
    let updated: Notification;
    try {
      updated = await markNotificationViewed(target, row.id);
    } catch (error) {
      // Gone in the ERP since the last sync: drop the stale copy so it stops showing up.
      if (!(error instanceof ErpError && error.kind === "not_found")) throw error;
      await db.delete(syncedRecords).where(and(mine, eq(syncedRecords.id, row.id)));
      storeWritten(scope, ENTITY);
      if ("id" in which) return { ok: false, reason: "not_found" };
      continue;
    }
    await db
      .update(syncedRecords)
      .set({ data: { ...current, read: updated.read }, syncedAt: sql`now()` })
      .where(and(mine, eq(syncedRecords.id, row.id)));
    storeWritten(scope, ENTITY);
    marked++;
  }
  return { ok: true, marked };
}
