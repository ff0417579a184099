import "server-only";
import { z } from "zod";
import { brDate, coligadaText, isoDate, money, okSchema, titleKeySchema } from "./wire";

/** The finance endpoints (CstIntegracaoProtheus, CstIntegracaoProtheusAcordo): launches, settlements, agreements. */

export const launchIncludeSchema = z.object({
  codColigada: coligadaText,
  xnumpro: z.string().min(1).max(30),
  contaCaixaBanco: z.string().max(5).optional(),
  contaCaixaAgencia: z.string().max(10).optional(),
  contaCaixaContaCorrente: z.string().max(20).optional(),
  parcela: titleKeySchema.extend({
    pedidoVendaGerencial: z.string().min(1).max(20),
    nossoNumero: z.string().max(30),
    dataEmissao: brDate,
    dataVencimento: brDate.optional(),
    dataPrevisaoBaixa: brDate.optional(),
  }),
});

/** `idLan` empty → the title key identifies the launch (the seed's rule). */
const launchRef = titleKeySchema.extend({ idLan: z.string().regex(/^\d*$/) });

export const launchCancelSchema = launchRef.extend({ codColigada: coligadaText, DataCancelamento: brDate });

export const settleSchema = launchRef.extend({
  codColigada: coligadaText,
  ValorBaixa: money,
  DataBaixa: brDate,
  ContaCaixa_Banco: z.string().max(5).optional(),
  ContaCaixa_AG: z.string().max(10).optional(),
  ContaCaixa_CC: z.string().max(20).optional(),
  ContaCaixa_SEMMOVIMENTACAO: z.string().max(10).optional(),
  Juros: money,
  Multa: money,
  Desconto: money,
});
export type SettleRequest = z.infer<typeof settleSchema>;

export const settleCancelSchema = titleKeySchema.extend({
  IdLan: z.string().regex(/^\d*$/),
  codColigada: coligadaText,
  DataCancelamento: brDate,
  DataBaixa: brDate,
  ContaCaixaBanco: z.string().max(5),
  ContaCaixaAgencia: z.string().max(10),
  ContaCaixaContaCorrente: z.string().max(20),
  ValorBaixa: money,
  ContaCaixa_SEMMOVIMENTACAO: z.string().max(10),
});

export const nossoNumeroSchema = titleKeySchema.extend({
  codColigada: coligadaText,
  NossoNumero: z.string().min(1).max(30),
  Idlan: z.number().int().positive().nullable(),
  NumeroPedido: z.string().max(20).nullable(),
  CodFilial: z.string().max(12).nullable(),
});

export const agreementSchema = z.object({
  IdLiquidacao: z.string().min(1).max(120),
  codColigada: coligadaText,
  NumParcelas: z.number().int().min(1).max(60),
  CodCCusto: z.string().max(25),
  TipoJuros: z.union([z.literal(0), z.literal(1)]),
  TaxaJuros: z.number().nonnegative(),
  ValorJurosDia: z.number().nonnegative(),
  DataAcordo: isoDate,
  ValorAcordo: money,
  ValorDesconto: money,
  ValorAcrescimo: money,
  LancamentosOriginais: z.array(titleKeySchema.extend({ Idlan: z.number().int().positive() })).min(1),
  LancamentosAcordo: z
    .array(
      titleKeySchema.extend({
        Identificador: z.string().min(1).max(40),
        DataVencimento: isoDate,
        DataPrevisaoBaixa: isoDate,
        Valor: money,
      }),
    )
    .min(1),
});
export type AgreementRequest = z.infer<typeof agreementSchema>;

export const agreementCancelSchema = z.object({
  codColigada: coligadaText,
  idLiquidacao: z.string().min(1).max(120),
  DataCancelamento: brDate,
});

export const launchIncludedSchema = okSchema.extend({ IdLan: z.coerce.number().int() });

/** Acordo/Inclusao answers `Data` as a JSON-encoded string (as the seed shows); an object is tolerated. */
const agreementDataSchema = z.object({
  IdAcordo: z.coerce.number().int(),
  LancamentosAcordo: z.array(
    z.object({ Identificador: z.string(), Idlan: z.coerce.number().int(), DataVencimento: z.string() }),
  ),
});
export const agreementCreatedSchema = okSchema.extend({
  Data: z.union([
    z.string().transform((raw, ctx) => {
      try {
        return agreementDataSchema.parse(JSON.parse(raw));
      } catch {
        ctx.addIssue({ code: "custom", message: "Data is not the agreement JSON" });
        return z.NEVER;
      }
    }),
    agreementDataSchema,
  ]),
});
