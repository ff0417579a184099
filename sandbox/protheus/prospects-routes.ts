import type { Context, Hono } from "hono";
import type { AppEnv, SandboxState } from "../context";
import { readJsonBody, TotvsError } from "../errors";
import { queueEntity, recordId } from "../orders/entities";
import { OrderValidationError } from "../orders/http-errors";
import type { FieldError } from "../orders/payload";
import type { Scope } from "../orders/tables";
import { critiqueEntity, type CritiqueOptions } from "../registration/critique";
import { backOfficeFields, sellerChangeErrors, type EntityPayload } from "../registration/entity-payload";
import {
  customerPayloadOf,
  editedProspect,
  newStoreErrors,
  parseProspectPayload,
  prospectOnlyErrors,
  type ProspectPayload,
} from "../registration/prospect-payload";
import { convertedRefusal, quotationsRefusal } from "../registration/prospect-texts";
import {
  CONVERTED,
  prospectCodeOfSeller,
  prospectQuotations,
  readProspectRecord,
  type ProspectRecord,
} from "../registration/prospect-write";
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
import { notFound, registerCollection } from "./tgv/routes";
import { requireSellerViewer, type Viewer } from "./tgv/viewer";

/**
 * Prospect (SUS, TMKA260) writes of the PGV API [paths defined here, docs/registration.md
 * "Prospects (SUS)"], shaped like the customer writes and written through the same queue and job:
 * `POST prospects`, `PUT` / `DELETE prospects/{code}/{store}` and `POST prospects/{code}/{store}/convert`
 * check what they can at once (400 malformed, 422 the critique, a back-office or customer-only field,
 * a converted prospect, a delete with quotations; 404 out of scope, 428/409 the stamp, 409 a pending
 * operation), queue (ZTQ, ZTQ_ENTITY 'SUS', ZTQ_CHAVE = code + store) and answer
 * `202 { queueId, status, id, duplicate }`; the job (registration/prospect-process.ts) checks again
 * and writes. Reads: `prospectsqueue` (+ both diff families) here, `prospects` in tgv/prospects.ts
 * (GET only, so `prospects/{code}/{store}` never meets these). Registered after `requireTenant`.
 */
const PROSPECT: RecordNoun = { one: "prospect", many: "prospects" };

/**
 * The prospect items of the queue: `prospectid` once the job named the prospect (ZTQ_CHAVE); a done
 * convert item also `customerid`, the customer it created (the job writes `convertedTo` into the
 * item's payload, inside the conversion's transaction).
 */
export const prospectsQueueEntity = queueEntity("prospectsqueue", "SUS", {
  prospectid: recordId("t.ZTQ_CHAVE"),
  customerid: {
    sql: "CASE WHEN COALESCE(t.ZTQ_PAYLOAD->>'convertedTo', '') = '' THEN NULL ELSE t.ZTQ_FILIAL || (t.ZTQ_PAYLOAD->>'convertedTo') END",
    type: "string",
    filter: true,
  },
});

