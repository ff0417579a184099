import "server-only";
import type {
  AgreementForm,
  CancelAgreementForm,
  CancelLaunchForm,
  CancelSettlementForm,
  IncludeLaunchForm,
  NossoNumeroForm,
  SettleForm,
} from "@/lib/sge/ops/schemas";
import type { CashAccount, FinanceContract, FinanceLaunch } from "@/lib/sge/ops/types";
import type { Viewer } from "@/server/auth/viewer";
import { businessToday } from "@/server/clock";
import {
  cancelAgreement,
  cancelLaunch,
  cancelSettlement,
  changeNossoNumero,
  createAgreement,
  includeLaunch,
  settleLaunch,
} from "@/server/erp/sge/client";
import {
  AGREEMENT_FIELDS,
  LAUNCH_FIELDS,
  SETTLE_FIELDS,
  toAgreementRequest,
  toCancelAgreementRequest,
  toCancelLaunchRequest,
  toCancelSettlementRequest,
  toIncludeLaunchRequest,
  toNossoNumeroRequest,
  toSettleRequest,
} from "@/server/erp/sge/finance-requests";
import { cashAccountsFor, loadContract } from "./sge-finance-read";
import { auditedFinanceCall, isFailure, sgeContext, type OpFailure, type OpOutcome, type SgeContext } from "./sge-ops";

/**
 * The SGE finance operations (issue 7). Each one re-checks the finance permission, reads the
 * contract from SGE again (the page may be stale; ids from the browser are only looked up in it),
 * checks what RM would refuse anyway so the user gets a precise message, sends the call and writes
 * the audit row (`auditedFinanceCall`). The bodies are built in server/erp/sge/finance-requests.ts.
 */

type Prepared = { context: SgeContext; contract: FinanceContract };

async function prepare(viewer: Viewer, ref: { coligada: number; xnumpro: string }): Promise<Prepared | OpFailure> {
  const context = sgeContext(viewer, "finance");
  if (isFailure(context)) return context;
  const contract = await loadContract(viewer, ref.coligada, ref.xnumpro);
  if (!contract.ok) return contract;
  return { context, contract: contract.data };
}

function launchOf(contract: FinanceContract, launchId: number): FinanceLaunch | OpFailure {
  return contract.launches.find((l) => l.id === launchId) ?? { ok: false, reason: "not_found" };
}

async function accountOf(
  viewer: Viewer,
  contract: FinanceContract,
  code: string,
  noMovement: boolean,
  field: string,
): Promise<CashAccount | OpFailure> {
  const accounts = await cashAccountsFor(viewer, contract.coligada, contract.protheusBranch);
  if (!accounts.ok) return accounts;
  const account = accounts.data.find((a) => a.code === code && a.noMovement === noMovement);
  return account ?? { ok: false, reason: "refused", code: "account_unknown", field };
}

const audit = (
  contract: FinanceContract,
  operation: Parameters<typeof auditedFinanceCall>[1]["operation"],
  request: unknown,
) => ({ coligada: contract.coligada, xnumpro: contract.xnumpro, operation, request });

/** InclusaoLancamento: a new launch on the contract (the Protheus title of a manager sales order). */
export async function includeContractLaunch(
  viewer: Viewer,
  form: IncludeLaunchForm,
): Promise<OpOutcome<{ launchId: number }>> {
  const ready = await prepare(viewer, form);
  if (isFailure(ready)) return ready;
  const { context, contract } = ready;
  let bank: CashAccount | null = null;
  if (form.cashAccount) {
    const account = await accountOf(viewer, contract, form.cashAccount, false, "cashAccount");
    if (isFailure(account)) return account;
    bank = account;
  }
  const request = toIncludeLaunchRequest(contract, form, bank);
  const outcome = await auditedFinanceCall(
    viewer,
    audit(contract, "include_launch", request),
    () => includeLaunch(context.connection, request),
    (r) => r.message,
    LAUNCH_FIELDS,
  );
  return outcome.ok ? { ...outcome, data: { launchId: outcome.data.idLan } } : outcome;
}

/** CancelamentoLancamento: FLAN.STATUS → 2 (cancelled). Only an open launch. */
export async function cancelContractLaunch(viewer: Viewer, form: CancelLaunchForm): Promise<OpOutcome<null>> {
  const ready = await prepare(viewer, form);
  if (isFailure(ready)) return ready;
  const launch = launchOf(ready.contract, form.launchId);
  if (isFailure(launch)) return launch;
  if (launch.status !== "open")
    return {
      ok: false,
      reason: "refused",
      code: launch.status === "cancelled" ? "launch_cancelled" : "launch_settled",
    };
  const request = toCancelLaunchRequest(ready.contract, launch, form);
  const outcome = await auditedFinanceCall(
    viewer,
    audit(ready.contract, "cancel_launch", request),
    () => cancelLaunch(ready.context.connection, request),
    (m) => m,
  );
  return outcome.ok ? { ...outcome, data: null } : outcome;
}

/**
 * BaixaTitulo. The schema already checked ValorBaixa = original + interest + fine − discount; here
 * the original must still be the launch's (a stale page would settle the wrong amount) and the
 * cash account must be one of the branch's, of the kind chosen.
 */
