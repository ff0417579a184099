import "server-only";
import { z } from "zod";

/**
 * Wire shapes of the 14 SGE endpoints (../shared/seeds/sge-enrolment-api.txt) and of the sandbox's
 * two read extensions. Requests are parsed before they leave, so a malformed body fails here and
 * never reaches RM; answers are parsed on arrival. Field names exactly as the seed writes them.
 */

/** `dd/mm/yyyy`, what SGE's POST bodies carry. */
const brDate = z.string().regex(/^\d{2}\/\d{2}\/\d{4}$/, "dd/mm/yyyy");
/** `yyyy-mm-dd`, what the agreement endpoint carries. */
const isoDate = z.iso.date();
const coligada = z.union([z.literal(2), z.literal(3)]);
/** Finance endpoints send the coligada as a string ("3"). */
const coligadaText = z.string().regex(/^\d+$/);
const digits = (max: number) => z.string().regex(/^\d*$/, "digits only").max(max);
const money = z.number().nonnegative().multipleOf(0.01);
const payment = z.enum(["BOL", "CAC", "CAR", "ESP"]);
const yesNo = z.enum(["Sim", "Não"]);

const titleKeySchema = z.object({
  Filial: z.string().min(1).max(12),
  Prefixo: z.string().max(3),
  Num: z.string().min(1).max(9),
  Parcela: z.string().max(3),
  Tipo: z.string().min(1).max(3),
});
export type TitleKey = z.infer<typeof titleKeySchema>;

// ---- requests -------------------------------------------------------------------------------

export const crmServiceSchema = z.object({
  CodColigada: coligada,
  Codigo: z.string().min(1).max(20),
  Descricao: z.string().min(1).max(120),
  ProdutoProtheus: z.string().min(1).max(15),
  Natureza: z.string().max(10).optional(),
  ItemContabil: z.string().max(20).optional(),
  ContaContabil: z.string().max(20).optional(),
  Ativo: z.boolean(),
  CodCursos: z.array(z.string().min(1)).min(1),
});

export const responsibleSchema = z.object({
  CodCFO: z.string().regex(/^\d{12,13}$/),
  Nome: z.string().min(1).max(100),
  CPFCNPJ: z.string().regex(/^(\d{11}|\d{14})$/),
  // A new e-mail or phone is checked by the wizard's schema; an existing person's values go back to
  // RM as RM holds them (RM checks no format), so a legacy value does not block the enrolment.
  Email: z.string().trim().min(1).max(100),
  Cep: z.string().regex(/^\d{8}$/),
  Logradouro: z.string().min(1).max(100),
  Numero: z.number().int().nonnegative(),
  Complemento: z.string().max(60),
  Bairro: z.string().min(1).max(80),
  Estado: z.string().regex(/^[A-Z]{2}$/),
  Cidade: z.string().min(1).max(80),
  Pais: z.string().min(1).max(40),
  Telefone: digits(20).min(8),
  Celular: digits(20).min(8),
  Tel_Comercial: digits(13).optional(),
  Fax: digits(13).optional(),
  CodColigada: coligada,
  Global: z.boolean(),
});
export type ResponsibleRequest = z.infer<typeof responsibleSchema>;

export const studentSchema = z.object({
  Nome: z.string().min(1).max(100),
  EstadoNatal: z.string().regex(/^[A-Z]{2}$/),
  Naturalidade: z.string().min(1).max(60),
  DataNascimento: brDate,
  Cpf: z.string().regex(/^\d{11}$/),
  Cep: z
    .string()
    .regex(/^\d{8}$/)
    .optional(),
  Rua: z.string().max(100).optional(),
  Numero: z.number().int().nonnegative().optional(),
  Complemento: z.string().max(60).optional(),
  Bairro: z.string().max(80).optional(),
  Estado: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  Cidade: z.string().max(80).optional(),
  Pais: z.string().max(40).optional(),
  Tel_Residencial: digits(13).optional(),
  Tel_Celular: digits(13).optional(),
  Tel_3: digits(13).optional(),
  Fax: digits(13).optional(),
  SitOcupacional: z.number().int().min(1).max(9).optional(),
  TipoEscola: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(9)]).optional(),
  CodColigada: coligada,
  IdMatrizAplicada: z.union([z.number().int().positive(), z.string().regex(/^\d+\|\d+$/)]),
  Email: z.string().trim().min(1).max(100).optional(),
  NomeMae: z.string().max(100).optional(),
});
export type StudentRequest = z.infer<typeof studentSchema>;

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

