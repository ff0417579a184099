import "server-only";
import { z } from "zod";
import { brDate, coligada, money, okSchema, payment, yesNo } from "./wire";

/** RealizarMatricula: the enrolment with its contract, and RM's answer. */

export const cardSchema = z.object({
  Cod_Loja: z.number().int().nonnegative(),
  Agencia: z.string().max(10),
  Cod_Banco: z.string().max(5),
  Conta: z.string().max(20),
  Motivo: payment,
  AdquirenteCartao: z.string().min(1).max(20),
  BandeiraCartao: z.string().min(1).max(30),
  NSU: z.string().min(1).max(20),
  MeioPagamento: z.enum(["Crédito", "Débito"]),
  ValorTotalCartao: money,
  ParcelasCartao: z.number().int().min(1).max(12),
});

export const enrolmentSchema = z.object({
  CodColigada: coligada,
  IdMatrizAplicada: z.string().regex(/^\d+\|\d+$/),
  RA: z.string().min(1).max(20),
  Turma: z.string().regex(/^\d+\|.+$/),
  DataMatricula: brDate,
  DataPrevSaida: brDate.optional(),
  CondicaoAluno: z.number().int().min(0).max(3).optional(),
  CodFinSCAE: z.union([z.literal(0), z.literal(2), z.literal(3)]).optional(),
  Articulacao: z.number().int().min(1).max(3).optional(),
  Contrato: z.object({
    NomeRespFin: z.string().min(1).max(100),
    CodColCfo: z.number().int().min(0),
    CodCFO: z.string().regex(/^\d{12,13}$/),
    ValorTotal: money,
    QuantidadeParc: z.number().int().min(1).max(60),
    ParcelasCartaoParcelaUm: z.number().int().min(0).max(12),
    DataVencimento: brDate,
    DiaVencimento: z.number().int().min(1).max(31),
    DescontoInstitucional: money,
    DescontoAdicional: money,
    MotivoDesconto: z.string().max(200).optional(),
    DataVenda: brDate,
    IdOportunidade: z.number().int().nonnegative().optional(),
    FormaPagtoPrimeiraParc: payment,
    FormaPagtoDemaisParc: payment,
    ReceberBoletoEmail: yesNo,
    Ecommerce: yesNo,
    DadosCartao: cardSchema.optional(),
  }),
  Disciplinas: z.array(z.string().min(1)),
});
export type EnrolmentRequest = z.infer<typeof enrolmentSchema>;

export const enrolledSchema = okSchema.extend({
  Matricula: z.object({
    Matricula: z.string(),
    XNumPro: z.string().min(1),
    CodFilial: z.string(),
    FilialProtheus: z.string(),
    CodColigada: z.coerce.number(),
    CodContrato: z.string(),
    StatusContrato: z.string(),
    DataInicio: z.string(),
    DuracaoEmMeses: z.coerce.number(),
    SituacaoMatricula: z.string(),
  }),
});
export type Enrolled = z.infer<typeof enrolledSchema>["Matricula"];
