/**
 * What the job does with one queue item, inside one transaction (a failure leaves no half-written
 * order behind; the item then ends in status 3 with the error as its message):
 * - insert: validate again, write SC5/SC6 (new C5_NUM), release (credit + stock → SC9), notify;
 * - update: the order must still be editable and unchanged since the client read it (its
 *   S_T_A_M_P_), then undo the release, rewrite header and items, release again, notify;
 * - delete: same checks, undo the release, soft-delete SC5/SC6 (SC9 was soft-deleted by the undo).
 */
import { releaseOrder, revertRelease } from "./analysis";
import { notifySeller, type NotificationTarget } from "./notifications";
import { notificationText } from "./notification-texts";
import { editRefusal } from "./order-status";
import { readOrder } from "./order-read";
import { orderPayloadSchema, type OrderPayload } from "./payload";
import type { QueueRow } from "./queue";
import {
  fieldErrorsText,
  itemScope,
  itemTarget,
  notifyItem,
  parseQueuePayload,
  payloadStamp,
  QueueItemError,
  type FailureNotice,
} from "./queue-item";
import { orderId, orderTables, type Scope, type Sql } from "./tables";
import { validateOrder, type ResolvedOrder } from "./validate-order";
import { deleteOrder, insertOrder, updateOrder, type OrderHeader } from "./write-order";

type ProcessOutcome = { orderNumber: string; message: string };

async function validOrThrow(sql: Sql, scope: Scope, row: QueueRow, today: string) {
  const payload = parseQueuePayload(orderPayloadSchema, row);
  const { errors, resolved } = await validateOrder(sql, scope, row.seller, payload, today);
  if (errors.length > 0) throw new QueueItemError(fieldErrorsText(errors));
  return { payload, resolved };
}

async function editableOrder(sql: Sql, scope: Scope, row: QueueRow, stamp: string | undefined) {
  const order = await readOrder(sql, scope, row.number);
  if (!order || order.seller !== row.seller) throw new QueueItemError(`Pedido ${row.number} não encontrado.`);
  const refusal = editRefusal(order.status);
  if (refusal) throw new QueueItemError(refusal);
  if (stamp && order.stamp !== stamp)
    throw new QueueItemError(`Pedido ${row.number} foi alterado por outra operação antes do processamento.`);
  return order;
}

export async function processQueueItem(
  sql: Sql,
  company: string,
  row: QueueRow,
  today: string,
): Promise<ProcessOutcome> {
  const scope = itemScope(company, row);
  const target = (number: string) => itemTarget(row, orderId(row.branch, number));

  if (row.operation === "delete") {
    const order = await editableOrder(sql, scope, row, payloadStamp(row));
    await revertRelease(sql, scope, row.number);
    await deleteOrder(sql, scope, row.number);
    const event = { kind: "deleted", number: row.number, customerName: order.customername } as const;
    await notifySeller(sql, scope, target(row.number), event, today);
    return { orderNumber: row.number, message: notificationText(event).title };
  }

  const { payload, resolved } = await validOrThrow(sql, scope, row, today);
  if (row.operation === "update") {
    const order = await editableOrder(sql, scope, row, payload.stamp);
    if (order.customer !== resolved.customer || order.store !== resolved.store) {
      throw new QueueItemError("O cliente de um pedido não pode ser alterado.");
    }
    await revertRelease(sql, scope, row.number);
    await updateOrder(sql, scope, row.number, payload, resolved, today);
    return releaseAndNotify(sql, scope, target(row.number), "update", row.number, resolved.customerName, today);
  }
  // Idempotency, second line of defence: an order of this seller already carries the key.
  const existing = row.externalid ? await orderByExternalId(sql, scope, row.seller, row.externalid) : undefined;
  if (existing)
    return { orderNumber: existing, message: `Pedido ${existing} já existente para o externalid ${row.externalid}.` };
  return placeOrder(sql, scope, payload, resolved, {
    seller: row.seller,
    userId: row.userId,
    externalid: row.externalid,
    today,
  });
}

/**
 * A new order from a validated payload: SC5/SC6, its release (credit + stock → SC9, balances) and
 * the seller's type-1 notification. The job's insert, and MATA416's conversion of a quotation
 * (quotations/convert.ts), which so gets exactly what any order gets.
 */
export async function placeOrder(
  sql: Sql,
  scope: Scope,
  payload: OrderPayload,
  resolved: ResolvedOrder,
  header: OrderHeader & { userId: string },
): Promise<ProcessOutcome> {
  const number = await insertOrder(sql, scope, payload, resolved, header);
  const target = {
    seller: header.seller,
    fallbackUser: header.userId,
    orderKey: orderId(scope.branch, number),
    operation: "insert",
  };
  return releaseAndNotify(sql, scope, target, "insert", number, resolved.customerName, header.today);
}

async function releaseAndNotify(
  sql: Sql,
  scope: Scope,
  target: NotificationTarget,
  operation: "insert" | "update",
  number: string,
  customerName: string,
  today: string,
): Promise<ProcessOutcome> {
  const release = await releaseOrder(sql, scope, number, today);
  // The analysis's own words (e.g. "título vencido há 15 dias") say more than the C9_BLCRED legend.
  const event = {
    kind: "processed",
    operation,
    number,
    customerName,
    status: release.status,
    reason: release.credit.reason || release.reason,
  } as const;
  await notifySeller(sql, scope, target, event, today);
  return { orderNumber: number, message: notificationText(event).title };
}

async function orderByExternalId(
  sql: Sql,
  scope: Scope,
  seller: string,
  externalid: string,
): Promise<string | undefined> {
  const { rows } = await sql.query<{ number: string }>(
    `SELECT C5_NUM AS number FROM ${orderTables(scope.company).SC5} WHERE C5_FILIAL = $1 AND C5_VEND1 = $2 AND C5_XEXTID = $3 AND D_E_L_E_T_ = ' '`,
    [scope.branch, seller, externalid],
  );
  return rows[0]?.number;
}

/** How the error notifications name an operation ("Falha na operação de inclusão…"). */
export const OPERATION_WORDS = {
  insert: "de inclusão",
  update: "de alteração",
  delete: "de exclusão",
  convert: "de efetivação",
} as const;

/** The error notification of a failed item (written outside the rolled-back transaction). */
export const notifyFailure: FailureNotice = async (sql, company, row, message, today) => {
  const event = { kind: "error", operation: OPERATION_WORDS[row.operation], number: row.number, message } as const;
  const recordId = row.number ? orderId(row.branch, row.number) : "";
  await notifyItem(sql, itemScope(company, row), row, recordId, { type: "1", ...notificationText(event) }, today);
};
