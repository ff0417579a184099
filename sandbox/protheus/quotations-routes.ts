import type { Hono } from "hono";
import type { AppEnv, SandboxState } from "../context";
import { businessDate } from "../context";
import { readJsonBody, TotvsError } from "../errors";
import { OrderValidationError } from "../orders/http-errors";
import { orderNumberFromId, type Scope } from "../orders/tables";
import { quotationsQueueEntity } from "../orders/entities";
import { quotationsEntity } from "../quotations/entities";
import { parseQuotationPayload, type QuotationPayload } from "../quotations/payload";
import { itemsOfQuotations, quotationId, readQuotation, type Quotation } from "../quotations/read";
import { quotationConvertRefusal, quotationEditRefusal } from "../quotations/status";
import { buyerChangeError, validateQuotation } from "../quotations/validate-quotation";
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
import { notFound, registerCollection } from "./tgv/routes";
import { requireSellerViewer, type Viewer } from "./tgv/viewer";

/**
 * Quotations (SCJ/SCK, MATA415/MATA416) of the PGV API [paths defined here], shaped like the sales
 * orders (orders-routes.ts) and written through the same queue and job: POST/PUT/DELETE and
 * `POST quotations/{id}/convert` validate, queue (ZTQ, ZTQ_ENTITY 'SCJ') and answer
 * `202 { queueId }`. A quotation is for a customer (SA1) or a prospect (SUS, CJ_PROSPE), never
 * both; a prospect's converts only once the prospect became a customer. Reads: `quotations` (+ both
 * diff families), `quotations/{id}`, `quotationsqueue` (+ diffs). Registered after `requireTenant`.
 * Docs: sandbox/docs/quotations.md.
 */
const QUOTATION: RecordNoun = { one: "orçamento", many: "orçamentos" };

export function registerQuotationRoutes(rest: Hono<AppEnv>, state: SandboxState): void {
  registerCollection(rest, state, "quotationsqueue", quotationsQueueEntity);
  registerCollection(
    rest,
    state,
    "quotations",
    quotationsEntity((company, keys) => itemsOfQuotations(state.db, company, keys)),
  );

  rest.get("/api/tgv/quotations/:id", async (c) => {
    const viewer = await requireSellerViewer(state, c);
    return c.json(await quotationInScope(state, viewer, c.req.param("id")));
  });

  rest.post("/api/tgv/quotations", async (c) => {
    const viewer = await requireSellerViewer(state, c);
    const payload = parsed(await readJsonBody(c));
    const scope = scopeOf(viewer);
    const seller = await actingSeller(state, viewer, payload.seller, QUOTATION);
    const externalid = payload.externalid ?? "";
    // Already queued or already a quotation: answer what exists, never validate or queue again.
    return queueInsert(c, state, viewer, QUOTATION_WRITES, { externalid, owner: seller }, async () => {
      await rejectInvalid(state, scope, seller, payload);
      return { payload: { ...payload, seller }, seller };
    });
  });

  rest.put("/api/tgv/quotations/:id", async (c) => {
    const viewer = await requireSellerViewer(state, c);
    const payload = parsed(await readJsonBody(c));
    const quotation = await quotationInScope(state, viewer, c.req.param("id"));
    const stamp = checkStamp(c, quotation.stamp, payload.stamp, QUOTATION);
    const scope = scopeOf(viewer);
    await checkOpen(state, scope, quotation, quotationEditRefusal(quotation));
    const buyerChanged = buyerChangeError(quotation, payload);
    const fixed = [
      ...(buyerChanged ? [buyerChanged] : []),
      ...(payload.seller && payload.seller !== quotation.seller
        ? [{ field: "seller", message: "O vendedor de um orçamento não pode ser alterado." }]
        : []),
    ];
    if (fixed.length > 0) throw new OrderValidationError(422, fixed, "Orçamento");
    const current = (quotation.validity ?? "").replaceAll("-", "");
    await rejectInvalid(state, scope, quotation.seller, payload, current);
    return queueChange(c, state, viewer, QUOTATION_WRITES, quotation, "update", {
      ...payload,
      seller: quotation.seller,
      stamp,
    });
  });

  rest.delete("/api/tgv/quotations/:id", async (c) => {
    const viewer = await requireSellerViewer(state, c);
    const find = () => quotationInScope(state, viewer, c.req.param("id"));
    const [quotation, stamp] = await recordAtStamp(c, QUOTATION, find);
    await checkOpen(state, scopeOf(viewer), quotation, quotationEditRefusal(quotation));
    return queueChange(c, state, viewer, QUOTATION_WRITES, quotation, "delete", { stamp });
  });

  /**
   * MATA416 "efetivação" [path defined here]. `If-Match` optional: when sent, a stale one is 409.
   * Refused at once (422) when the quotation is already converted, cancelled or expired, or still a
   * prospect's (CJ_CLIENTE blank: the prospect must become a customer first); the job
   * checks again when it runs (the business date may have moved meanwhile).
   */
  rest.post("/api/tgv/quotations/:id/convert", async (c) => {
    const viewer = await requireSellerViewer(state, c);
    const find = () => quotationInScope(state, viewer, c.req.param("id"));
    const [quotation, stamp] = await recordAtStamp(c, QUOTATION, find, { optional: true });
    await checkOpen(state, scopeOf(viewer), quotation, quotationConvertRefusal(quotation));
    return queueChange(c, state, viewer, QUOTATION_WRITES, quotation, "convert", { stamp });
  });
}

