import "server-only";
import { toSgeDate } from "@/lib/dates";
import { centsToReais } from "@/lib/sge/ops/money";
import type {
  AgreementForm,
  CancelAgreementForm,
  CancelLaunchForm,
  CancelSettlementForm,
  IncludeLaunchForm,
  NossoNumeroForm,
  SettleForm,
} from "@/lib/sge/ops/schemas";
import type { CashAccount, FinanceAgreement, FinanceContract, FinanceLaunch } from "@/lib/sge/ops/types";
import type { Agreement, NossoNumero, Settle } from "./client";
import type { TitleKey } from "./wire";

/**
 * The bodies of the SGE finance calls, built on the server from the validated form and the contract
 * as SGE holds it now (sge-finance.ts checks first that the launch, settlement or agreement may take
 * the operation). Amounts go out in reais, dates as the endpoint wants them.
 */

type FinanceSettlement = FinanceLaunch["settlements"][number];

const titleKey = (l: FinanceLaunch): TitleKey => ({
  Filial: l.branch,
  Prefixo: l.prefix,
  Num: l.number,
  Parcela: l.instalment,
  Tipo: l.type,
});

/** InclusaoLancamento; `bank`: the cash account chosen, if any. */
export function toIncludeLaunchRequest(contract: FinanceContract, form: IncludeLaunchForm, bank: CashAccount | null) {
  return {
    codColigada: String(contract.coligada),
    xnumpro: contract.xnumpro,
    ...(bank
      ? {
          contaCaixaBanco: bank.bank ?? "",
          contaCaixaAgencia: bank.agency ?? "",
          contaCaixaContaCorrente: bank.account ?? "",
        }
      : {}),
    parcela: {
      pedidoVendaGerencial: form.salesOrder,
      nossoNumero: form.nossoNumero,
      dataEmissao: toSgeDate(form.issueDate),
      dataVencimento: toSgeDate(form.dueDate),
      ...(form.forecastDate ? { dataPrevisaoBaixa: toSgeDate(form.forecastDate) } : {}),
      Filial: form.branch,
      Prefixo: form.prefix,
      Num: form.number,
      Parcela: form.instalment,
      Tipo: form.type,
    },
  };
}

/** InclusaoLancamento's fields → the form's, so RM's refusal of one lands on the right input. */
export const LAUNCH_FIELDS: Record<string, string> = {
  pedidoVendaGerencial: "salesOrder",
  nossoNumero: "nossoNumero",
  dataEmissao: "issueDate",
  dataVencimento: "dueDate",
  dataPrevisaoBaixa: "forecastDate",
  Filial: "branch",
  Prefixo: "prefix",
  Num: "number",
  Parcela: "instalment",
  Tipo: "type",
};

/** CancelamentoLancamento. */
export function toCancelLaunchRequest(contract: FinanceContract, launch: FinanceLaunch, form: CancelLaunchForm) {
  return {
    codColigada: String(contract.coligada),
    idLan: String(launch.id),
    ...titleKey(launch),
    DataCancelamento: toSgeDate(form.date),
  };
}

/** BaixaTitulo on a bank account, or on a "no movement" account (`noMovement`). */
export function toSettleRequest(
  contract: FinanceContract,
  launch: FinanceLaunch,
  form: SettleForm,
  account: CashAccount,
  noMovement: boolean,
): Settle {
  return {
    codColigada: String(contract.coligada),
    idLan: String(launch.id),
    ...titleKey(launch),
    ValorBaixa: centsToReais(form.amount),
    DataBaixa: toSgeDate(form.date),
    ...(noMovement
      ? { ContaCaixa_SEMMOVIMENTACAO: account.code }
      : {
          ContaCaixa_Banco: account.bank ?? "",
          ContaCaixa_AG: account.agency ?? "",
          ContaCaixa_CC: account.account ?? "",
        }),
    Juros: centsToReais(form.interest),
    Multa: centsToReais(form.fine),
    Desconto: centsToReais(form.discount),
  };
}