export function registerProspectWriteRoutes(rest: Hono<AppEnv>, state: SandboxState): void {
  registerCollection(rest, state, "prospectsqueue", prospectsQueueEntity);

  rest.post("/api/tgv/prospects", async (c) => {
    const viewer = await requireSellerViewer(state, c);
    const body = await readJsonBody(c);
    const payload = parsed(body);
    const scope = scopeOf(viewer);
    const seller = await actingSeller(state, viewer, payload.seller, PROSPECT);
    refuse([...backOfficeFields(body, seller), ...prospectOnlyErrors(payload)]);
    const externalid = payload.externalid ?? "";
    // Already queued or already a prospect: answer what exists, never critique or queue again.
    return queueInsert(c, state, viewer, PROSPECT_WRITES, { externalid, owner: seller }, async () => {
      const errors = await critique(state, scope, payload, { kind: "prospect", seller });
      if (payload.newStoreOf) {
        // Another seller's code answers as a missing one: never reveal it exists.
        const base = await prospectCodeOfSeller(state.db, scope, payload.newStoreOf.code, seller);
        if (!base)
          throw notFound(
            "Prospect não encontrado.",
            `newStoreOf ${payload.newStoreOf.code}: no live prospect of seller ${seller}`,
          );
        errors.push(...newStoreErrors(base.code, base.cgc, payload.cgc));
      }
      refuse(errors);
      return { payload: { ...payload, seller }, seller };
    });
  });

  rest.put("/api/tgv/prospects/:code/:store", async (c) => {
    const viewer = await requireSellerViewer(state, c);
    const body = await readJsonBody(c);
    const payload = parsed(body);
    const prospect = await prospectInScope(state, viewer, c);
    const stamp = checkStamp(c, prospect.stamp, payload.stamp, PROSPECT);
    rejectConverted(prospect);
    const edit = editedProspect(payload, prospect);
    refuse([
      ...sellerChangeErrors(payload.seller, prospect.seller),
      ...(payload.newStoreOf
        ? [{ field: "newStoreOf", message: "Uma nova loja é um prospect novo: inclua-a, não altere este." }]
        : []),
      ...backOfficeFields(body, prospect.seller),
      ...prospectOnlyErrors(payload),
      ...edit.errors,
    ]);
    const scope = scopeOf(viewer);
    await rejectPending(state, scope, recordQueueKey(prospect), "SUS", PROSPECT, recordLabel(prospect));
    refuse(await critique(state, scope, edit.payload, { kind: "prospect", seller: prospect.seller, self: prospect }));
    return queueChange(c, state, viewer, PROSPECT_WRITES, prospect, "update", {
      ...edit.payload,
      seller: prospect.seller,
      stamp,
    });
  });

  rest.delete("/api/tgv/prospects/:code/:store", async (c) => {
    const viewer = await requireSellerViewer(state, c);
    const [prospect, stamp] = await recordAtStamp(c, PROSPECT, () => prospectInScope(state, viewer, c));
    rejectConverted(prospect);
    const scope = scopeOf(viewer);
    const quotations = await prospectQuotations(state.db, scope, prospect);
    if (quotations.length > 0)
      throw new TotvsError(
        422,
        quotationsRefusal(prospect, quotations),
        `prospect ${recordLabel(prospect)} has quotations ${quotations.join(",")}`,
      );
    await rejectPending(state, scope, recordQueueKey(prospect), "SUS", PROSPECT, recordLabel(prospect));
    return queueChange(c, state, viewer, PROSPECT_WRITES, prospect, "delete", { stamp });
  });

  /**
   * Prospect → customer [path defined here]. `If-Match` optional: when sent, a stale one is 409.
   * Refused at once (422) when already converted, or when its data would not make a valid customer
   * (the MATA030 critique, one detail per field); the job checks both again when it runs.
   */
  rest.post("/api/tgv/prospects/:code/:store/convert", async (c) => {
    const viewer = await requireSellerViewer(state, c);
    const find = () => prospectInScope(state, viewer, c);
    const [prospect, stamp] = await recordAtStamp(c, PROSPECT, find, { optional: true });
    rejectConverted(prospect);
    const scope = scopeOf(viewer);
    await rejectPending(state, scope, recordQueueKey(prospect), "SUS", PROSPECT, recordLabel(prospect));
    const asCustomer = customerPayloadOf(prospect);
    if (!asCustomer.ok) refuse(asCustomer.errors);
    else
      refuse(
        await critique(state, scope, asCustomer.payload, {
          kind: "prospect",
          seller: prospect.seller,
          self: prospect,
          converting: true,
        }),
      );
    return queueChange(c, state, viewer, PROSPECT_WRITES, prospect, "convert", { stamp });
  });
}

/** Prospects in the queue (ZTQ_CHAVE = code + store), for their seller. */
const PROSPECT_WRITES: QueuedResource<ProspectRecord> = {
  entity: "SUS",
  recordOf: (prospect) => ({ key: recordQueueKey(prospect), seller: prospect.seller }),
  accepted: recordAccepted,
};

function parsed(body: unknown): ProspectPayload {
  const result = parseProspectPayload(body);
  if (!result.ok) throw new OrderValidationError(400, result.errors, "Prospect");
  return result.payload;
}

/** 422 with one detail per field (a duplicate's keeps `reason` and, for the caller's own, the record). */
function refuse(errors: FieldError[]): void {
  if (errors.length > 0) throw new OrderValidationError(422, errors, "Prospect");
}

function rejectConverted(prospect: ProspectRecord): void {
  if (prospect.status === CONVERTED)
    throw new TotvsError(422, convertedRefusal(prospect), `prospect ${recordLabel(prospect)} has US_STATUS 6`);
}

async function critique(
  state: SandboxState,
  scope: Scope,
  payload: EntityPayload,
  options: CritiqueOptions,
): Promise<FieldError[]> {
  return (await critiqueEntity(state.db, scope, payload, options)).errors;
}

/** A seller reaches only their own prospects; anything else is "not found" (never reveal it exists). */
async function prospectInScope(state: SandboxState, viewer: Viewer, c: Context<AppEnv>): Promise<ProspectRecord> {
  const { code, store } = c.req.param() as { code: string; store: string };
  const prospect = await readProspectRecord(state.db, scopeOf(viewer), { code, store });
  if (!prospect || (!viewer.isAdmin && prospect.seller !== viewer.sellerCode))
    throw notFound(
      "Prospect não encontrado.",
      `prospects/${code}/${store}: no live prospect in scope of user ${viewer.user.id} in ${viewer.tenant.company},${viewer.tenant.branch}`,
    );
  return prospect;
}