/**
 * Quotations in the queue (ZTQ_ORCAM); 202 body [defined here]: `queueId`, plus what a repeated
 * externalid already produced (`orderid` stays null: `quotationsqueue` tells the order a convert made).
 */
const QUOTATION_WRITES: QueuedResource<Quotation> = {
  entity: "SCJ",
  recordOf: (quotation) => ({ quotation: quotation.number, seller: quotation.seller }),
  accepted: acceptedWith((scope, item) => ({
    quotationid: item.quotation ? quotationId(scope.branch, item.quotation) : null,
    orderid: null,
  })),
};

function parsed(body: unknown): QuotationPayload {
  const result = parseQuotationPayload(body);
  if (!result.ok) throw new OrderValidationError(400, result.errors, "Orçamento");
  return result.quotation;
}

async function rejectInvalid(
  state: SandboxState,
  scope: Scope,
  seller: string,
  payload: QuotationPayload,
  currentValidity?: string,
): Promise<void> {
  const { errors } = await validateQuotation(state.db, scope, seller, payload, businessDate(state), currentValidity);
  if (errors.length > 0) throw new OrderValidationError(422, errors, "Orçamento");
}

/** A seller reaches only their own quotations; anything else is "not found" (never reveal it exists). */
async function quotationInScope(state: SandboxState, viewer: Viewer, id: string): Promise<Quotation> {
  // Same id layout as an order's: branch + 6-character number, or the bare number.
  const number = orderNumberFromId(id, viewer.tenant.branch);
  const quotation = number ? await readQuotation(state.db, scopeOf(viewer), number, businessDate(state)) : undefined;
  if (!quotation || (!viewer.isAdmin && quotation.seller !== viewer.sellerCode)) {
    throw notFound(
      "Orçamento não encontrado.",
      `quotations/${id}: no live quotation in scope of user ${viewer.user.id} in ${viewer.tenant.company},${viewer.tenant.branch}`,
    );
  }
  return quotation;
}

/** 422 with the status's refusal, else 409 while another operation on it is pending. */
async function checkOpen(
  state: SandboxState,
  scope: Scope,
  quotation: Quotation,
  refusal: string | undefined,
): Promise<void> {
  if (refusal) throw new TotvsError(422, refusal, `quotation ${quotation.number} is ${quotation.status}`);
  await rejectPending(state, scope, quotation.number, "SCJ", QUOTATION);
}
