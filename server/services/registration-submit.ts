import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { normalizeDocument } from "@/lib/br-documents";
import { municipality } from "@/lib/br-municipality";
import { fieldCodes } from "@/lib/field-errors";
import {
  registrationFormSchema,
  registrationPayload,
  type RegistrationForm,
  type RegistrationKind,
} from "@/lib/schemas/registration-form";
import { erpForViewer, type Viewer } from "@/server/auth/viewer";
import type { ErpFieldError, ErpWords } from "@/server/erp/errors";
import { postRegistration, putRegistration } from "@/server/erp/protheus/registration";
import { getDb } from "@/server/store/db";
import { customers } from "@/server/store/schema";
import { scopeOf } from "@/server/sync/scope";
import { alreadySent, payloadHash, sendDraft } from "./draft-send";
import { saveDraft } from "./order-drafts";
import { ownRegistrationRecord, splitRecordKey } from "./registration-records";

/**
 * Sending a customer or prospect form (issue 18): parsed with the form's own schema, checked
 * against what only the server knows (the IBGE city of the UF, the rep's own portfolio for a
 * duplicate CPF/CNPJ), saved as a draft, then sent once through the draft machinery every write
 * shares (draft-send.ts) — POST with the draft's key as `externalid`, or PUT with the stamp the
 * record was read with. Seller and branch come from the session, never from the form.
 */

export type RegistrationOutcome =
  | { ok: true; queueId: string | null; orderId: string | null }
  /** Field codes (lib/field-errors.ts) worded in the viewer's language. */
  | { ok: false; reason: "invalid"; fieldErrors: Record<string, string> }
  /** The ERP's own critique, field by field (its words). */
  | ({ ok: false; reason: "rejected"; fieldErrors: Record<string, string> } & ErpWords)
  | ({ ok: false; reason: "conflict" } & ErpWords)
  | { ok: false; reason: "already_sent"; queueId: string }
  | { ok: false; reason: "not_sent" | "not_found" | "no_seller" };

type SubmitInput = {
  entity: RegistrationKind;
  draftId: string;
  kind: "new" | "edit";
  /** `code/store` of the record an edit changes. */
  record?: string;
  stamp?: string;
  form: unknown;
};

/** The wire body's field names → the form's. */
const FORM_FIELDS: Record<string, keyof RegistrationForm> = {
  personType: "personType",
  cgc: "document",
  name: "name",
  fantasy: "fantasy",
  customertype: "customerType",
  estadualregistration: "stateRegistration",
  municipalregistration: "municipalRegistration",
  zipcode: "zipcode",
  address: "street",
  addresscomplement: "complement",
  neighborhood: "neighborhood",
  uf: "uf",
  citycode: "cityCode",
  ddd: "ddd",
  phone: "phone",
  email: "email",
  contact: "contact",
};

/** A duplicate CPF/CNPJ in the portal's words: the rep's own record named, anyone else's only said to exist. */
function duplicateCode(entity: RegistrationKind, field: ErpFieldError): string {
  const of = field.duplicateOf ?? entity;
  if (field.record) return `duplicate_own_${of}:${field.record.code}/${field.record.store}`;
  return `duplicate_other_${of}`;
}

/** The ERP's critique as the form's field errors: the first per field; a duplicate in the portal's words. */
function formErrors(entity: RegistrationKind, fields: ErpFieldError[]) {
  const codes: Record<string, string> = {};
  const words: Record<string, string> = {};
  for (const f of fields) {
    const formField = FORM_FIELDS[f.field] ?? "form";
    if (f.reason === "duplicate") codes[formField] ??= duplicateCode(entity, f);
    else words[formField] ??= f.message;
  }
  return { codes, words };
}

/** The rep's own customer with this CPF/CNPJ (not the one being edited): said before any ERP call. */
async function ownDuplicate(viewer: Viewer, document: string, self: string | null): Promise<string | null> {
  if (!document) return null;
  const db = await getDb();
  const [row] = await db
    .select({ code: customers.code, store: customers.store })
    .from(customers)
    .where(
      and(
        eq(customers.scope, scopeOf(viewer)),
        eq(customers.document, document),
        ...(self ? [ne(customers.id, self)] : []),
      ),
    )
    .limit(1);
  return row ? `duplicate_own_customer:${row.code}/${row.store}` : null;
}

/** What only the server checks before the ERP: the city of the UF, the rep's own duplicate. */
async function serverChecks(viewer: Viewer, form: RegistrationForm, self: string | null) {
  const codes: Record<string, string> = {};
  if (form.cityCode && !municipality(form.cityCode, form.uf)) codes.cityCode = "city_not_in_uf";
  const duplicate = await ownDuplicate(viewer, normalizeDocument(form.document), self);
  if (duplicate) codes.document = duplicate;
  return codes;
}

export async function submitRegistration(viewer: Viewer, input: SubmitInput): Promise<RegistrationOutcome> {
  if (!viewer.seller) return { ok: false, reason: "no_seller" };
  const parsed = registrationFormSchema(input.entity).safeParse(input.form);
  if (!parsed.success) return { ok: false, reason: "invalid", fieldErrors: fieldCodes(parsed.error) };
  const form = parsed.data;

  const saved = await saveDraft(viewer, {
    id: input.draftId,
    document: input.entity,
    kind: input.kind,
    orderNumber: input.record,
    stamp: input.stamp,
    data: form,
  });
  if (!saved.ok && saved.reason === "not_found") return { ok: false, reason: "not_found" };
  if (!saved.ok) return sentBefore(viewer, input.draftId);
  if (saved.draft.kind !== input.kind || saved.draft.document !== input.entity)
    return { ok: false, reason: "not_found" };

  let recordId: string | null = null;
  const key = input.record ? splitRecordKey(input.record) : null;
  if (input.kind === "edit") {
    recordId = input.record ? await ownRegistrationRecord(viewer, input.entity, input.record) : null;
    if (!recordId || !key) return { ok: false, reason: "not_found" };
    if (!input.stamp) return { ok: false, reason: "conflict", message: "" };
  }
  const checks = await serverChecks(viewer, form, input.entity === "customer" ? recordId : null);
  if (Object.keys(checks).length > 0) return { ok: false, reason: "invalid", fieldErrors: checks };

  const payload = registrationPayload(form, input.entity);
  // The CPF/CNPJ and the person type name the record: an edit never sends them (the ERP refuses a change).
  const { cgc: _cgc, personType: _personType, ...editable } = payload;
  const sent = await sendDraft(viewer, {
    draftId: input.draftId,
    hash: input.kind === "new" ? payloadHash(payload) : null,
    what: input.entity,
    logFields: { kind: input.kind },
    fallbackKey: form.key,
    send: async (externalid) => {
      const target = await erpForViewer(viewer);
      return key
        ? putRegistration(target, input.entity, key, input.stamp!, editable)
        : postRegistration(target, input.entity, { ...payload, externalid });
    },
  });
  if (sent.ok) return { ok: true, queueId: sent.queueId, orderId: sent.recordId ?? recordId };
  if (sent.reason === "rejected") {
    const { error, ...words } = sent;
    const { codes, words: fieldWords } = formErrors(input.entity, error.fields);
    if (Object.keys(codes).length > 0) return { ok: false, reason: "invalid", fieldErrors: codes };
    return { ...words, fieldErrors: fieldWords };
  }
  return sent;
}

async function sentBefore(viewer: Viewer, draftId: string): Promise<RegistrationOutcome> {
  const sent = await alreadySent(viewer, draftId);
  return sent.ok ? { ok: true, queueId: sent.queueId, orderId: null } : { ok: false, reason: "not_found" };
}
