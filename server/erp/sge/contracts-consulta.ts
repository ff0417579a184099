import "server-only";
import { z } from "zod";
import { normalizeDocument } from "@/lib/br-documents";
import { toCents } from "@/lib/money";
import { centsToReais } from "@/lib/sge/ops/money";
import type { SgeConnectionConfig } from "@/server/env";
import { realizaConsulta } from "./consulta";
import {
  contractRowSchema,
  instalmentRowSchema,
  launchRowSchema,
  settlementRowSchema,
  agreementRowSchema,
} from "./contracts-rows";
import type {
  SgeSettlement,
  SgeLaunch,
  SgeInstalment,
  SgeAgreement,
  SgeContractHeader,
  SgeContract,
  ContractKey,
} from "./contracts-rows";

export type { SgeSettlement, SgeLaunch, SgeInstalment, SgeAgreement, SgeContractHeader, SgeContract, ContractKey };

/**
 * Educational contracts read through RM's standard SQL query (RealizaConsulta): the contracts of
 * an XNumPro, a student's RA or a CPF/CNPJ (PGV.SGE.CONTRATOS), then a contract's instalments,
 * launches, settlements and agreements (PGV.SGE.PARCELAS, LANCAMENTOS, BAIXAS, ACORDOS, read in
 * parallel). Sentence codes in `SGE_CONNECTIONS.<alias>.consulta`; SQL and columns:
 * sandbox/docs/sge.md. Rows (RM's column names) stay here; `SgeContract` is what the services use.
 */

function toHeader(r: z.infer<typeof contractRowSchema>): SgeContractHeader {
  return {
    XNumPro: r.XNUMPRO,
    CodContrato: r.CODCONTRATO,
    CodColigada: r.CODCOLIGADA,
    CodFilial: r.SIGLA || r.CODFILIAL,
    FilialProtheus: r.IDINTEGRACAO,
    RA: r.RA,
    NomeAluno: r.NOMEALUNO,
    CpfAluno: r.CPFALUNO,
    CodColCfo: r.CODCOLCFO,
    CodCFO: r.CODCFO,
    NomeRespFin: r.NOMERESPFIN,
    CpfCnpjRespFin: r.CGCCFO,
    IdMatrizAplicada: `${r.CODCOLIGADA}|${r.IDMATRIZAPLICADA}`,
    Turma: `${r.IDPERLET}|${r.CODTURMA}`,
    NomeCurso: r.NOMECURSO,
    StatusContrato: r.STATUS,
    DataInicio: r.DTINICIO,
    DataFim: r.DTFIM,
    DuracaoEmMeses: r.DURACAOMESES,
    SituacaoMatricula: r.SITUACAOMATRICULA,
    DataMatricula: r.DTMATRICULA,
    DataVenda: r.DATAVENDA,
    ValorTotal: r.VALORTOTAL,
    DescontoInstitucional: r.DESCONTOINSTITUCIONAL,
    DescontoAdicional: r.DESCONTOADICIONAL,
    QuantidadeParc: r.QTDPARCELAS,
    FormaPagtoPrimeiraParc: r.FORMAPAGTOPRIMEIRAPARC,
    FormaPagtoDemaisParc: r.FORMAPAGTODEMAISPARC,
    Ecommerce: /^s/i.test(r.ECOMMERCE),
  };
}

function toInstalment(r: z.infer<typeof instalmentRowSchema>): SgeInstalment {
  const discount = toCents(r.VALORBOLSAINST) + toCents(r.VALORBOLSAADIC);
  return {
    Parcela: r.PARCELA,
    DataVencimento: r.DTVENCIMENTO,
    Valor: r.VALOR,
    ValorDesconto: centsToReais(discount),
    ValorLiquido: centsToReais(toCents(r.VALOR) - discount),
    IdLan: r.IDLAN,
  };
}

function toSettlement(b: z.infer<typeof settlementRowSchema>): SgeSettlement {
  const byAgreement = b.TIPOBAIXA.toUpperCase() === "A";
  return {
    IdBaixa: b.IDBAIXA,
    DataBaixa: b.DATABAIXA,
    ValorBaixa: b.VALORBAIXA,
    Juros: b.VALORJUROS,
    Multa: b.VALORMULTA,
    Desconto: b.VALORDESCONTO,
    Banco: b.NUMBANCO,
    Agencia: b.NUMAGENCIA,
    ContaCorrente: b.NROCONTA,
    SemMovimentacao: b.NUMBANCO === null && !byAgreement ? b.CODCXA : null,
    Tipo: byAgreement ? "Acordo" : "Normal",
    Cancelada: b.STATUS === 1,
    DataCancelamento: b.DATACANCELAMENTO,
  };
}

