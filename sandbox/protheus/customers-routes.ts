import type { Hono } from "hono";
import type { AppEnv, SandboxState } from "../context";
import { readJsonBody, TotvsError } from "../errors";
import { queueEntity, recordId } from "../orders/entities";
import { OrderValidationError } from "../orders/http-errors";
import type { FieldError } from "../orders/payload";
import type { Scope } from "../orders/tables";
import { critiqueEntity, type CritiqueOptions, type RecordKey } from "../registration/critique";
import { customerMovement } from "../registration/customer-movement";
import {
  backOfficeFields,
  parseEntityPayload,
  sellerChangeErrors,
  type EntityPayload,
} from "../registration/entity-payload";
import { recordLabel, recordQueueKey } from "../registration/record-table";
import {
  actingSeller,
  checkStamp,
  queueChange,
  queueInsert,
  recordAtStamp,
  recordAccepted,
  rejectPending,
  scopeOf,
  type QueuedResource,
  type RecordNoun,
} from "./queued-writes";
import { customerKey, customersEntity } from "./tgv/customers";
import { findOneOr404, registerCollection } from "./tgv/routes";
import { requireSellerViewer, type Viewer } from "./tgv/viewer";

/**
 * Customer (SA1, MATA030) writes of the PGV API [paths defined here, docs/registration.md
 * "Customers (SA1)"], shaped like the sales orders and written through the same queue and job:
 * `POST customers`, `PUT` and `DELETE customers/{code}/{store}` check what they can at once (400
 * malformed, 422 the MATA030 critique or a back-office field, 404 out of scope, 428/409 the stamp,
 * 409 a pending operation, 422 a delete with movement), queue (ZTQ, ZTQ_ENTITY 'SA1') and answer
 * `202 { queueId, status, id, duplicate }`; the job (registration/customer-process.ts) checks again
 * and writes. Reads: `customersqueue` (+ both diff families) here, `customers` in tgv/customers.ts
 * (GET routes only: these are PUT/DELETE, so `customers/{code}/{store}` and
 * `customers/creditlimit/...` never meet them). Registered after `requireTenant`.
 */
const CUSTOMER: RecordNoun = { one: "cliente", many: "clientes" };

/** The customer items of the queue; `customerid` once the job named the customer (ZTQ_CHAVE). */
export const customersQueueEntity = queueEntity("customersqueue", "SA1", { customerid: recordId("t.ZTQ_CHAVE") });

export function registerCustomerWriteRoutes(rest: Hono<AppEnv>, state: SandboxState): void {
  registerCollection(rest, state, "customersqueue", customersQueueEntity);

  rest.post("/api/tgv/customers", async (c) => {
    const viewer = await requireSellerViewer(state, c);
    const body = await readJsonBody(c);
    const payload = parsed(body);
    const scope = scopeOf(viewer);
    const seller = await actingSeller(state, viewer, payload.seller, CUSTOMER);
    rejectBackOffice(backOfficeFields(body, seller));
    const externalid = payload.externalid ?? "";
    // Already queued or already a customer: answer what exists, never critique or queue again.
    return queueInsert(c, state, viewer, CUSTOMER_WRITES, { externalid, owner: seller }, async () => {
      await rejectCritique(state, scope, payload, { kind: "customer", seller });
      return { payload: { ...payload, seller }, seller };
    });
  });

  rest.put("/api/tgv/customers/:code/:store", async (c) => {
    const viewer = await requireSellerViewer(state, c);
    const body = await readJsonBody(c);
    const payload = parsed(body);
    const customer = await customerInScope(state, viewer, c.req.param("code"), c.req.param("store"));
    const stamp = checkStamp(c, customer.stamp, payload.stamp, CUSTOMER);
    rejectBackOffice([
      ...(payload.cgc && payload.cgc !== customer.cgc
        ? [{ field: "cgc", message: "O CPF/CNPJ de um cliente não pode ser alterado." }]
        : []),
      ...(payload.personType && payload.personType !== customer.personType
        ? [{ field: "personType", message: "O tipo de pessoa de um cliente não pode ser alterado." }]
        : []),
      ...sellerChangeErrors(payload.seller, customer.vendor),
      ...backOfficeFields(body, customer.vendor),
    ]);
    const scope = scopeOf(viewer);
    await rejectPending(state, scope, recordQueueKey(customer), "SA1", CUSTOMER, recordLabel(customer));
    // The critique sees the record's own CPF/CNPJ and person type (PUT never changes them).
    const edited: EntityPayload = { ...payload, personType: customer.personType, cgc: customer.cgc };
    await rejectCritique(state, scope, edited, { kind: "customer", seller: customer.vendor, self: customer });
    return queueChange(c, state, viewer, CUSTOMER_WRITES, customer, "update", {
      ...edited,
      seller: customer.vendor,
      stamp,
    });
  });

  rest.delete("/api/tgv/customers/:code/:store", async (c) => {
    const viewer = await requireSellerViewer(state, c);
    const find = () => customerInScope(state, viewer, c.req.param("code"), c.req.param("store"));
    const [customer, stamp] = await recordAtStamp(c, CUSTOMER, find);
    const scope = scopeOf(viewer);
    const movement = await customerMovement(state.db, scope, customer);
    if (movement)
      throw new TotvsError(422, movement, `customer ${recordLabel(customer)} has orders, quotations or titles`);
    await rejectPending(state, scope, recordQueueKey(customer), "SA1", CUSTOMER, recordLabel(customer));
    return queueChange(c, state, viewer, CUSTOMER_WRITES, customer, "delete", { stamp });
  });
}

/** Customers in the queue (ZTQ_CHAVE = code + store), for their seller. */
const CUSTOMER_WRITES: QueuedResource<CustomerInScope> = {
  entity: "SA1",
  recordOf: (customer) => ({ key: recordQueueKey(customer), seller: customer.vendor }),
  accepted: recordAccepted,
};

/** The customer as the routes need it: its key, owner, fixed identity and version. */
type CustomerInScope = RecordKey & { vendor: string; personType: "F" | "J"; cgc: string; stamp: string };

function parsed(body: unknown): EntityPayload {
  const result = parseEntityPayload(body);
  if (!result.ok) throw new OrderValidationError(400, result.errors, "Cliente");
  return result.payload;
}

/** 422 for fields the portal may not set or change (credit, risk, branch, seller, CPF/CNPJ). */
function rejectBackOffice(errors: FieldError[]): void {
  if (errors.length > 0) throw new OrderValidationError(422, errors, "Cliente");
}

/** The MATA030 critique; a duplicate's detail keeps `reason` and, for the caller's own, `customer`. */
async function rejectCritique(
  state: SandboxState,
  scope: Scope,
  payload: EntityPayload,
  options: CritiqueOptions,
): Promise<void> {
  const { errors } = await critiqueEntity(state.db, scope, payload, options);
  if (errors.length > 0) throw new OrderValidationError(422, errors, "Cliente");
}

/** A seller reaches only their own customers; anything else is "not found" (never reveal it exists). */
async function customerInScope(
  state: SandboxState,
  viewer: Viewer,
  code: string,
  store: string,
): Promise<CustomerInScope> {
  const item = await findOneOr404(state, customersEntity, viewer, customerKey(code, store), "Cliente não encontrado.", {
    fields: "code,store,vendor,personType,cgc,stamp",
  });
  return item as CustomerInScope;
}