export async function settleContractLaunch(viewer: Viewer, form: SettleForm): Promise<OpOutcome<null>> {
  const ready = await prepare(viewer, form);
  if (isFailure(ready)) return ready;
  const launch = launchOf(ready.contract, form.launchId);
  if (isFailure(launch)) return launch;
  if (launch.status !== "open")
    return {
      ok: false,
      reason: "refused",
      code: launch.status === "cancelled" ? "launch_cancelled" : "launch_settled",
    };
  if (launch.original !== form.original)
    return { ok: false, reason: "refused", code: "original_changed", field: "original" };
  // A settlement records money received: never on a day that has not come.
  if (form.date > businessToday()) return { ok: false, reason: "refused", code: "future_date", field: "date" };
  const noMovement = Boolean(form.noMovementAccount);
  const account = await accountOf(
    viewer,
    ready.contract,
    noMovement ? form.noMovementAccount : form.bankAccount,
    noMovement,
    noMovement ? "noMovementAccount" : "bankAccount",
  );
  if (isFailure(account)) return account;
  const request = toSettleRequest(ready.contract, launch, form, account, noMovement);
  const outcome = await auditedFinanceCall(
    viewer,
    audit(ready.contract, "settle", request),
    () => settleLaunch(ready.context.connection, request),
    (m) => m,
    SETTLE_FIELDS,
  );
  return outcome.ok ? { ...outcome, data: null } : outcome;
}

/** CancelamentoBaixa of one active, normal settlement (agreement settlements go with the agreement). */
export async function cancelLaunchSettlement(viewer: Viewer, form: CancelSettlementForm): Promise<OpOutcome<null>> {
  const ready = await prepare(viewer, form);
  if (isFailure(ready)) return ready;
  const launch = launchOf(ready.contract, form.launchId);
  if (isFailure(launch)) return launch;
  const settlement = launch.settlements.find((s) => s.id === form.settlementId);
  if (!settlement) return { ok: false, reason: "not_found" };
  if (settlement.cancelled) return { ok: false, reason: "refused", code: "settlement_cancelled" };
  if (settlement.byAgreement) return { ok: false, reason: "refused", code: "settlement_by_agreement" };
  const request = toCancelSettlementRequest(ready.contract, launch, settlement, form);
  const outcome = await auditedFinanceCall(
    viewer,
    audit(ready.contract, "cancel_settlement", request),
    () => cancelSettlement(ready.context.connection, request),
    (m) => m,
  );
  return outcome.ok ? { ...outcome, data: null } : outcome;
}

/** AlteracaoNossoNumero of a launch (and its boleto). */
export async function changeLaunchNossoNumero(viewer: Viewer, form: NossoNumeroForm): Promise<OpOutcome<null>> {
  const ready = await prepare(viewer, form);
  if (isFailure(ready)) return ready;
  const launch = launchOf(ready.contract, form.launchId);
  if (isFailure(launch)) return launch;
  if (launch.status === "cancelled") return { ok: false, reason: "refused", code: "launch_cancelled" };
  const request = toNossoNumeroRequest(ready.contract, launch, form);
  const outcome = await auditedFinanceCall(
    viewer,
    audit(ready.contract, "nosso_numero", request),
    () => changeNossoNumero(ready.context.connection, request),
    (m) => m,
    { NossoNumero: "nossoNumero" },
  );
  return outcome.ok ? { ...outcome, data: null } : outcome;
}

/**
 * Acordo/Inclusao: the chosen open launches are settled "por acordo" and the new instalments are
 * created.
 */
export async function createContractAgreement(
  viewer: Viewer,
  form: AgreementForm,
): Promise<OpOutcome<{ agreementId: number }>> {
  const ready = await prepare(viewer, form);
  if (isFailure(ready)) return ready;
  const { contract } = ready;
  const originals: FinanceLaunch[] = [];
  for (const id of form.originals) {
    const launch = launchOf(contract, id);
    if (isFailure(launch)) return { ok: false, reason: "refused", code: "original_unknown", field: "originals" };
    if (launch.status !== "open")
      return { ok: false, reason: "refused", code: "original_not_open", field: "originals" };
    originals.push(launch);
  }
  const request = toAgreementRequest(contract, form, originals);
  const outcome = await auditedFinanceCall(
    viewer,
    audit(contract, "create_agreement", request),
    () => createAgreement(ready.context.connection, request),
    (r) => r.message,
    AGREEMENT_FIELDS,
  );
  return outcome.ok ? { ...outcome, data: { agreementId: outcome.data.IdAcordo } } : outcome;
}

/** Acordo/Cancelamento by the agreement's liquidation key; RM allows it only while no instalment is paid. */
export async function cancelContractAgreement(viewer: Viewer, form: CancelAgreementForm): Promise<OpOutcome<null>> {
  const ready = await prepare(viewer, form);
  if (isFailure(ready)) return ready;
  const agreement = ready.contract.agreements.find((a) => a.id === form.agreementId);
  if (!agreement) return { ok: false, reason: "not_found" };
  if (!agreement.active) return { ok: false, reason: "refused", code: "agreement_cancelled" };
  if (agreement.hasPaidInstalment) return { ok: false, reason: "refused", code: "agreement_paid" };
  const request = toCancelAgreementRequest(ready.contract, agreement, form);
  const outcome = await auditedFinanceCall(
    viewer,
    audit(ready.contract, "cancel_agreement", request),
    () => cancelAgreement(ready.context.connection, request),
    (m) => m,
  );
  return outcome.ok ? { ...outcome, data: null } : outcome;
}
