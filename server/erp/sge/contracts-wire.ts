import "server-only";
import { z } from "zod";
import { okSchema } from "./wire";

/** Sandbox extension (read-only; see sandbox/docs/sge.md): contracts with instalments, launches, settlements and agreements. */

const settlementSchema = z.object({
  IdBaixa: z.coerce.number(),
  DataBaixa: z.string(),
  ValorBaixa: z.coerce.number(),
  Juros: z.coerce.number(),
  Multa: z.coerce.number(),
  Desconto: z.coerce.number(),
  Banco: z.string().nullable(),
  Agencia: z.string().nullable(),
  ContaCorrente: z.string().nullable(),
  SemMovimentacao: z.string().nullable(),
  Tipo: z.string(),
  Cancelada: z.boolean(),
  DataCancelamento: z.string().nullable(),
});
const launchSchema = z.object({
  IdLan: z.coerce.number(),
  Filial: z.string(),
  Prefixo: z.string(),
  Num: z.string(),
  Parcela: z.string(),
  Tipo: z.string(),
  PedidoVendaGerencial: z.string().nullable(),
  NossoNumero: z.string().nullable(),
  DataEmissao: z.string().nullable(),
  DataVencimento: z.string().nullable(),
  DataPrevisaoBaixa: z.string().nullable(),
  ValorOriginal: z.coerce.number(),
  ValorBolsa: z.coerce.number(),
  ValorBaixado: z.coerce.number(),
  /** The plan's late charges when the reading gives them: fine in %, simple interest in % a day. */
  PercentualMulta: z.coerce.number().nullable().optional(),
  PercentualJurosDia: z.coerce.number().nullable().optional(),
  Status: z.coerce.number(),
  StatusDescricao: z.string(),
  BaixadoPorAcordo: z.boolean(),
  IdAcordo: z.coerce.number().nullable(),
  Baixas: z.array(settlementSchema),
});
export type SgeLaunch = z.infer<typeof launchSchema>;
const contractSchema = z.object({
  XNumPro: z.string(),
  CodContrato: z.coerce.string(),
  CodColigada: z.coerce.number(),
  CodFilial: z.string(),
  FilialProtheus: z.string(),
  RA: z.string(),
  NomeAluno: z.string(),
  CpfAluno: z.string().nullable(),
  /** The FCFO's coligada (0 = global); absent from older sandboxes. */
  CodColCfo: z.coerce.number().nullable().default(null),
  CodCFO: z.string(),
  NomeRespFin: z.string(),
  CpfCnpjRespFin: z.string().nullable(),
  IdMatrizAplicada: z.string(),
  Turma: z.string(),
  NomeCurso: z.string(),
  StatusContrato: z.string(),
  DataInicio: z.string().nullable(),
  DataFim: z.string().nullable(),
  DuracaoEmMeses: z.coerce.number().nullable(),
  SituacaoMatricula: z.string(),
  DataMatricula: z.string().nullable(),
  /** RealizarMatricula's `Contrato.DataVenda` (ZINTSFDADOSCONTRATO); absent from older sandboxes. */
  DataVenda: z.string().nullable().default(null),
  ValorTotal: z.coerce.number(),
  DescontoInstitucional: z.coerce.number(),
  DescontoAdicional: z.coerce.number(),
  QuantidadeParc: z.coerce.number(),
  FormaPagtoPrimeiraParc: z.string().nullable(),
  FormaPagtoDemaisParc: z.string().nullable(),
  Ecommerce: z.boolean(),
  Disciplinas: z.array(z.string()),
  Parcelas: z.array(
    z.object({
      Parcela: z.coerce.number(),
      DataVencimento: z.string(),
      Valor: z.coerce.number(),
      ValorDesconto: z.coerce.number(),
      ValorLiquido: z.coerce.number(),
      IdLan: z.coerce.number().nullable(),
    }),
  ),
  Lancamentos: z.array(launchSchema),
  Acordos: z.array(
    z.object({
      IdAcordo: z.coerce.number(),
      IdLiquidacao: z.string(),
      Status: z.string(),
      DataAcordo: z.string().nullable(),
      ValorAcordo: z.coerce.number(),
      ValorDesconto: z.coerce.number(),
      ValorAcrescimo: z.coerce.number(),
      NumParcelas: z.coerce.number(),
      Originais: z.array(z.coerce.number()),
      Gerados: z.array(z.coerce.number()),
      DataCancelamento: z.string().nullable(),
    }),
  ),
});
export type SgeContract = z.infer<typeof contractSchema>;
export const contractsSchema = okSchema.extend({ Data: z.array(contractSchema) });
