import type { Hono } from "hono";
import type { AppEnv, SandboxState } from "../context";
import { businessDate } from "../context";
import { readJsonBody, TotvsError } from "../errors";
import { salesOrdersEntity, salesOrdersQueueEntity } from "../orders/entities";
import { OrderValidationError } from "../orders/http-errors";
import { orderJob } from "../orders/job-runtime";
import { editRefusal } from "../orders/order-status";
import { itemsOfOrders, readOrder, type SalesOrder } from "../orders/order-read";
import { parseOrderPayload, type OrderPayload } from "../orders/payload";
import { orderId, orderNumberFromId, type Scope } from "../orders/tables";
import { validateOrder } from "../orders/validate-order";
import {
  acceptedWith,
  actingSeller,
  checkStamp,
  queueChange,
  queueInsert,
  recordAtStamp,
  rejectPending,
  scopeOf,
  type QueuedResource,
  type RecordNoun,
} from "./queued-writes";
import { registerCollection, notFound } from "./tgv/routes";
import { requireSellerViewer, type Viewer } from "./tgv/viewer";

/**
 * Sales orders of the PGV API, written asynchronously like TOTVS's TGVA002JOB (ERP-CONTRACT.md §4):
 * POST/PUT/DELETE validate, queue (ZTQ) and answer `202 { queueId }`; the job (orders/job.ts)
 * does the work. Reads: `salesorders` (+ both diff families), `salesorders/{id}`,
 * `salesordersqueue` (+ diffs). Registered after `requireTenant`. Docs: sandbox/docs/orders.md.
 */
const ORDER: RecordNoun = { one: "pedido", many: "pedidos" };

export function registerOrderRoutes(rest: Hono<AppEnv>, state: SandboxState): void {
  orderJob(state);
  registerCollection(rest, state, "salesordersqueue", salesOrdersQueueEntity);
  registerCollection(
    rest,
    state,
    "salesorders",
    salesOrdersEntity((company, keys) => itemsOfOrders(state.db, company, keys)),
  );

  rest.get("/api/tgv/salesorders/:id", async (c) => {
    const viewer = await requireSellerViewer(state, c);
    return c.json(await orderInScope(state, viewer, c.req.param("id")));
  });

  rest.post("/api/tgv/salesorders", async (c) => {
    const viewer = await requireSellerViewer(state, c);
    const payload = parsed(await readJsonBody(c));
    const seller = await actingSeller(state, viewer, payload.seller, ORDER);
    const externalid = payload.externalid ?? "";
    // Already queued or already an order: answer what exists, never validate or queue again.
    return queueInsert(c, state, viewer, ORDER_WRITES, { externalid, owner: seller }, async () => {
      await rejectInvalid(state, scopeOf(viewer), seller, payload);
      return { payload: { ...payload, seller }, seller };
    });
  });

  rest.put("/api/tgv/salesorders/:id", async (c) => {
    const viewer = await requireSellerViewer(state, c);
    const payload = parsed(await readJsonBody(c));
    const order = await orderInScope(state, viewer, c.req.param("id"));
    const stamp = checkStamp(c, order.stamp, payload.stamp, ORDER);
    const scope = scopeOf(viewer);
    await checkEditable(state, scope, order);
    const fixed = [
      ...(payload.customer !== order.customer || payload.store !== order.store
        ? [{ field: "customer", message: "O cliente de um pedido não pode ser alterado." }]
        : []),
      ...(payload.seller && payload.seller !== order.seller
        ? [{ field: "seller", message: "O vendedor de um pedido não pode ser alterado." }]
        : []),
    ];
    if (fixed.length > 0) throw new OrderValidationError(422, fixed);
    await rejectInvalid(state, scope, order.seller, payload);
    return queueChange(c, state, viewer, ORDER_WRITES, order, "update", { ...payload, seller: order.seller, stamp });
  });

  rest.delete("/api/tgv/salesorders/:id", async (c) => {
    const viewer = await requireSellerViewer(state, c);
    const [order, stamp] = await recordAtStamp(c, ORDER, () => orderInScope(state, viewer, c.req.param("id")));
    await checkEditable(state, scopeOf(viewer), order);
    return queueChange(c, state, viewer, ORDER_WRITES, order, "delete", { stamp });
  });
}

/** Orders in the queue (ZTQ_PEDIDO); 202 body [defined here]: `queueId`, plus what a repeated externalid already produced. */
const ORDER_WRITES: QueuedResource<SalesOrder> = {
  entity: "SC5",
  recordOf: (order) => ({ number: order.number, seller: order.seller }),
  accepted: acceptedWith((scope, item) => ({ orderid: item.number ? orderId(scope.branch, item.number) : null })),
};

function parsed(body: unknown): OrderPayload {
  const result = parseOrderPayload(body);
  if (!result.ok) throw new OrderValidationError(400, result.errors);
  return result.order;
}

async function rejectInvalid(state: SandboxState, scope: Scope, seller: string, payload: OrderPayload): Promise<void> {
  const { errors } = await validateOrder(state.db, scope, seller, payload, businessDate(state));
  if (errors.length > 0) throw new OrderValidationError(422, errors);
}

/** A seller reaches only their own orders; anything else is "not found" (never reveal it exists). */
export async function orderInScope(state: SandboxState, viewer: Viewer, id: string): Promise<SalesOrder> {
  const number = orderNumberFromId(id, viewer.tenant.branch);
  const order = number ? await readOrder(state.db, scopeOf(viewer), number) : undefined;
  if (!order || (!viewer.isAdmin && order.seller !== viewer.sellerCode)) {
    throw notFound(
      "Pedido não encontrado.",
      `salesorders/${id}: no live order in scope of user ${viewer.user.id} in ${viewer.tenant.company},${viewer.tenant.branch}`,
    );
  }
  return order;
}

async function checkEditable(state: SandboxState, scope: Scope, order: SalesOrder): Promise<void> {
  const refusal = editRefusal(order.status);
  if (refusal) throw new TotvsError(422, refusal, `order ${order.number} is ${order.status}`);
  await rejectPending(state, scope, order.number, "SC5", ORDER);
}
