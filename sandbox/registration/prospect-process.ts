/**
 * What the job does with one prospect item of the queue (ZTQ_ENTITY 'SUS'), inside the job's one
 * transaction (a refusal writes nothing; the item ends in status 3 with the refusal as its message)
 * [defined here, docs/registration.md "Prospects (SUS)"]:
 * - insert: the TMKA260 critique again (another item may have registered the same CPF/CNPJ since
 *   the 202), a `newStoreOf` prospect still the seller's, then the code and store (record-key.ts)
 *   and the SUS row;
 * - update / delete: the prospect still the seller's, unchanged since the client read it
 *   (S_T_A_M_P_) and not converted; an update passes the critique again (itself excluded from the
 *   duplicates), a delete still has no quotation;
 * - convert: not converted, unchanged when a stamp was sent, then the MATA030 critique of its data
 *   as a customer's, the SA1 key (same rules as a customer insert) and the conversion
 *   (prospect-write.ts). The customer it became is written into the item's payload
 *   (`convertedTo`: A1_COD + A1_LOJA), which `prospectsqueue` answers as `customerid`.
 * Every outcome — done or refused — notifies the seller (A1S type 4, A1S_CHAVE the prospect's id).
 * The outcome's `key` (code + store) fills ZTQ_CHAVE: the queue item names its prospect.
 */
import { companyTable } from "../db";
import { parseQueuePayload, QueueItemError, type FailureNotice, type ItemProcess } from "../orders/queue-item";
import { critiqueEntity } from "./critique";
import { critiqueText } from "./notification-texts";
import { customerPayloadOf, editedProspect, newStoreErrors, prospectPayloadSchema } from "./prospect-payload";
import { convertedRefusal, prospectNotificationText, quotationsRefusal, type ProspectEvent } from "./prospect-texts";
import {
  CONVERTED,
  convertProspect,
  deleteProspect,
  insertProspect,
  prospectCodeOfSeller,
  prospectQuotations,
  readProspectRecord,
  updateProspect,
} from "./prospect-write";
import { recordFailureNotice, recordItem, refuseCritique, type RecordKind } from "./record-item";
import { newRecordKey } from "./record-key";
import { recordQueueKey } from "./record-table";

const PROSPECT: RecordKind<ProspectEvent> = {
  table: "SUS",
  noun: "Prospect",
  type: "4",
  text: prospectNotificationText,
};

export const processProspectItem: ItemProcess = async (sql, company, row, today) => {
  const item = recordItem(sql, company, row, today, PROSPECT);
  const { scope } = item;
  /** The item's prospect: live, the seller's, unchanged since the client read it, not converted. */
  const openProspect = async () => {
    const prospect = await item.current(readProspectRecord);
    if (prospect.status === CONVERTED) throw new QueueItemError(convertedRefusal(prospect));
    return prospect;
  };

  if (row.operation === "delete") {
    const prospect = await openProspect();
    const quotations = await prospectQuotations(sql, scope, prospect);
    if (quotations.length > 0) throw new QueueItemError(quotationsRefusal(prospect, quotations));
    await deleteProspect(sql, scope, prospect);
    return item.deleted(prospect);
  }

  if (row.operation === "convert") {
    const prospect = await openProspect();
    const asCustomer = customerPayloadOf(prospect);
    if (!asCustomer.ok) throw new QueueItemError(critiqueText(asCustomer.errors));
    const { errors, resolved } = await critiqueEntity(sql, scope, asCustomer.payload, {
      kind: "prospect",
      seller: row.seller,
      self: prospect,
      converting: true,
    });
    refuseCritique(errors);
    const customer = await newRecordKey(sql, scope, "SA1", resolved.cgc);
    const conversion = await convertProspect(sql, scope, prospect, customer, {
      payload: asCustomer.payload,
      resolved,
      today,
    });
    await sql.query(
      `UPDATE ${companyTable("ZTQ", company)} SET ZTQ_PAYLOAD = ZTQ_PAYLOAD || jsonb_build_object('convertedTo', $2::text)
        WHERE ZTQ_ID = $1`,
      [row.id, recordQueueKey(customer)],
    );
    return item.done(prospect, {
      kind: "converted",
      code: prospect.code,
      store: prospect.store,
      name: prospect.name,
      customer,
      quotations: conversion.quotations.length,
      contacts: conversion.contacts.length,
    });
  }

  const payload = parseQueuePayload(prospectPayloadSchema, row);
  if (row.operation === "update") {
    const prospect = await openProspect();
    const edit = editedProspect(payload, prospect);
    const { errors, resolved } = await critiqueEntity(sql, scope, edit.payload, {
      kind: "prospect",
      seller: row.seller,
      self: prospect,
    });
    refuseCritique([...edit.errors, ...errors]);
    await updateProspect(sql, scope, prospect, edit.payload, resolved);
    return item.saved(prospect, "update", payload.name);
  }
  if (row.operation !== "insert") throw new QueueItemError(`Operação ${row.operation} não se aplica a prospects.`);

  const known = await item.alreadyMade();
  if (known) return known;
  const { errors, resolved } = await critiqueEntity(sql, scope, payload, { kind: "prospect", seller: row.seller });
  let storeOf: string | undefined;
  if (payload.newStoreOf) {
    const base = await prospectCodeOfSeller(sql, scope, payload.newStoreOf.code, row.seller);
    if (!base) throw new QueueItemError(`Prospect ${payload.newStoreOf.code} não encontrado ou excluído.`);
    errors.push(...newStoreErrors(base.code, base.cgc, resolved.cgc));
    storeOf = base.code;
  }
  refuseCritique(errors);
  const key = await newRecordKey(sql, scope, "SUS", resolved.cgc, storeOf);
  await insertProspect(sql, scope, key, payload, resolved, { seller: row.seller, externalid: row.externalid, today });
  return item.saved(key, "insert", payload.name);
};

/** The error notification of a failed prospect item: a delete or convert sends no name, the prospect's own is told. */
export const notifyProspectFailure: FailureNotice = recordFailureNotice(
  PROSPECT,
  async (sql, scope, key) => (await readProspectRecord(sql, scope, key))?.name,
);
