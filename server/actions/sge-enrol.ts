"use server";
import "server-only";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { documentKind } from "@/lib/br-documents";
import type { SgeEnrolmentResult, SgePeopleOnRecord } from "@/lib/types/sge";
import { getSgeViewer, type Viewer } from "@/server/auth/viewer";
import { ErpError, isRefusal } from "@/server/erp/errors";
import { getErpErrorText, getTranslations } from "@/server/i18n";
import { log } from "@/server/log";
import { discardEnrolment, saveEnrolmentDraft, submitEnrolment } from "@/server/services/sge-enrol";
import { lookupPeople } from "@/server/services/sge-enrol-people";

type Errors = Awaited<ReturnType<typeof getTranslations<"sgeEnrol.errors">>>;

/** Every enrolment action: the session's viewer with the `enrol` permission, errors in words, never a 500. */
async function withEnrolViewer<T>(
  run: (viewer: Viewer, t: Errors) => Promise<ActionResult<T>>,
): Promise<ActionResult<T>> {
  const t = await getTranslations("sgeEnrol.errors");
  const access = await getSgeViewer("enrol");
  if ("error" in access)
    return access.error === "unauthorized"
      ? { ok: false, error: t("unauthorized"), code: "session_expired" }
      : { ok: false, error: t("forbidden") };
  try {
    return await run(access.viewer, t);
  } catch (error) {
    if (error instanceof ErpError && error.kind === "session_expired")
      return { ok: false, error: t("unauthorized"), code: "session_expired" };
    if (error instanceof ErpError) {
      log.warn("sge.enrol_failed", { kind: error.kind, detail: error.detail });
      const erpText = await getErpErrorText();
      return { ok: false, error: isRefusal(error) ? t("sge", { message: erpText(error) }) : t("sge_unavailable") };
    }
    const correlationId = log.unexpected("sge.enrol_action", error);
    return { ok: false, error: t("unexpected", { id: correlationId }), correlationId };
  }
}

const idSchema = z.uuid();

export async function saveEnrolmentDraftAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return withEnrolViewer(async (viewer, t) => {
    const parsed = z.object({ id: idSchema, data: z.record(z.string(), z.unknown()) }).safeParse(input);
    if (!parsed.success) return { ok: false, error: t("draft_invalid") };
    const saved = await saveEnrolmentDraft(viewer, parsed.data.id, parsed.data.data);
    if (!saved.ok)
      return {
        ok: false,
        error: saved.reason === "too_large" ? t("draft_invalid") : t("draft_locked"),
        code: saved.reason === "locked" ? "locked" : undefined,
      };
    return { ok: true, data: { id: parsed.data.id } };
  });
}

export async function discardEnrolmentAction(input: unknown): Promise<ActionResult<{ discarded: boolean }>> {
  return withEnrolViewer(async (viewer, t) => {
    const parsed = z.object({ id: idSchema }).safeParse(input);
    if (!parsed.success || !(await discardEnrolment(viewer, parsed.data.id)))
      return { ok: false, error: t("not_found"), code: "not_found" };
    revalidatePath("/sge/enrolments");
    return { ok: true, data: { discarded: true } };
  });
}

/** Field codes go back as codes (the wizard words them); SGE's refusals as its own message. */
export async function submitEnrolmentAction(
  input: unknown,
): Promise<ActionResult<{ id: string; result: SgeEnrolmentResult }>> {
  return withEnrolViewer(async (viewer, t) => {
    const parsed = z.object({ id: idSchema, data: z.unknown() }).safeParse(input);
    if (!parsed.success) return { ok: false, error: t("draft_invalid") };
    const outcome = await submitEnrolment(viewer, parsed.data.id, parsed.data.data);
    revalidatePath("/sge/enrolments");
    if (outcome.ok) return { ok: true, data: { id: parsed.data.id, result: outcome.result } };
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
  });
}

const lookupSchema = z.object({
  coligada: z.union([z.literal(2), z.literal(3)]),
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
export async function lookupPeopleAction(input: unknown): Promise<ActionResult<SgePeopleOnRecord>> {
  return withEnrolViewer(async (viewer, t) => {
    const parsed = lookupSchema.safeParse(input);
    if (!parsed.success) return { ok: false, error: t("invalid") };
    return { ok: true, data: await lookupPeople(viewer, parsed.data) };
  });
}
