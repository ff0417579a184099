import type { Context, Hono } from "hono";
import type { AppEnv, SandboxState } from "../context";
import { readJsonBody } from "../errors";
import { queueEntity } from "../orders/entities";
import { OrderValidationError } from "../orders/http-errors";
import { parseContactPayload, type ContactPayload } from "../registration/contact-payload";
import {
  CONTACT_NOT_FOUND,
  ENTITY_NOT_FOUND,
  checkNewContact,
  contactCritique,
  entityChange,
  findEntity,
  readContact,
  type Contact,
} from "../registration/contact-write";
import {
  acceptedWith,
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
import { requireSellerViewer, sellerOf, type Viewer } from "./tgv/viewer";

/**
 * Contacts (SU5 + AC8 + AGB, TMKA070) of the PGV API [paths defined here, docs/registration.md
 * "Contacts"]: POST / PUT / DELETE validate, queue (ZTQ_ENTITY 'SU5', ZTQ_CHAVE = U5_CODCONT) and
 * answer `202 { queueId, status, id, duplicate }`; the job (registration/contact-process.ts) writes.
 * The contact's entity decides its seller: a seller reaches only contacts of their own customers
 * and prospects (anything else is 404), an administrator those of the whole branch. Reads are the
 * `contacts` / `phonecontacts` collections (tgv/contacts.ts) and `contactsqueue` (+ diffs) here.
 */
const CONTACT: RecordNoun = { one: "contato", many: "contatos" };

/** The contact items of the queue; `contactid` is U5_CODCONT (shared table: no branch prefix). */
export const contactsQueueEntity = queueEntity("contactsqueue", "SU5", {
  contactid: { sql: "NULLIF(trim(t.ZTQ_CHAVE), '')", type: "string", filter: true },
});

export function registerContactWriteRoutes(rest: Hono<AppEnv>, state: SandboxState): void {
  registerCollection(rest, state, "contactsqueue", contactsQueueEntity);

  rest.post("/api/tgv/contacts", async (c) => {
    const viewer = await requireSellerViewer(state, c);
    const payload = parsed(await readJsonBody(c), true);
    const scope = scopeOf(viewer);
    const externalid = payload.externalid ?? "";
    // The key is unique per seller: the caller's, or for an administrator the entity's seller.
    const owner = viewer.isAdmin
      ? (await findEntity(state.db, scope, payload.entity!, undefined))?.seller
      : viewer.sellerCode!;
    // Already queued or already a contact: answer what exists, never validate or queue again.
    return queueInsert(c, state, viewer, CONTACT_WRITES, { externalid, owner }, async () => {
      const checked = await checkNewContact(state.db, scope, payload, sellerOf(viewer));
      if (!checked.ok) {
        if (checked.notFound)
          throw notFound(
            ENTITY_NOT_FOUND,
            `contacts: entity ${JSON.stringify(payload.entity)} not in scope of ${who(viewer)}`,
          );
        throw new OrderValidationError(422, checked.errors, "Contato");
      }
      return { payload, seller: checked.entity.seller };
    });
  });

  rest.put("/api/tgv/contacts/:id", async (c) => {
    const viewer = await requireSellerViewer(state, c);
    const payload = parsed(await readJsonBody(c), false);
    const contact = await contactInScope(state, viewer, c.req.param("id"));
    const stamp = checkStamp(c, contact.stamp, payload.stamp, CONTACT);
    const errors = [...entityChange(payload, contact.entity), ...contactCritique(payload)];
    if (errors.length > 0) throw new OrderValidationError(422, errors, "Contato");
    return queued(c, state, viewer, contact, "update", { ...payload, stamp });
  });

  rest.delete("/api/tgv/contacts/:id", async (c) => {
    const viewer = await requireSellerViewer(state, c);
    const [contact, stamp] = await recordAtStamp(c, CONTACT, () => contactInScope(state, viewer, c.req.param("id")));
    return queued(c, state, viewer, contact, "delete", { stamp, name: contact.name });
  });
}

/** An update or delete of an existing contact: one pending operation at a time, under the entity's seller. */
async function queued(
  c: Context<AppEnv>,
  state: SandboxState,
  viewer: Viewer,
  contact: Contact,
  operation: "update" | "delete",
  payload: Record<string, unknown>,
) {
  await rejectPending(state, scopeOf(viewer), contact.code, "SU5", CONTACT);
  // `owner`: the entity type of the failure notice, should the job refuse the item.
  return queueChange(c, state, viewer, CONTACT_WRITES, contact, operation, { ...payload, owner: contact.entity.alias });
}

/**
 * Contacts in the queue (ZTQ_CHAVE = U5_CODCONT), under their entity's seller; 202 body [defined
 * here]: `id` is the contact code once there is one (null for an insert until the job runs).
 */
const CONTACT_WRITES: QueuedResource<Contact> = {
  entity: "SU5",
  recordOf: (contact) => ({ key: contact.code, seller: contact.entity.seller }),
  accepted: acceptedWith((_scope, item) => ({ id: item.key || null })),
};

function parsed(body: unknown, requireEntity: boolean): ContactPayload {
  const result = parseContactPayload(body, { requireEntity });
  if (!result.ok) throw new OrderValidationError(400, result.errors, "Contato");
  return result.payload;
}

const who = (viewer: Viewer) => `user ${viewer.user.id} in ${viewer.tenant.company},${viewer.tenant.branch}`;

/** A live contact of the viewer's customers or prospects; anything else is "not found" (never reveal it exists). */
async function contactInScope(state: SandboxState, viewer: Viewer, id: string): Promise<Contact> {
  const code = id.trim();
  const contact = /^[0-9A-Za-z]{6}$/.test(code)
    ? await readContact(state.db, scopeOf(viewer), code, sellerOf(viewer))
    : undefined;
  if (!contact) throw notFound(CONTACT_NOT_FOUND, `contacts/${id}: no live contact in scope of ${who(viewer)}`);
  return contact;
}
