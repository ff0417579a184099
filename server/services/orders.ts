import "server-only";
import { and, eq, or, sql } from "drizzle-orm";
import type { Carrier, OperationType, PaymentCondition, PriceList } from "@/lib/types/catalog";
import type { Customer } from "@/lib/types/customer";
import {
  isEditable,
  type DeletedOrder,
  type OrderDetail,
  type OrderView,
  type QueueItem,
  type SalesOrder,
} from "@/lib/types/order";
import { erpForViewer, type Viewer } from "@/server/auth/viewer";
import { ErpError } from "@/server/erp/errors";
import { fetchOrder } from "@/server/erp/protheus/orders";
import { log } from "@/server/log";
import { getDb } from "@/server/store/db";
import { customers, orders, syncedRecords } from "@/server/store/schema";
import { scopeOf } from "@/server/sync/scope";
import { record, records } from "./synced";

/**
 * One of the viewer's orders the ERP deleted (a finished delete in the viewer's synced queue), or
 * null. The store drops the order itself once the sync sees the delete; its queue history stays.
 */
export async function deletedOrder(viewer: Viewer, number: string): Promise<DeletedOrder | null> {
  if (!/^[0-9A-Za-z]{1,6}$/.test(number)) return null;
  const id = `${viewer.tenant.branch}${number.padStart(6, "0")}`;
  const db = await getDb();
  const rows = await db
    .select({ data: syncedRecords.data })
    .from(syncedRecords)
    .where(
      and(
        eq(syncedRecords.scope, scopeOf(viewer)),
        eq(syncedRecords.entity, "orderqueue"),
        sql`${syncedRecords.data}->>'orderId' = ${id}`,
        sql`${syncedRecords.data}->>'operation' = 'delete'`,
        sql`${syncedRecords.data}->>'status' = 'done'`,
      ),
    );
  const latest = rows
    .map((r) => r.data as QueueItem)
    .sort((a, b) => (b.finishedAt ?? b.receivedAt ?? "").localeCompare(a.finishedAt ?? a.receivedAt ?? ""))[0];
  if (!latest) return null;
  return {
    number: number.padStart(6, "0"),
    deletedAt: latest.finishedAt ?? latest.receivedAt,
    seller: viewer.seller?.name ?? viewer.userName,
    message: latest.message,
  };
}

const orderId = (viewer: Viewer, number: string) => `${viewer.tenant.branch}${number.padStart(6, "0")}`;

/**
 * One of the viewer's orders by number (in the viewer's branch), or null — also when it belongs to
 * another seller. The synced copy says whose it is; the ERP is then asked for the order as it is now.
 */
export async function getOrder(viewer: Viewer, number: string): Promise<OrderView | null> {
  const stored = await getStoredOrder(viewer, number);
  return stored && refreshOrder(viewer, stored);
}

/**
 * One of the viewer's orders as the store holds it (no ERP call: what a page paints at once), or
 * null when it is not the viewer's; `refreshOrder` then asks the ERP for it as it is now.
 */
export async function getStoredOrder(viewer: Viewer, number: string): Promise<OrderView | null> {
  if (!/^[0-9A-Za-z]{1,6}$/.test(number)) return null;
  const db = await getDb();
  const [row] = await db
    .select({ data: orders.data, syncedAt: orders.syncedAt })
    .from(orders)
    .where(and(eq(orders.scope, scopeOf(viewer)), eq(orders.id, orderId(viewer, number))))
    .limit(1);
  if (!row) return null;
  const stored = row.data as SalesOrder;
  const order: OrderDetail = { ...stored, blockCode: "", reason: "", invoiceDetail: null };
  return orderView(viewer, order, "store", { ...stored, syncedAt: row.syncedAt.toISOString() });
}

/**
 * The stored order (`getStoredOrder`) as the ERP has it now; the stored view itself when the ERP
 * does not answer; null when the ERP says it is gone and the queue history says it was deleted.
 */
export async function refreshOrder(viewer: Viewer, stored: OrderView): Promise<OrderView | null> {
  const { number } = stored.order;
  try {
    const live = await fetchOrder(await erpForViewer(viewer), orderId(viewer, number));
    // The ERP scopes by seller too; an answer for someone else's order would be a contract breach.
    if (live.seller === stored.order.seller)
      return orderView(viewer, live, "erp", { ...stored.order, syncedAt: stored.syncedAt });
  } catch (error) {
    if (!(error instanceof ErpError)) throw error;
    // A 404 for an order the queue history says was deleted is a deleted order, not an ERP outage.
    if (error.kind === "not_found" && (await deletedOrder(viewer, number))) return null;
    log.warn("order.offline", { kind: error.kind, detail: error.detail });
  }
  return stored;
}

/**
 * An order (stored or live) with what the store adds to it: its customer and queue history (by the
 * synced copy's keys), the names of its codes, when the copy was synced.
 */
async function orderView(
  viewer: Viewer,
  order: OrderDetail,
  source: OrderView["source"],
  stored: Pick<SalesOrder, "customer" | "store" | "externalId"> & { syncedAt: string | null },
): Promise<OrderView> {
  const db = await getDb();
  const scope = scopeOf(viewer);
  const id = orderId(viewer, order.number);
  const [customer] = await db
    .select({ data: customers.data })
    .from(customers)
    .where(and(eq(customers.scope, scope), eq(customers.code, stored.customer), eq(customers.store, stored.store)))
    .limit(1);
  const queue = await db
    .select({ data: syncedRecords.data })
    .from(syncedRecords)
    .where(
      and(
        eq(syncedRecords.scope, scope),
        eq(syncedRecords.entity, "orderqueue"),
        or(
          sql`${syncedRecords.data}->>'orderId' = ${id}`,
          stored.externalId ? sql`${syncedRecords.data}->>'externalId' = ${stored.externalId}` : undefined,
        ),
      ),
    );
  const history = queue
    .map((q) => q.data as QueueItem)
    .sort((a, b) => (a.receivedAt ?? "").localeCompare(b.receivedAt ?? ""));
  const [condition, list, carrier, operations] = await Promise.all([
    record<PaymentCondition>(scope, "paymentconditions", order.paymentCondition),
    record<PriceList>(scope, "pricelists", order.priceList),
    record<Carrier>(scope, "carriers", order.carrier),
    records<OperationType>(scope, "operationtypes"),
  ]);
  return {
    order,
    customer: customer ? (customer.data as Customer) : null,
    history,
    names: {
      paymentCondition: condition?.description ?? "",
      priceList: list?.description ?? "",
      carrier: carrier?.name ?? "",
      operationTypes: Object.fromEntries(operations.map((o) => [o.code, o.description])),
    },
    editable: isEditable(order.status),
    source,
    syncedAt: stored.syncedAt,
  };
}
