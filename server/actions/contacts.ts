"use server";
import "server-only";

import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { submitContact } from "@/server/services/contact-submit";
import { createAction } from "./create-action";
import { sendFailure } from "./submit-result";

// The contacts of a customer or prospect (issue 18 item 7): the contact form's one send per draft.
// Deleting a contact is `deleteRegistrationAction` (entity "contact"), with the other registration writes.

/** What the send answers: the queue item to follow, and the contact code when the ERP already named it. */
export type ContactSent = { queueId: string | null; contact: string | null };

/** Sends a contact: the form parsed with its own schema, the entity one of the viewer's own, seller and branch from the session. */
export const submitContactAction = createAction({
  name: "contacts.submit",
  access: "sales",
  messages: "registration.errors",
  erpUnauthorizedIsSession: true,
  schema: z.object({
    draftId: z.uuid(),
    kind: z.enum(["new", "edit"]),
    contact: z
      .string()
      .regex(/^[0-9A-Za-z]{1,6}$/)
      .optional(),
    stamp: z.string().max(40).optional(),
    entity: z.object({
      type: z.enum(["customer", "prospect"]),
      code: z.string().regex(/^[0-9A-Za-z ]{1,6}$/),
      store: z.string().regex(/^[0-9A-Za-z ]{1,2}$/),
    }),
    form: z.unknown(),
  }),
  // A contact belongs to its customer or prospect: adding or changing one is editing them.
  privilege: (input) => (input.entity.type === "customer" ? "customers.edit" : "prospects.edit"),
  invalid: (t) => ({ ok: false, error: t("invalid"), fieldErrors: { form: t("invalid") } }),
  run: async ({ viewer, input, t }): Promise<ActionResult<ContactSent>> => {
    const outcome = await submitContact(viewer, input);
    if (outcome.ok) return { ok: true, data: { queueId: outcome.queueId, contact: outcome.contact } };
    return sendFailure(t, outcome);
  },
});