export const accountingItemSchema = z.object({
  codColigada: coligadaText,
  itemContabil: z.string().min(1).max(20),
  codFilial: z.string().max(12).nullable(),
  descricao: z.string().max(120),
  status: z.enum(["T", "F"]),
});

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

export const pjContractSchema = z.object({
  CodColigada: coligada,
  Filial: z.string().min(1).max(12),
  NumeroContrato: z.string().min(1).max(30),
  NumProposta: z.string().min(1).max(30),
  // Alphanumeric CNPJs are valid since July 2026 (IN RFB 2.229/2024): 12 characters + 2 check digits.
  CNPJ: z.string().regex(/^[0-9A-Z]{12}\d{2}$/),
  NomeEmpresa: z.string().min(1).max(120),
  ValorContrato: money,
  CodTurma: z.string().min(1).max(30),
  IdPerlet: z.number().int().positive(),
  VagasOfertadas: z.number().int().min(1),
  VagasUtilizadas: z.number().int().min(0),
});
export type PjContractRequest = z.infer<typeof pjContractSchema>;

// ---- answers -------------------------------------------------------------------------------

export const okSchema = z.object({ Message: z.string(), Status: z.string(), StatusCode: z.coerce.number().optional() });

export const launchIncludedSchema = okSchema.extend({ IdLan: z.coerce.number().int() });

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

export const pjConsultSchema = z.array(
  z.object({
    NumeroContrato: z.string(),
    NumProposta: z.string(),
    DataInicioTurma: z.string().nullable(),
    DataFimTurma: z.string().nullable(),
    TotalVagas: z.coerce.number(),
    VagasDisponiveis: z.coerce.number(),
    VagasUtilizadas: z.coerce.number(),
    AlunosVinculados: z.coerce.number(),
    StatusContrato: z.string(),
    Clientefornecedor: z.string(),
  }),
);

// ---- sandbox extensions (read-only; see sandbox/docs/sge.md) ----------------------------------

const subjectSchema = z.object({ CodDisciplina: z.string(), Nome: z.string(), CargaHoraria: z.coerce.number() });
const classSchema = z.object({
  Turma: z.string(),
  CodTurma: z.string(),
  Nome: z.string(),
  Turno: z.string().nullable().default(null),
  DataInicio: z.string(),
  DataFim: z.string(),
  Vagas: z.coerce.number(),
  VagasOcupadas: z.coerce.number(),
  VagasDisponiveis: z.coerce.number(),
  Disciplinas: z.array(subjectSchema),
});
export const catalogueSchema = okSchema.extend({
  Data: z.object({
    Filiais: z.array(
      z.object({
        CodFilial: z.string(),
        Nome: z.string(),
        FilialProtheus: z.string(),
        Cidade: z.string().default(""),
        Estado: z.string().default(""),
      }),
    ),
    Ofertas: z.array(
      z.object({
        IdMatrizAplicada: z.string(),
        CodCurso: z.string(),
        NomeCurso: z.string(),
        CodFilial: z.string(),
        IdPerlet: z.coerce.number(),
        CodPerlet: z.string(),
        Valor: z.coerce.number(),
        MaxParcelas: z.coerce.number(),
        Turmas: z.array(classSchema),
      }),
    ),
    ContasCaixa: z.array(
      z.object({
        CodCxa: z.string(),
        Descricao: z.string(),
        CodFilial: z.string(),
        FilialProtheus: z.string(),
        Banco: z.string().nullable(),
        Agencia: z.string().nullable(),
        ContaCorrente: z.string().nullable(),
        SemMovimentacao: z.boolean(),
      }),
    ),
    Bolsas: z.array(z.object({ CodBolsa: z.coerce.string(), Nome: z.string(), Tipo: z.string() })),
  }),
});
export type SgeCatalogue = z.infer<typeof catalogueSchema>["Data"];

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
