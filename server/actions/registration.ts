"use server";
import "server-only";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import type { DraftSummary } from "@/lib/types/order-entry";
import { getErpErrorText } from "@/server/i18n";
import { discardDraft, draftInputSchema, saveDraft } from "@/server/services/order-drafts";
import { convertOwnProspect, deleteOwnRegistration } from "@/server/services/registration-actions";
import { submitRegistration } from "@/server/services/registration-submit";
import { contactEditPrivilege, documentPrivilege, draftViewPrivilege } from "@/server/services/privilege-keys";
import { createAction } from "./create-action";
import { draftSaved, submitResult, type Submitted } from "./submit-result";

// Registration from the field: customer and prospect forms (draft + one send per draft), delete, conversion.

const registration = {
  name: "registration.action",
  access: "sales",
  messages: "registration.errors",
  erpUnauthorizedIsSession: true,
} as const;

const entitySchema = z.enum(["customer", "prospect"]);
/** `code/store` of a customer or prospect. */
const recordSchema = z.string().regex(/^[0-9A-Za-z]{1,6}\/[0-9A-Za-z]{1,2}$/);

/** Saves the customer or prospect being typed (called as the rep types). */
export const saveRegistrationDraft = createAction({
  ...registration,
  schema: draftInputSchema.extend({ document: entitySchema }),
  privilege: (input) => documentPrivilege(input.document, input.kind === "new" ? "add" : "edit"),
  invalid: (t) => ({ ok: false, error: t("draft_invalid") }),
  run: async ({ viewer, input, t }): Promise<ActionResult<DraftSummary>> => {
    return draftSaved(t, await saveDraft(viewer, input));
  },
});

export const discardRegistrationDraft = createAction({
  ...registration,
  schema: z.object({ id: z.uuid() }),
  privilege: (input, viewer) => draftViewPrivilege(viewer, input.id),
  invalid: (t) => ({ ok: false, error: t("not_found") }),
  run: async ({ viewer, input, t }): Promise<ActionResult<{ discarded: boolean }>> => {
    const discarded = await discardDraft(viewer, input.id);
    return discarded ? { ok: true, data: { discarded } } : { ok: false, error: t("not_found"), code: "not_found" };
  },
});

/** Sends the form: parsed with the form's own schema, checked on the server, seller and branch from the session. */
export const submitRegistrationAction = createAction({
  ...registration,
  schema: z.object({
    entity: entitySchema,
    draftId: z.uuid(),
    kind: z.enum(["new", "edit"]),
    record: recordSchema.optional(),
    stamp: z.string().max(40).optional(),
    form: z.unknown(),
  }),
  privilege: (input) => documentPrivilege(input.entity, input.kind === "new" ? "add" : "edit"),
  invalid: (t) => ({ ok: false, error: t("invalid"), fieldErrors: { form: t("invalid") } }),
  run: async ({ viewer, input, t }): Promise<ActionResult<Submitted>> => {
    const outcome = await submitRegistration(viewer, input);
    if (outcome.ok) revalidatePath(input.entity === "customer" ? "/customers" : "/prospects");
    return submitResult(t, outcome);
  },
});

type Changed = ActionResult<{ queueId: string }>;

async function changedResult(
  t: (key: string, values?: Record<string, string>) => string,
  outcome: Awaited<ReturnType<typeof deleteOwnRegistration>>,
): Promise<Changed> {
  if (outcome.ok) return { ok: true, data: { queueId: outcome.queueId } };
  if (outcome.reason === "conflict") return { ok: false, error: t("conflict"), code: "conflict" };
  if (outcome.reason === "rejected")
    return { ok: false, error: t("refused", { message: (await getErpErrorText())(outcome) }) };
  if (outcome.reason === "not_sent") return { ok: false, error: t("erp"), code: "not_sent" };
  return { ok: false, error: t("not_found"), code: "not_found" };
}

/** Deletes one of the viewer's customers, prospects or contacts (after the page's confirmation). */
export const deleteRegistrationAction = createAction({
  ...registration,
  schema: z.object({
    entity: z.enum(["customer", "prospect", "contact"]),
    record: z.string().regex(/^[0-9A-Za-z]{1,6}(\/[0-9A-Za-z]{1,2})?$/),
    stamp: z.string().min(1).max(40),
  }),
  privilege: (input, viewer) =>
    input.entity === "contact" ? contactEditPrivilege(viewer, input.record) : documentPrivilege(input.entity, "delete"),
  invalid: (t) => ({ ok: false, error: t("not_found"), code: "not_found" }),
  run: async ({ viewer, input, t }) =>
    changedResult(t, await deleteOwnRegistration(viewer, input.entity, input.record, input.stamp)),
});

/** Converts one of the viewer's prospects into a customer. */
export const convertProspectAction = createAction({
  ...registration,
  schema: z.object({ record: recordSchema, stamp: z.string().min(1).max(40) }),
  // The conversion makes a customer of the prospect.
  privilege: ["prospects.edit", "customers.add"],
  invalid: (t) => ({ ok: false, error: t("not_found"), code: "not_found" }),
  run: async ({ viewer, input, t }) => changedResult(t, await convertOwnProspect(viewer, input.record, input.stamp)),
});
