import "server-only";
import { toIsoDate } from "@/lib/dates";
import { toCents } from "@/lib/money";
import { contractSearchValues } from "@/lib/sge/ops/contract-search";
import type { ContractSearchKind } from "@/lib/sge/ops/limits";
import type {
  CashAccount,
  Coligada,
  FinanceAgreement,
  FinanceContract,
  FinanceContractSummary,
  FinanceLaunch,
  LaunchStatus,
} from "@/lib/sge/ops/types";
import type { Viewer } from "@/server/auth/viewer";
import type { SgeCashAccount } from "@/server/erp/sge/catalogue";
import { fetchCashAccounts } from "@/server/erp/sge/catalogue-consulta";
import { configuredColigada } from "@/server/erp/sge/connection";
import {
  fetchContractChildren,
  fetchContractHeaders,
  type SgeContract,
  type SgeContractHeader,
  type SgeLaunch,
} from "@/server/erp/sge/contracts-consulta";
import { sgeContext, sgeFailure, isFailure, type OpOutcome } from "./sge-ops";

/**
 * The finance pages' reads, through RM's RealizaConsulta (server/erp/sge/contracts-consulta.ts,
 * catalogue-consulta.ts): contracts found in the alias' configured coligadas, one contract with
 * its instalments, launches, settlements and agreements, the cash accounts of its branch.
 */

const STATUS: Record<number, LaunchStatus> = { 0: "open", 1: "settled", 2: "cancelled" };

function toLaunch(raw: SgeLaunch): FinanceLaunch {
  return {
    id: raw.IdLan,
    branch: raw.Filial,
    prefix: raw.Prefixo,
    number: raw.Num,
    instalment: raw.Parcela,
    type: raw.Tipo,
    salesOrder: raw.PedidoVendaGerencial || null,
    nossoNumero: raw.NossoNumero || null,
    issueDate: toIsoDate(raw.DataEmissao),
    dueDate: toIsoDate(raw.DataVencimento),
    forecastDate: toIsoDate(raw.DataPrevisaoBaixa),
    original: toCents(raw.ValorOriginal),
    scholarship: toCents(raw.ValorBolsa),
    settled: toCents(raw.ValorBaixado),
    lateCharges:
      raw.PercentualMulta != null && raw.PercentualJurosDia != null
        ? { finePercent: raw.PercentualMulta, dailyInterestPercent: raw.PercentualJurosDia }
        : null,
    status: STATUS[raw.Status] ?? "open",
    settledByAgreement: raw.BaixadoPorAcordo,
    agreementId: raw.IdAcordo,
    settlements: raw.Baixas.map((b) => ({
      id: b.IdBaixa,
      date: toIsoDate(b.DataBaixa),
      amount: toCents(b.ValorBaixa),
      interest: toCents(b.Juros),
      fine: toCents(b.Multa),
      discount: toCents(b.Desconto),
      bank: b.Banco || null,
      agency: b.Agencia || null,
      account: b.ContaCorrente || null,
      noMovementAccount: b.SemMovimentacao || null,
      byAgreement: b.Tipo.toLowerCase() === "acordo",
      cancelled: b.Cancelada,
      cancelledOn: toIsoDate(b.DataCancelamento),
    })),
  };
}

/** An agreement instalment counts as paid while it has a normal settlement that was not cancelled (RM then refuses Acordo/Cancelamento). */
function isLaunchPaid(launch: FinanceLaunch): boolean {
  return launch.settlements.some((s) => !s.cancelled && !s.byAgreement);
}

