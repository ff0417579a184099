/**
 * What the job does with one customer item of the queue (ZTQ_ENTITY 'SA1'), inside the job's one
 * transaction (a refusal writes nothing; the item ends in status 3 with the refusal as its message)
 * [defined here, docs/registration.md]:
 * - insert: the MATA030 critique again (another item may have registered the same CPF/CNPJ since
 *   the 202), then the code and store (record-key.ts) and the SA1 row;
 * - update: the customer still the seller's and unchanged since the client read it (S_T_A_M_P_),
 *   the critique again (the customer itself excluded from the duplicates), then its editable fields;
 * - delete: same checks, no movement (customer-movement.ts), then the soft delete.
 * Every outcome — done or refused — notifies the seller (A1S type 2, A1S_CHAVE the customer's id).
 * The outcome's `key` (code + store) fills ZTQ_CHAVE: the queue item names its customer.
 */
import { parseQueuePayload, QueueItemError, type FailureNotice, type ItemProcess } from "../orders/queue-item";
import { critiqueEntity } from "./critique";
import { customerMovement } from "./customer-movement";
import { deleteCustomer, insertCustomer, readCustomerRecord, updateCustomer } from "./customer-write";
import { entityPayloadSchema } from "./entity-payload";
import { customerNotificationText } from "./notification-texts";
import { recordFailureNotice, recordItem, refuseCritique, type RecordKind } from "./record-item";
import { newRecordKey } from "./record-key";

const CUSTOMER: RecordKind = { table: "SA1", noun: "Cliente", type: "2", text: customerNotificationText };

export const processCustomerItem: ItemProcess = async (sql, company, row, today) => {
  const item = recordItem(sql, company, row, today, CUSTOMER);
  const { scope } = item;

  if (row.operation === "delete") {
    const customer = await item.current(readCustomerRecord);
    const refusal = await customerMovement(sql, scope, customer);
    if (refusal) throw new QueueItemError(refusal);
    await deleteCustomer(sql, scope, customer);
    return item.deleted(customer);
  }

  const payload = parseQueuePayload(entityPayloadSchema, row);
  if (row.operation === "update") {
    const customer = await item.current(readCustomerRecord);
    // CPF/CNPJ and person type never change: the record's own, whatever the item carries.
    const edited = { ...payload, personType: customer.personType, cgc: customer.cgc };
    const { errors, resolved } = await critiqueEntity(sql, scope, edited, {
      kind: "customer",
      seller: row.seller,
      self: customer,
    });
    refuseCritique(errors);
    await updateCustomer(sql, scope, customer, edited, resolved);
    return item.saved(customer, "update", edited.name);
  }
  if (row.operation !== "insert") throw new QueueItemError(`Operação ${row.operation} não se aplica a clientes.`);

  const known = await item.alreadyMade();
  if (known) return known;
  const { errors, resolved } = await critiqueEntity(sql, scope, payload, { kind: "customer", seller: row.seller });
  refuseCritique(errors);
  const key = await newRecordKey(sql, scope, "SA1", resolved.cgc);
  await insertCustomer(sql, scope, key, payload, resolved, { seller: row.seller, externalid: row.externalid, today });
  return item.saved(key, "insert", payload.name);
};

/** The error notification of a failed customer item: the name as sent, if any. */
export const notifyCustomerFailure: FailureNotice = recordFailureNotice(CUSTOMER);
