"use server";
import "server-only";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { documentKind } from "@/lib/br-documents";
import type { SgeEnrolmentResult, SgePeopleOnRecord } from "@/lib/types/sge";
import { submitEnrolment } from "@/server/services/sge-enrol";
import { discardEnrolment, saveEnrolmentDraft } from "@/server/services/sge-enrol-drafts";
import { lookupPeople } from "@/server/services/sge-enrol-people";
import { createAction } from "./create-action";
import { getErpErrorText } from "@/server/i18n";

/** Every enrolment action: the session's viewer with the `enrol` permission, SGE's refusals in its own words, never a 500. */
const enrol = {
  name: "sge.enrol",
  access: "enrol",
  privilege: "sge.enrol",
  messages: "sgeEnrol.errors",
  erp: { refusal: "sge", unavailable: "sge_unavailable" },
} as const;

const idSchema = z.uuid();
/** What the wizard sends, to save or to submit: its form values as they stand (the service checks them). */
const draftSchema = z.object({ id: idSchema, data: z.record(z.string(), z.unknown()) });

export const saveEnrolmentDraftAction = createAction({
  ...enrol,
  schema: draftSchema,
  invalid: (t) => ({ ok: false, error: t("draft_invalid") }),
  run: async ({ viewer, input, t }): Promise<ActionResult<{ id: string }>> => {
    const saved = await saveEnrolmentDraft(viewer, input.id, input.data);
    if (!saved.ok)
      return {
        ok: false,
        error: saved.reason === "too_large" ? t("draft_invalid") : t("draft_locked"),
        code: saved.reason === "locked" ? "locked" : undefined,
      };
    return { ok: true, data: { id: input.id } };
  },
});

export const discardEnrolmentAction = createAction({
  ...enrol,
  schema: z.object({ id: idSchema }),
  invalid: (t) => ({ ok: false, error: t("not_found"), code: "not_found" }),
  run: async ({ viewer, input, t }): Promise<ActionResult<{ discarded: boolean }>> => {
    if (!(await discardEnrolment(viewer, input.id))) return { ok: false, error: t("not_found"), code: "not_found" };
    revalidatePath("/sge/enrolments");
    return { ok: true, data: { discarded: true } };
  },
});

/** Field codes go back as codes (the wizard words them); SGE's refusals as its own message. */
export const submitEnrolmentAction = createAction({
  ...enrol,
  schema: draftSchema,
  invalid: (t) => ({ ok: false, error: t("draft_invalid") }),
  run: async ({ viewer, input, t }): Promise<ActionResult<{ id: string; result: SgeEnrolmentResult }>> => {
    const outcome = await submitEnrolment(viewer, input.id, input.data);
    revalidatePath("/sge/enrolments");
    if (outcome.ok) return { ok: true, data: { id: input.id, result: outcome.result } };
    switch (outcome.reason) {
      case "invalid":
        return { ok: false, error: t("invalid"), fieldErrors: outcome.fields };
      case "failed":
        return {
          ok: false,
          error: t(`failed_${outcome.step}`, {
            message:
              outcome.message === null
                ? t("sge_unavailable")
                : (await getErpErrorText())({ message: outcome.message, generic: outcome.generic }),
          }),
          code: "not_sent",
        };
      case "busy":
        return { ok: false, error: t("busy"), code: "locked" };
      case "already_enrolled":
        return { ok: false, error: t("already_enrolled"), code: "locked" };
      default:
        return { ok: false, error: t("not_found"), code: "not_found" };
    }
  },
});

const lookupSchema = z.object({
  coligada: z.number().int().positive(),
  responsible: z
    .string()
    .max(20)
    .refine((v) => documentKind(v) !== null)
    .optional(),
  student: z
    .string()
    .max(20)
    .refine((v) => documentKind(v) === "cpf")
    .optional(),
});

/** What RM holds for the wizard's CPF/CNPJ (issue 14 item 12): masked, read on the server through RealizaConsulta. */
export const lookupPeopleAction = createAction({
  ...enrol,
  schema: lookupSchema,
  invalid: (t) => ({ ok: false, error: t("invalid") }),
  run: async ({ viewer, input }): Promise<ActionResult<SgePeopleOnRecord>> => ({
    ok: true,
    data: await lookupPeople(viewer, input),
  }),
});