function toFinanceContract(raw: SgeContract): FinanceContract {
  const launches = raw.Lancamentos.map(toLaunch);
  const byId = new Map(launches.map((l) => [l.id, l]));
  const agreements: FinanceAgreement[] = raw.Acordos.map((a) => ({
    id: a.IdAcordo,
    liquidationId: a.IdLiquidacao,
    active: a.Status.toLowerCase() === "ativo",
    date: toIsoDate(a.DataAcordo),
    total: toCents(a.ValorAcordo),
    discount: toCents(a.ValorDesconto),
    addition: toCents(a.ValorAcrescimo),
    instalments: a.NumParcelas,
    originals: a.Originais,
    generated: a.Gerados,
    cancelledOn: toIsoDate(a.DataCancelamento),
    hasPaidInstalment: a.Gerados.some((idLan) => {
      const launch = byId.get(idLan);
      return launch ? isLaunchPaid(launch) : false;
    }),
  }));
  return {
    coligada: raw.CodColigada,
    xnumpro: raw.XNumPro,
    contractCode: raw.CodContrato,
    branch: raw.CodFilial,
    protheusBranch: raw.FilialProtheus,
    ra: raw.RA,
    studentName: raw.NomeAluno,
    responsibleCode: raw.CodCFO,
    responsibleName: raw.NomeRespFin,
    responsibleDocument: raw.CpfCnpjRespFin,
    courseName: raw.NomeCurso,
    classCode: raw.Turma,
    status: raw.StatusContrato,
    enrolmentStatus: raw.SituacaoMatricula,
    startDate: toIsoDate(raw.DataInicio),
    endDate: toIsoDate(raw.DataFim),
    total: toCents(raw.ValorTotal),
    instalments: raw.Parcelas.map((p) => ({
      number: p.Parcela,
      dueDate: toIsoDate(p.DataVencimento),
      value: toCents(p.Valor),
      discount: toCents(p.ValorDesconto),
      net: toCents(p.ValorLiquido),
      launchId: p.IdLan,
    })),
    launches,
    agreements,
  };
}

const summaryOf = (c: SgeContractHeader): FinanceContractSummary => ({
  coligada: c.CodColigada,
  xnumpro: c.XNumPro,
  ra: c.RA,
  studentName: c.NomeAluno,
  responsibleName: c.NomeRespFin,
  courseName: c.NomeCurso,
  status: c.StatusContrato,
  total: toCents(c.ValorTotal),
});

/** Contracts matching an XNumPro, a student's RA or the responsible's CPF/CNPJ, in every configured coligada (headers only). */
export async function findContracts(
  viewer: Viewer,
  search: { kind: ContractSearchKind; q: string },
): Promise<OpOutcome<FinanceContractSummary[]>> {
  const context = sgeContext(viewer, "finance");
  if (isFailure(context)) return context;
  const values = contractSearchValues(search.kind, search.q);
  try {
    const found = await Promise.all(
      context.connection.coligadas.flatMap(({ code }) =>
        values.map((value) => fetchContractHeaders(context.connection, code, { [search.kind]: value })),
      ),
    );
    const unique = new Map(found.flat().map((c) => [`${c.CodColigada}|${c.XNumPro}`, c]));
    return { ok: true, data: [...unique.values()].map(summaryOf), message: "" };
  } catch (error) {
    return sgeFailure(error);
  }
}

/** One contract, read from SGE now (never from the page): every operation starts here. Another coligada than the configured ones is not found. */
export async function loadContract(
  viewer: Viewer,
  coligada: Coligada,
  xnumpro: string,
): Promise<OpOutcome<FinanceContract>> {
  const context = sgeContext(viewer, "finance");
  if (isFailure(context)) return context;
  if (!configuredColigada(context.connection, coligada)) return { ok: false, reason: "not_found" };
  try {
    const header = (await fetchContractHeaders(context.connection, coligada, { xnumpro })).find(
      (c) => c.XNumPro === xnumpro,
    );
    if (!header) return { ok: false, reason: "not_found" };
    return { ok: true, data: toFinanceContract(await fetchContractChildren(context.connection, header)), message: "" };
  } catch (error) {
    return sgeFailure(error);
  }
}

function toCashAccounts(accounts: SgeCashAccount[]): CashAccount[] {
  return accounts.map((c) => ({
    code: c.CodCxa,
    description: c.Descricao,
    branch: c.FilialProtheus || c.CodFilial,
    bank: c.Banco,
    agency: c.Agencia,
    account: c.ContaCorrente,
    noMovement: c.SemMovimentacao,
  }));
}

/** The coligada's cash accounts of the contract's branch (RM finds the account by the launch's branch). */
export async function cashAccountsFor(
  viewer: Viewer,
  coligada: Coligada,
  protheusBranch: string,
): Promise<OpOutcome<CashAccount[]>> {
  const context = sgeContext(viewer, "finance");
  if (isFailure(context)) return context;
  try {
    const accounts = toCashAccounts(await fetchCashAccounts(context.connection, coligada));
    const own = accounts.filter((a) => a.branch === protheusBranch);
    return { ok: true, data: own.length ? own : accounts, message: "" };
  } catch (error) {
    return sgeFailure(error);
  }
}