/** Launch rows with their settlement rows: a launch is settled by an agreement while it has an agreement settlement not cancelled. */
export function assembleLaunches(
  launches: z.infer<typeof launchRowSchema>[],
  settlements: z.infer<typeof settlementRowSchema>[],
): SgeLaunch[] {
  return launches.map((l) => {
    const own = settlements.filter((b) => b.IDLAN === l.IDLAN);
    const byAgreement = own.find((b) => b.TIPOBAIXA.toUpperCase() === "A" && b.STATUS === 0);
    return {
      IdLan: l.IDLAN,
      Filial: l.FILIAL,
      Prefixo: l.PREFIXO,
      Num: l.NUMERO,
      Parcela: l.PARCELA,
      Tipo: l.TIPO,
      PedidoVendaGerencial: l.PEDIDOVENDA,
      NossoNumero: l.NOSSONUMERO,
      DataEmissao: l.DATAEMISSAO,
      DataVencimento: l.DTVENCIMENTO,
      DataPrevisaoBaixa: l.DATAPREVBAIXA,
      ValorOriginal: l.VALORORIGINAL,
      ValorBolsa: l.VALORBOLSA,
      ValorBaixado: l.VALORBAIXADO,
      PercentualMulta: l.PERCMULTA,
      PercentualJurosDia: l.PERCJUROSDIA,
      Status: l.STATUSLAN,
      BaixadoPorAcordo: byAgreement !== undefined,
      IdAcordo: l.IDACORDO ?? byAgreement?.IDACORDO ?? null,
      Baixas: own.map(toSettlement),
    };
  });
}

/** One row per agreement × related launch → agreements with their originals (TIPO O) and generated launches (G). */
export function assembleAgreements(rows: z.infer<typeof agreementRowSchema>[]): SgeAgreement[] {
  const agreements = new Map<number, SgeAgreement>();
  for (const r of rows) {
    let a = agreements.get(r.IDACORDO);
    if (!a) {
      a = {
        IdAcordo: r.IDACORDO,
        IdLiquidacao: r.OBSERVACAO,
        Status: r.STATUS === 0 ? "Ativo" : "Cancelado",
        DataAcordo: r.DATAACORDO,
        ValorAcordo: r.VALORACORDO,
        ValorDesconto: r.VALORDESCONTO,
        ValorAcrescimo: r.VALORACRESCIMO,
        NumParcelas: r.NUMPARCELAS,
        Originais: [],
        Gerados: [],
        DataCancelamento: r.DATACANCELAMENTO,
      };
      agreements.set(r.IDACORDO, a);
    }
    const list = r.TIPO.toUpperCase() === "O" ? a.Originais : r.TIPO.toUpperCase() === "G" ? a.Gerados : null;
    if (list && !list.includes(r.IDLAN)) list.push(r.IDLAN);
  }
  const sorted = [...agreements.values()].sort((x, y) => x.IdAcordo - y.IdAcordo);
  for (const a of sorted) {
    a.Originais.sort((x, y) => x - y);
    a.Gerados.sort((x, y) => x - y);
  }
  return sorted;
}

/** The contracts matching the key in a coligada, without their children (one call). */
export async function fetchContractHeaders(
  c: SgeConnectionConfig,
  coligada: number,
  key: ContractKey,
): Promise<SgeContractHeader[]> {
  const parameters = {
    CODCOLIGADA: coligada,
    XNUMPRO: key.xnumpro?.trim() ?? "",
    RA: key.ra?.trim() ?? "",
    CPFCNPJ: key.cpfcnpj ? normalizeDocument(key.cpfcnpj) : "",
  };
  // The sentence answers nothing for an empty key; no call is made for one.
  if (!parameters.XNUMPRO && !parameters.RA && !parameters.CPFCNPJ) return [];
  return (await realizaConsulta(c, c.consulta.contracts, parameters, contractRowSchema)).map(toHeader);
}

/** A contract's instalments, launches with settlements, and agreements: four sentences in parallel. */
export async function fetchContractChildren(c: SgeConnectionConfig, header: SgeContractHeader): Promise<SgeContract> {
  const key = { CODCOLIGADA: header.CodColigada, CODCONTRATO: header.CodContrato };
  const [instalments, launches, settlements, agreements] = await Promise.all([
    realizaConsulta(c, c.consulta.instalments, key, instalmentRowSchema),
    realizaConsulta(c, c.consulta.launches, key, launchRowSchema),
    realizaConsulta(c, c.consulta.settlements, key, settlementRowSchema),
    realizaConsulta(c, c.consulta.agreements, key, agreementRowSchema),
  ]);
  return {
    ...header,
    Parcelas: instalments.map(toInstalment),
    Lancamentos: assembleLaunches(launches, settlements),
    Acordos: assembleAgreements(agreements),
  };
}

/** The contracts matching the key, each with its children (read in parallel). */
export async function fetchContracts(
  c: SgeConnectionConfig,
  coligada: number,
  key: ContractKey,
): Promise<SgeContract[]> {
  const headers = await fetchContractHeaders(c, coligada, key);
  return Promise.all(headers.map((h) => fetchContractChildren(c, h)));
}
