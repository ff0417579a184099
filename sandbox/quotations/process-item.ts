/**
 * What the job does with one quotation item of the queue (ZTQ_ENTITY 'SCJ'), inside the job's one
 * transaction (a failure writes nothing; the item ends in status 3 with the error as its message):
 * - insert: validate again (validate-quotation.ts: the customer, or the prospect of a prospect's
 *   quotation), write SCJ/SCK (new CJ_NUM), notify;
 * - update: the quotation must still be editable (not converted, not cancelled) and unchanged
 *   since the client read it (its S_T_A_M_P_), then rewrite header and items, notify;
 * - delete: same checks, soft-delete SCJ/SCK, notify;
 * - convert: open and within its validity, for a customer (a prospect's quotation waits for the
 *   prospect's conversion), unchanged when a stamp was sent, then MATA416 (convert.ts), notify.
 * Every outcome — done or refused — notifies the quotation's seller (A1S type 3).
 */
import type { JobOutcome } from "../orders/job";
import { OPERATION_WORDS } from "../orders/process-item";
import type { QueueRow } from "../orders/queue";
import {
  fieldErrorsText,
  itemScope,
  notifyItem,
  parseQueuePayload,
  QueueItemError,
  unchangedRecord,
  type FailureNotice,
} from "../orders/queue-item";
import { orderTables, type Scope, type Sql } from "../orders/tables";
import { convertQuotation } from "./convert";
import { quotationNotificationText, type QuotationEvent } from "./notification-texts";
import { quotationPayloadSchema } from "./payload";
import { quotationId, readQuotation } from "./read";
import { quotationConvertRefusal, quotationEditRefusal } from "./status";
import { buyerChangeError, validateQuotation } from "./validate-quotation";
import { deleteQuotation, insertQuotation, updateQuotation } from "./write";

async function liveQuotation(sql: Sql, scope: Scope, row: QueueRow, today: string) {
  const q = await readQuotation(sql, scope, row.quotation, today);
  return unchangedRecord(row, `Orçamento ${row.quotation}`, q?.seller === row.seller ? q : undefined);
}

/** A1S type 3 for the quotation's seller, keyed by the quotation id (the queue id before it has a number). */
function notify(sql: Sql, scope: Scope, row: QueueRow, number: string, event: QuotationEvent, today: string) {
  const recordId = number ? quotationId(row.branch, number) : "";
  return notifyItem(sql, scope, row, recordId, { type: "3", ...quotationNotificationText(event) }, today);
}

export async function processQuotationItem(
  sql: Sql,
  company: string,
  row: QueueRow,
  today: string,
): Promise<JobOutcome> {
  const scope = itemScope(company, row);
  const done = async (number: string, event: QuotationEvent, orderNumber = "") => ({
    orderNumber,
    quotationNumber: number,
    message: await notify(sql, scope, row, number, event, today),
  });

  if (row.operation === "delete" || row.operation === "convert") {
    const q = await liveQuotation(sql, scope, row, today);
    if (row.operation === "delete") {
      const refusal = quotationEditRefusal(q);
      if (refusal) throw new QueueItemError(refusal);
      await deleteQuotation(sql, scope, q.number);
      return done(q.number, { kind: "deleted", number: q.number, customerName: q.customername });
    }
    const refusal = quotationConvertRefusal(q);
    if (refusal) throw new QueueItemError(refusal);
    const order = await convertQuotation(sql, scope, q, row, today);
    return done(q.number, { kind: "converted", number: q.number, customerName: q.customername, order }, order);
  }

  const payload = parseQueuePayload(quotationPayloadSchema, row);
  if (row.operation === "update") {
    const q = await liveQuotation(sql, scope, row, today);
    const refusal = quotationEditRefusal(q);
    if (refusal) throw new QueueItemError(refusal);
    const current = (q.validity ?? "").replaceAll("-", "");
    const { errors, resolved } = await validateQuotation(sql, scope, row.seller, payload, today, current);
    if (errors.length > 0) throw new QueueItemError(fieldErrorsText(errors));
    const changed = buyerChangeError(q, payload);
    if (changed) throw new QueueItemError(changed.message);
    await updateQuotation(sql, scope, q.number, payload, resolved);
    return done(q.number, {
      kind: "saved",
      operation: "update",
      number: q.number,
      customerName: resolved.customerName,
      validity: resolved.validity,
    });
  }

  // Idempotency, second line of defence: a quotation of this seller already carries the key.
  const existing = row.externalid ? await quotationByExternalId(sql, scope, row.seller, row.externalid) : undefined;
  if (existing)
    return {
      orderNumber: "",
      quotationNumber: existing,
      message: `Orçamento ${existing} já existente para o externalid ${row.externalid}.`,
    };
  const { errors, resolved } = await validateQuotation(sql, scope, row.seller, payload, today);
  if (errors.length > 0) throw new QueueItemError(fieldErrorsText(errors));
  const number = await insertQuotation(sql, scope, payload, resolved, {
    seller: row.seller,
    externalid: row.externalid,
    today,
  });
  return done(number, {
    kind: "saved",
    operation: "insert",
    number,
    customerName: resolved.customerName,
    validity: resolved.validity,
  });
}

async function quotationByExternalId(sql: Sql, scope: Scope, seller: string, externalid: string) {
  const { rows } = await sql.query<{ number: string }>(
    `SELECT CJ_NUM AS number FROM ${orderTables(scope.company).SCJ} WHERE CJ_FILIAL = $1 AND CJ_XVEND = $2 AND CJ_XEXTID = $3 AND D_E_L_E_T_ = ' '`,
    [scope.branch, seller, externalid],
  );
  return rows[0]?.number;
}

/** The error notification of a failed quotation item (written outside the rolled-back transaction). */
export const notifyQuotationFailure: FailureNotice = async (sql, company, row, message, today) => {
  const event = { kind: "error", operation: OPERATION_WORDS[row.operation], number: row.quotation, message } as const;
  await notify(sql, itemScope(company, row), row, row.quotation, event, today);
};
