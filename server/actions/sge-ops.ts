"use server";
import "server-only";

import { revalidatePath } from "next/cache";
import type * as z from "zod/mini";
import { fieldCodes, fieldMessages } from "@/lib/sge/ops/field-errors";
import type { SgeOpsResult } from "@/lib/sge/ops/result";
import {
  accountingItemSchema,
  agreementSchema,
  cancelAgreementSchema,
  cancelLaunchSchema,
  cancelSettlementSchema,
  crmServiceSchema,
  includeLaunchSchema,
  nossoNumeroSchema,
  pjConsultFormSchema,
  pjContractFormSchema,
  settleSchema,
} from "@/lib/sge/ops/schemas";
import type { PjContractStatus } from "@/lib/sge/ops/types";
import { getSgeViewer, type SgePermission, type Viewer } from "@/server/auth/viewer";
import { getErpErrorText, getFormat, getTranslations } from "@/server/i18n";
import { log } from "@/server/log";
import { saveAccountingItem, saveCrmService } from "@/server/services/sge-admin";
import {
  cancelContractAgreement,
  cancelContractLaunch,
  cancelLaunchSettlement,
  changeLaunchNossoNumero,
  createContractAgreement,
  includeContractLaunch,
  settleContractLaunch,
} from "@/server/services/sge-finance";
import type { OpOutcome } from "@/server/services/sge-ops";
import { consultPjContracts, registerPjContract } from "@/server/services/sge-pj";

/**
 * Server actions of the SGE back office. Each is the same few steps: the viewer holding the SGE
 * permission (re-checked on every call, whatever the page showed), the input parsed with the very
 * schema the browser used, the service, and its outcome in the viewer's language. Only expected
 * failures carry their message; anything else is logged with a correlation id.
 */

type Errors = Awaited<ReturnType<typeof getTranslations<"sgeOps.errors">>>;

async function run<S extends z.ZodMiniType, T>(
  permission: SgePermission,
  schema: S,
  input: unknown,
  service: (viewer: Viewer, data: z.infer<S>) => Promise<OpOutcome<T>>,
  revalidate: string,
): Promise<SgeOpsResult<T>> {
  const t = await getTranslations("sgeOps.errors");
  const access = await getSgeViewer(permission);
  if ("error" in access)
    return access.error === "unauthorized"
      ? { ok: false, error: t("unauthorized"), code: "session_expired" }
      : { ok: false, error: t("forbidden"), code: "forbidden" };
  try {
    const parsed = schema.safeParse(input);
    if (!parsed.success)
      return { ok: false, error: t("invalid"), code: "invalid", fieldErrors: await words(t, fieldCodes(parsed.error)) };
    const outcome = await service(access.viewer, parsed.data);
    if (outcome.ok) revalidatePath(revalidate, revalidate.includes("[") ? "page" : undefined);
    return await resultOf(t, outcome);
  } catch (error) {
    const correlationId = log.unexpected("sge-ops.action", error, {
      alias: access.viewer.alias,
      login: access.viewer.login,
    });
    return { ok: false, error: t("unexpected", { id: correlationId }), correlationId };
  }
}

async function words(t: Errors, codes: Record<string, string>) {
  const f = await getFormat();
  return fieldMessages(codes, (k, v) => t(`field.${k}` as "field.invalid", v), f.money);
}

async function resultOf<T>(t: Errors, outcome: OpOutcome<T>): Promise<SgeOpsResult<T>> {
  if (outcome.ok) return outcome;
  switch (outcome.reason) {
    case "forbidden":
      return { ok: false, error: t("forbidden"), code: "forbidden" };
    case "no_connection":
      return { ok: false, error: t("no_connection"), code: "unavailable" };
    case "not_found":
      return { ok: false, error: t("not_found"), code: "not_found" };
    case "refused": {
      const text = t(`refused.${outcome.code}` as "refused.launch_settled");
      return {
        ok: false,
        error: text,
        code: "refused",
        fieldErrors: outcome.field ? { [outcome.field]: text } : undefined,
      };
    }
    case "rejected":
      return {
        ok: false,
        error: t("rejected", { message: (await getErpErrorText())(outcome) }),
        code: "rejected",
        fieldErrors: outcome.fieldErrors,
      };
    case "unavailable":
      return {
        ok: false,
        error: outcome.message
          ? (await getErpErrorText())({ message: outcome.message, generic: outcome.generic })
          : t("unavailable"),
        code: "unavailable",
      };
  }
}

// ---- PJ contracts (sellers) -------------------------------------------------------------------

export async function savePjContractAction(input: unknown): Promise<SgeOpsResult> {
  return run("enrol", pjContractFormSchema, input, registerPjContract, "/sge/pj-contracts");
}

export async function consultPjContractAction(input: unknown): Promise<SgeOpsResult<PjContractStatus[]>> {
  return run("enrol", pjConsultFormSchema, input, consultPjContracts, "/sge/pj-contracts");
}

// ---- finance (finance team) ---------------------------------------------------------------------

const FINANCE = "/sge/finance/[coligada]/[xnumpro]";

export async function includeLaunchAction(input: unknown): Promise<SgeOpsResult<{ launchId: number }>> {
  return run("finance", includeLaunchSchema, input, includeContractLaunch, FINANCE);
}

export async function cancelLaunchAction(input: unknown): Promise<SgeOpsResult> {
  return run("finance", cancelLaunchSchema, input, cancelContractLaunch, FINANCE);
}

export async function settleLaunchAction(input: unknown): Promise<SgeOpsResult> {
  return run("finance", settleSchema, input, settleContractLaunch, FINANCE);
}

export async function cancelSettlementAction(input: unknown): Promise<SgeOpsResult> {
  return run("finance", cancelSettlementSchema, input, cancelLaunchSettlement, FINANCE);
}

export async function changeNossoNumeroAction(input: unknown): Promise<SgeOpsResult> {
  return run("finance", nossoNumeroSchema, input, changeLaunchNossoNumero, FINANCE);
}

export async function createAgreementAction(input: unknown): Promise<SgeOpsResult<{ agreementId: number }>> {
  return run("finance", agreementSchema, input, createContractAgreement, FINANCE);
}

export async function cancelAgreementAction(input: unknown): Promise<SgeOpsResult> {
  return run("finance", cancelAgreementSchema, input, cancelContractAgreement, FINANCE);
}

// ---- administration (Protheus administrators) -------------------------------------------------------

export async function saveCrmServiceAction(input: unknown): Promise<SgeOpsResult> {
  return run("admin", crmServiceSchema, input, saveCrmService, "/sge/admin");
}

export async function saveAccountingItemAction(input: unknown): Promise<SgeOpsResult> {
  return run("admin", accountingItemSchema, input, saveAccountingItem, "/sge/admin");
}
