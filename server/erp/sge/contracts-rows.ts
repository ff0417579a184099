import "server-only";
import { z } from "zod";
import { amount, code, id, numberOrNull, rmDate, text, upperKeys } from "./consulta";

/**
 * The rows of the contract sentences as RM's SQL names their columns (sandbox/docs/sge.md), and the
 * shapes contracts-consulta.ts assembles them into.
 */

export const contractRowSchema = z.preprocess(
  upperKeys,
  z.object({
    CODCOLIGADA: id,
    CODCONTRATO: text,
    XNUMPRO: text,
    CODFILIAL: text,
    SIGLA: text,
    IDINTEGRACAO: text,
    RA: text,
    NOMEALUNO: text,
    CPFALUNO: code,
    CODCOLCFO: numberOrNull,
    CODCFO: text,
    NOMERESPFIN: text,
    CGCCFO: code,
    IDMATRIZAPLICADA: text,
    IDPERLET: id,
    CODTURMA: text,
    NOMECURSO: text,
    STATUS: text,
    DTINICIO: rmDate,
    DTFIM: rmDate,
    DURACAOMESES: numberOrNull,
    SITUACAOMATRICULA: text,
    DTMATRICULA: rmDate,
    DATAVENDA: rmDate,
    VALORTOTAL: amount,
    DESCONTOINSTITUCIONAL: amount,
    DESCONTOADICIONAL: amount,
    QTDPARCELAS: amount,
    FORMAPAGTOPRIMEIRAPARC: code,
    FORMAPAGTODEMAISPARC: code,
    ECOMMERCE: text,
  }),
);

export const instalmentRowSchema = z.preprocess(
  upperKeys,
  z.object({
    PARCELA: id,
    DTVENCIMENTO: rmDate,
    VALOR: amount,
    VALORBOLSAINST: amount,
    VALORBOLSAADIC: amount,
    IDLAN: numberOrNull,
  }),
);

export const launchRowSchema = z.preprocess(
  upperKeys,
  z.object({
    IDLAN: id,
    FILIAL: text,
    PREFIXO: text,
    NUMERO: text,
    PARCELA: text,
    TIPO: text,
    PEDIDOVENDA: code,
    NOSSONUMERO: code,
    DATAEMISSAO: rmDate,
    DTVENCIMENTO: rmDate,
    DATAPREVBAIXA: rmDate,
    VALORORIGINAL: amount,
    VALORBOLSA: amount,
    VALORBAIXADO: amount,
    PERCMULTA: numberOrNull,
    PERCJUROSDIA: numberOrNull,
    STATUSLAN: id,
    IDACORDO: numberOrNull,
  }),
);

export const settlementRowSchema = z.preprocess(
  upperKeys,
  z.object({
    IDLAN: id,
    IDBAIXA: id,
    DATABAIXA: rmDate,
    VALORBAIXA: amount,
    VALORJUROS: amount,
    VALORMULTA: amount,
    VALORDESCONTO: amount,
    CODCXA: code,
    NUMBANCO: code,
    NUMAGENCIA: code,
    NROCONTA: code,
    TIPOBAIXA: text,
    IDACORDO: numberOrNull,
    STATUS: id,
    DATACANCELAMENTO: rmDate,
  }),
);

export const agreementRowSchema = z.preprocess(
  upperKeys,
  z.object({
    IDACORDO: id,
    OBSERVACAO: text,
    STATUS: id,
    DATAACORDO: rmDate,
    VALORACORDO: amount,
    VALORDESCONTO: amount,
    VALORACRESCIMO: amount,
    NUMPARCELAS: amount,
    DATACANCELAMENTO: rmDate,
    IDLAN: id,
    TIPO: text,
  }),
);

export type SgeSettlement = {
  IdBaixa: number;
  DataBaixa: string | null;
  ValorBaixa: number;
  Juros: number;
  Multa: number;
  Desconto: number;
  Banco: string | null;
  Agencia: string | null;
  ContaCorrente: string | null;
  /** The cash account without bank movement a normal settlement went to, else null. */
  SemMovimentacao: string | null;
  Tipo: "Normal" | "Acordo";
  Cancelada: boolean;
  DataCancelamento: string | null;
};

export type SgeLaunch = {
  IdLan: number;
  Filial: string;
  Prefixo: string;
  Num: string;
  Parcela: string;
  Tipo: string;
  PedidoVendaGerencial: string | null;
  NossoNumero: string | null;
  DataEmissao: string | null;
  DataVencimento: string | null;
  DataPrevisaoBaixa: string | null;
  ValorOriginal: number;
  ValorBolsa: number;
  ValorBaixado: number;
  /** The plan's late charges: fine in %, simple interest in % a day; null where RM has none. */
  PercentualMulta: number | null;
  PercentualJurosDia: number | null;
  /** FLAN.STATUSLAN: 0 open, 1 settled, 2 cancelled. */
  Status: number;
  BaixadoPorAcordo: boolean;
  IdAcordo: number | null;
  Baixas: SgeSettlement[];
};

export type SgeInstalment = {
  Parcela: number;
  DataVencimento: string | null;
  Valor: number;
  ValorDesconto: number;
  ValorLiquido: number;
  /** The instalment's live launch (a cancelled one frees it), else null. */
  IdLan: number | null;
};

export type SgeAgreement = {
  IdAcordo: number;
  IdLiquidacao: string;
  Status: "Ativo" | "Cancelado";
  DataAcordo: string | null;
  ValorAcordo: number;
  ValorDesconto: number;
  ValorAcrescimo: number;
  NumParcelas: number;
  Originais: number[];
  Gerados: number[];
  DataCancelamento: string | null;
};

/** A contract as PGV.SGE.CONTRATOS gives it: what a search lists and the lost-answer recovery matches. */
export type SgeContractHeader = {
  XNumPro: string;
  CodContrato: string;
  CodColigada: number;
  CodFilial: string;
  FilialProtheus: string;
  RA: string;
  NomeAluno: string;
  CpfAluno: string | null;
  /** The FCFO's coligada (0 = global). */
  CodColCfo: number | null;
  CodCFO: string;
  NomeRespFin: string;
  CpfCnpjRespFin: string | null;
  IdMatrizAplicada: string;
  /** `<IdPerlet>|<CodTurma>`, as RealizarMatricula's `Turma`. */
  Turma: string;
  NomeCurso: string;
  StatusContrato: string;
  DataInicio: string | null;
  DataFim: string | null;
  DuracaoEmMeses: number | null;
  SituacaoMatricula: string;
  DataMatricula: string | null;
  /** RealizarMatricula's `Contrato.DataVenda` (ZINTSFDADOSCONTRATO.DATAVENDA). */
  DataVenda: string | null;
  ValorTotal: number;
  DescontoInstitucional: number;
  DescontoAdicional: number;
  QuantidadeParc: number;
  FormaPagtoPrimeiraParc: string | null;
  FormaPagtoDemaisParc: string | null;
  Ecommerce: boolean;
};

/** A contract with its instalments, launches (with settlements) and the agreements its launches took part in. */
export type SgeContract = SgeContractHeader & {
  Parcelas: SgeInstalment[];
  Lancamentos: SgeLaunch[];
  Acordos: SgeAgreement[];
};

/** How a contract is looked for; an empty or absent value means "any" (all empty: nothing is asked). */
export type ContractKey = { xnumpro?: string; ra?: string; cpfcnpj?: string };
