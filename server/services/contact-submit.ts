import "server-only";
import { contactFormSchema, contactPayload, sentPhoneRows, type ContactForm } from "@/lib/schemas/contact-form";
import { fieldCodes } from "@/lib/field-errors";
import type { ContactOwner } from "@/lib/types/contact";
import { erpForViewer, type Viewer } from "@/server/auth/viewer";
import type { ErpFieldError, ErpWords } from "@/server/erp/errors";
import { postRegistration, putRegistration } from "@/server/erp/protheus/registration";
import { belongsTo, ownContact, type ContactEntity } from "./contacts";
import { findCustomer } from "./customers";
import { alreadySent, payloadHash, sendDraft } from "./draft-send";
import { saveDraft } from "./order-drafts";
import { ownProspect } from "./prospects";

/**
 * Sending a contact of a customer or prospect (issue 18 item 7), like the customer form
 * (registration-submit.ts): parsed with the form's own schema, the entity checked to be one of the
 * viewer's own (the contact's entity decides whose it is), saved as a draft, then sent once through
 * the draft machinery every write shares (draft-send.ts) — POST with the draft's key as
 * `externalid`, or PUT with the stamp the contact was read with. The ERP's critique comes back on
 * the form's fields.
 */

export type ContactOutcome =
  | { ok: true; queueId: string | null; contact: string | null }
  /** Field codes (lib/field-errors.ts) worded in the viewer's language. */
  | { ok: false; reason: "invalid"; fieldErrors: Record<string, string> }
  /** The ERP's own critique, field by field (its words). */
  | ({ ok: false; reason: "rejected"; fieldErrors: Record<string, string> } & ErpWords)
  | ({ ok: false; reason: "conflict" } & ErpWords)
  | { ok: false; reason: "already_sent"; queueId: string }
  | { ok: false; reason: "not_sent" | "not_found" | "no_seller" };

export type ContactSubmitInput = {
  draftId: string;
  kind: "new" | "edit";
  /** The contact code (U5_CODCONT) an edit changes, and the stamp it was read with. */
  contact?: string;
  stamp?: string;
  entity: ContactOwner;
  form: unknown;
};

/** The viewer's own customer or prospect, as the ERP keys it; null for anyone else's. */
async function ownEntity(viewer: Viewer, entity: ContactOwner): Promise<ContactEntity | null> {
  const found =
    entity.type === "customer"
      ? await findCustomer(viewer, entity.code, entity.store)
      : await ownProspect(viewer, entity.code, entity.store);
  return found ? { type: entity.type, code: found.code, store: found.store, document: found.document } : null;
}

/** The ERP's field (`phones.1.phone`, of the phones sent) → the form's (`phones.2.number`, blank rows included). */
function formField(field: string, form: ContactForm): string {
  if (field === "name" || field === "email" || field === "role" || field === "phones") return field;
  const phone = /^phones\.(\d+)\.(\w+)$/.exec(field);
  const row = phone ? sentPhoneRows(form)[Number(phone[1])] : undefined;
  if (phone && row !== undefined)
    return `phones.${row}.${phone[2] === "ddd" || phone[2] === "type" ? phone[2] : "number"}`;
  return "form";
}

function formErrors(fields: ErpFieldError[], form: ContactForm): Record<string, string> {
  const words: Record<string, string> = {};
  for (const f of fields) words[formField(f.field, form)] ??= f.message;
  return words;
}

export async function submitContact(viewer: Viewer, input: ContactSubmitInput): Promise<ContactOutcome> {
  if (!viewer.seller) return { ok: false, reason: "no_seller" };
  const parsed = contactFormSchema.safeParse(input.form);
  if (!parsed.success) return { ok: false, reason: "invalid", fieldErrors: fieldCodes(parsed.error) };
  const form = parsed.data;

  // The contact's entity decides whose it is: only the viewer's own customers and prospects take one.
  const entity = await ownEntity(viewer, input.entity);
  if (!entity) return { ok: false, reason: "not_found" };
  if (input.kind === "edit") {
    const stored = input.contact ? await ownContact(viewer, input.contact) : null;
    if (!stored || !belongsTo(stored, entity)) return { ok: false, reason: "not_found" };
    if (!input.stamp) return { ok: false, reason: "conflict", message: "" };
  }

  const saved = await saveDraft(viewer, {
    id: input.draftId,
    document: "contact",
    kind: input.kind,
    orderNumber: input.kind === "edit" ? input.contact : undefined,
    stamp: input.stamp,
    data: form,
  });
  if (!saved.ok && saved.reason === "not_found") return { ok: false, reason: "not_found" };
  if (!saved.ok) return sentBefore(viewer, input.draftId);
  if (saved.draft.kind !== input.kind || saved.draft.document !== "contact") return { ok: false, reason: "not_found" };

  const payload = contactPayload(form, entity);
  // An edit names the contact; its entity never changes (the ERP refuses a different one), so it is not sent.
  const { entity: _entity, ...editable } = payload;
  const sent = await sendDraft(viewer, {
    draftId: input.draftId,
    hash: input.kind === "new" ? payloadHash(payload) : null,
    what: "contact",
    logFields: { kind: input.kind, entity: entity.type, phones: payload.phones.length },
    fallbackKey: form.key,
    send: async (externalid) => {
      const target = await erpForViewer(viewer);
      return input.kind === "edit"
        ? putRegistration(target, "contact", { code: input.contact! }, input.stamp!, editable)
        : postRegistration(target, "contact", { ...payload, externalid });
    },
  });
  if (sent.ok) return { ok: true, queueId: sent.queueId, contact: sent.recordId ?? input.contact ?? null };
  if (sent.reason === "rejected") {
    const { error, ...words } = sent;
    // The ERP no longer shows the entity or the contact to this seller (moved since the last sync).
    if (error.kind === "not_found") return { ok: false, reason: "not_found" };
    return { ...words, fieldErrors: formErrors(error.fields, form) };
  }
  return sent;
}

async function sentBefore(viewer: Viewer, draftId: string): Promise<ContactOutcome> {
  const sent = await alreadySent(viewer, draftId);
  return sent.ok ? { ok: true, queueId: sent.queueId, contact: null } : { ok: false, reason: "not_found" };
}
