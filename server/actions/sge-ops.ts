"use server";
import "server-only";

import { revalidatePath } from "next/cache";
import type * as z from "zod/mini";
import type { PrivilegeKey } from "@/lib/privileges";
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
import type { SgePermission, Viewer } from "@/server/auth/viewer";
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
import { createAction, type ActionWords } from "./create-action";
import { getErpErrorText } from "@/server/i18n";

/**
 * Server actions of the SGE back office, through the one action client: the viewer holding the
 * SGE permission (re-checked on every call, whatever the page showed), the input parsed with the
 * very schema the browser used (field codes in words), the service, and its outcome in the
 * viewer's language. RM's errors are sorted by the services (`sgeFailure`); anything else is
 * logged with a correlation id.
 */
/** The ERP profile's privilege of each back-office area (lib/privileges.ts): the sellers' ops here are PJ's. */
const opsPrivilege: Record<SgePermission, PrivilegeKey | undefined> = {
  enrol: "sge.pj",
  finance: "sge.finance",
  admin: undefined,
};

function run<S extends z.ZodMiniType, T>(
  permission: SgePermission,
  schema: S,
  service: (viewer: Viewer, data: z.infer<S>) => Promise<OpOutcome<T>>,
  revalidate: string,
): (input: unknown) => Promise<SgeOpsResult<T>> {
  return createAction({
    name: "sge-ops.action",
    access: permission,
    privilege: opsPrivilege[permission],
    messages: "sgeOps.errors",
    schema,
    logFields: (viewer) => ({ alias: viewer.alias, login: viewer.login }),
    run: async ({ viewer, input, t }): Promise<SgeOpsResult<T>> => {
      const outcome = await service(viewer, input);
      if (outcome.ok) revalidatePath(revalidate, revalidate.includes("[") ? "page" : undefined);
      return resultOf(t, await getErpErrorText(), outcome);
    },
  });
}

type ErpText = Awaited<ReturnType<typeof getErpErrorText>>;

function resultOf<T>(t: ActionWords, erpText: ErpText, outcome: OpOutcome<T>): SgeOpsResult<T> {
  if (outcome.ok) return outcome;
  switch (outcome.reason) {
    case "forbidden":
      return { ok: false, error: t("forbidden"), code: "forbidden" };
    case "no_connection":
      return { ok: false, error: t("no_connection"), code: "unavailable" };
    case "not_found":
      return { ok: false, error: t("not_found"), code: "not_found" };
    case "refused": {
      const text = t(`refused.${outcome.code}`);
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
        error: t("rejected", { message: erpText(outcome) }),
        code: "rejected",
        fieldErrors: outcome.fieldErrors,
      };
    case "unavailable":
      return {
        ok: false,
        error: outcome.message ? erpText({ message: outcome.message, generic: outcome.generic }) : t("unavailable"),
        code: "unavailable",
      };
  }
}

// ---- PJ contracts (sellers) -------------------------------------------------------------------

export const savePjContractAction = run("enrol", pjContractFormSchema, registerPjContract, "/sge/pj-contracts");

export const consultPjContractAction = run("enrol", pjConsultFormSchema, consultPjContracts, "/sge/pj-contracts");

// ---- finance (finance team) ---------------------------------------------------------------------

const FINANCE = "/sge/finance/[coligada]/[xnumpro]";

export const includeLaunchAction = run("finance", includeLaunchSchema, includeContractLaunch, FINANCE);

export const cancelLaunchAction = run("finance", cancelLaunchSchema, cancelContractLaunch, FINANCE);

export const settleLaunchAction = run("finance", settleSchema, settleContractLaunch, FINANCE);

export const cancelSettlementAction = run("finance", cancelSettlementSchema, cancelLaunchSettlement, FINANCE);

export const changeNossoNumeroAction = run("finance", nossoNumeroSchema, changeLaunchNossoNumero, FINANCE);

export const createAgreementAction = run("finance", agreementSchema, createContractAgreement, FINANCE);

export const cancelAgreementAction = run("finance", cancelAgreementSchema, cancelContractAgreement, FINANCE);

// ---- administration (Protheus administrators) -------------------------------------------------------

export const saveCrmServiceAction = run("admin", crmServiceSchema, saveCrmService, "/sge/admin");

export const saveAccountingItemAction = run("admin", accountingItemSchema, saveAccountingItem, "/sge/admin");