export const SETTLE_FIELDS: Record<string, string> = {
  ValorBaixa: "amount",
  DataBaixa: "date",
  Juros: "interest",
  Multa: "fine",
  Desconto: "discount",
  ContaCaixa_SEMMOVIMENTACAO: "noMovementAccount",
};

/** CancelamentoBaixa: RM wants the settlement back as it was made. */
export function toCancelSettlementRequest(
  contract: FinanceContract,
  launch: FinanceLaunch,
  settlement: FinanceSettlement,
  form: CancelSettlementForm,
) {
  return {
    IdLan: String(launch.id),
    ...titleKey(launch),
    codColigada: String(contract.coligada),
    DataCancelamento: toSgeDate(form.date),
    DataBaixa: settlement.date ? toSgeDate(settlement.date) : toSgeDate(form.date),
    ContaCaixaBanco: settlement.bank ?? "",
    ContaCaixaAgencia: settlement.agency ?? "",
    ContaCaixaContaCorrente: settlement.account ?? "",
    ValorBaixa: centsToReais(settlement.amount),
    ContaCaixa_SEMMOVIMENTACAO: settlement.noMovementAccount ?? "",
  };
}

/** AlteracaoNossoNumero. */
export function toNossoNumeroRequest(contract: FinanceContract, launch: FinanceLaunch, form: NossoNumeroForm) {
  return {
    codColigada: String(contract.coligada),
    NossoNumero: form.nossoNumero,
    Idlan: launch.id,
    ...titleKey(launch),
    NumeroPedido: null,
    CodFilial: null,
  } satisfies NossoNumero;
}

/** Prefix of the Protheus titles an agreement generates (E1_PREFIXO). */
const AGREEMENT_PREFIX = "ACD";

/** Acordo/Inclusao. NumParcelas is the number of instalments typed; ValorAcordo their sum (schema-checked). */
export function toAgreementRequest(contract: FinanceContract, form: AgreementForm, originals: FinanceLaunch[]) {
  const type = originals[0]!.type;
  return {
    IdLiquidacao: form.liquidationId,
    codColigada: String(contract.coligada),
    NumParcelas: form.instalments.length,
    CodCCusto: form.costCentre,
    TipoJuros: form.interestType === "rate" ? 0 : 1,
    TaxaJuros: form.interestType === "rate" ? form.interestRate : 0,
    ValorJurosDia: form.interestType === "value" ? centsToReais(form.interestPerDay) : 0,
    DataAcordo: form.date,
    ValorAcordo: centsToReais(form.total),
    ValorDesconto: centsToReais(form.discount),
    ValorAcrescimo: centsToReais(form.addition),
    LancamentosOriginais: originals.map((l) => ({ Idlan: l.id, ...titleKey(l) })),
    LancamentosAcordo: form.instalments.map((i, n) => {
      const key = {
        Filial: contract.protheusBranch,
        Prefixo: AGREEMENT_PREFIX,
        Num: form.titleNumber,
        Parcela: String(n + 1),
        Tipo: type,
      };
      return {
        Identificador: `${key.Filial}${key.Prefixo}${key.Num}${key.Parcela}${key.Tipo}`,
        ...key,
        DataVencimento: i.dueDate,
        DataPrevisaoBaixa: i.forecastDate,
        Valor: centsToReais(i.value),
      };
    }),
  } satisfies Agreement;
}

export const AGREEMENT_FIELDS: Record<string, string> = {
  IdLiquidacao: "liquidationId",
  ValorAcordo: "total",
  NumParcelas: "instalments",
  CodCCusto: "costCentre",
  DataAcordo: "date",
  LancamentosOriginais: "originals",
};

/** Acordo/Cancelamento by the agreement's liquidation key. */
export function toCancelAgreementRequest(
  contract: FinanceContract,
  agreement: FinanceAgreement,
  form: CancelAgreementForm,
) {
  return {
    codColigada: String(contract.coligada),
    idLiquidacao: agreement.liquidationId,
    DataCancelamento: toSgeDate(form.date),
  };
}
