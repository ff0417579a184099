/**
 * RealizarMatricula: enrolment + educational contract + instalments (sge-enrolment-api.txt).
 * Checks run in the order a caller can act on them: the payload itself (400), then the records it
 * names (404, or 400 when they exist but do not belong together), then the class's state (409).
 */
import type { Hono } from "hono";
import type { z } from "zod";
import type { AppEnv, SandboxState } from "../context";
import { centsToDecimal } from "../orders/money";
import { parseWith, readObject } from "./body";
import { classSubjects, findClass, findMatrix, occupiedSeats, type ClassInfo, type ClassSubject } from "./catalog";
import { wireDate } from "./dates";
import { writeEnrolment, type CardData } from "./enrolment-store";
import { badRequest, conflict, notFound, sgeSuccessLeading } from "./envelope";
import {
  brDate,
  cents,
  enrolmentColigada,
  integer,
  intIn,
  list,
  optional,
  optionalBrDate,
  optionalCents,
  optionalInteger,
  optionalIntIn,
  optionalPaymentForm,
  optionalSimNao,
  optionalText,
  paymentForm,
  record,
  simNao,
  text,
} from "./fields";
import { classRef, matrixRef, resolveMatrixRef } from "./refs";
import { branchByCode, firstRow, type Sql } from "./sql";

const PATH = "/api/TOTVSCustomizacao/IntegracaoSALESFORCE/RealizarMatricula";

const fold = (v: string) =>
  v
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

const cardSchema = record({
  Cod_Loja: optionalText(10),
  Agencia: optionalText(10),
  Cod_Banco: optionalText(3),
  Conta: optionalText(20),
  Motivo: optionalPaymentForm(),
  AdquirenteCartao: optionalText(20),
  BandeiraCartao: optionalText(20),
  NSU: optionalText(30),
  MeioPagamento: text(10)
    .refine((v) => ["credito", "debito"].includes(fold(v)), `inválido: use "Crédito" ou "Débito"`)
    .transform((v) => (fold(v) === "credito" ? "Crédito" : "Débito")),
  ValorTotalCartao: cents(),
  ParcelasCartao: integer().refine((n) => n >= 1 && n <= 12, "inválido: de 1 a 12 parcelas no cartão"),
});

const contractSchema = record({
  NomeRespFin: text(100),
  CodColCfo: intIn([0, 2, 3], "0 (global), 2 ou 3"),
  CodCFO: text(13),
  ValorTotal: cents(),
  QuantidadeParc: integer().refine((n) => n >= 1, "deve ser 1 ou mais"),
  ParcelasCartaoParcelaUm: optionalInteger().refine((n) => n === undefined || n >= 0, "não pode ser negativo"),
  DataVencimento: brDate(),
  DiaVencimento: integer().refine((n) => n >= 1 && n <= 31, "inválido: dia de 1 a 31"),
  DescontoInstitucional: optionalCents(),
  DescontoAdicional: optionalCents(),
  MotivoDesconto: optionalText(200),
  Motivo: optionalText(200),
  DataVenda: optionalBrDate(),
  IdOportunidade: optionalText(40),
  FormaPagtoPrimeiraParc: paymentForm(),
  FormaPagtoDemaisParc: paymentForm(),
  ReceberBoletoEmail: simNao(),
  Ecommerce: optionalSimNao(),
  DadosCartao: optional(cardSchema),
});

const enrolmentSchema = record({
  CodColigada: enrolmentColigada(),
  IdMatrizAplicada: matrixRef(),
  RA: text(20),
  Turma: classRef(),
  DataMatricula: brDate(),
  DataPrevSaida: optionalBrDate(),
  CondicaoAluno: optionalIntIn([0, 1, 2, 3], "0, 1, 2 ou 3"),
  // The seed lists 0, 2 and 3 but its own example sends 1: 0–3 are accepted (sandbox/docs/sge.md).
  CodFinSCAE: optionalIntIn([0, 1, 2, 3], "0, 1, 2 ou 3"),
  Articulacao: optionalIntIn([1, 2, 3], "1, 2 ou 3"),
  Contrato: contractSchema,
  Disciplinas: optional(list(text(20))),
});

type Enrolment = z.output<typeof enrolmentSchema>;
type Contract = Enrolment["Contrato"];

export function registerEnrolmentRoutes(rm: Hono<AppEnv>, state: SandboxState): void {
  rm.post(PATH, async (c) => {
    const body = parseWith(enrolmentSchema, await readObject(c));
    checkPayment(body.Contrato);
    const answer = await state.db.transaction(async (tx) => {
      const { klass, subjects } = await resolveReferences(tx, body);
      await checkClassState(tx, body, klass);
      return enrol(tx, body, klass, subjects);
    });
    return sgeSuccessLeading(c, { Matricula: answer }, "Matrícula realizada com sucesso!");
  });
}

/** Payment rules of the seed's Contrato / DadosCartao notes (all 400). */
function checkPayment(k: Contract): void {
  const discounts = k.DescontoInstitucional + k.DescontoAdicional;
  if (discounts > k.ValorTotal) {
    throw badRequest(
      `Campos Contrato.DescontoInstitucional + Contrato.DescontoAdicional (${centsToDecimal(discounts)}) não podem ser maiores que Contrato.ValorTotal (${centsToDecimal(k.ValorTotal)}).`,
    );
  }
  if (discounts > 0 && !k.MotivoDesconto)
    throw badRequest("Campo Contrato.MotivoDesconto é obrigatório quando há desconto institucional ou adicional.");
  if (!k.Ecommerce) {
    if (k.DadosCartao)
      throw badRequest(
        'Campo Contrato.DadosCartao só deve ser enviado para pagamento por e-commerce (Contrato.Ecommerce = "Sim").',
      );
    return;
  }
  if (k.QuantidadeParc !== 1) {
    throw badRequest(
      `Campo Contrato.QuantidadeParc deve ser 1 no pagamento por e-commerce (recebido ${k.QuantidadeParc}): as parcelas do cartão vão em DadosCartao.ParcelasCartao.`,
    );
  }
  if (!k.DadosCartao)
    throw badRequest(
      'Campo Contrato.DadosCartao é obrigatório no pagamento por e-commerce (Contrato.Ecommerce = "Sim").',
    );
  if (k.DadosCartao.ValorTotalCartao !== k.ValorTotal - discounts) {
    throw badRequest(
      `Campo Contrato.DadosCartao.ValorTotalCartao (${centsToDecimal(k.DadosCartao.ValorTotalCartao)}) deve ser igual a ValorTotal menos os descontos (${centsToDecimal(k.ValorTotal - discounts)}).`,
    );
  }
}

async function resolveReferences(sql: Sql, b: Enrolment): Promise<{ klass: ClassInfo; subjects: ClassSubject[] }> {
  const col = b.CodColigada;
  const matrixId = resolveMatrixRef(b.IdMatrizAplicada, col);
  if (
    !(await firstRow(sql, "SELECT 1 FROM SALUNO WHERE CODCOLIGADA = $1 AND RA = $2 AND D_E_L_E_T_ = ' '", [col, b.RA]))
  ) {
    throw notFound(
      `Aluno com RA ${b.RA} não encontrado na coligada ${col} (campo RA): grave o aluno antes (GravarAluno).`,
    );
  }
  const matrix = await findMatrix(sql, col, matrixId);
  if (!matrix) throw notFound(`Matriz aplicada ${col}|${matrixId} não encontrada (campo IdMatrizAplicada).`);
  const klass = await findClass(sql, col, b.Turma.idPerlet, b.Turma.codTurma);
  if (!klass)
    throw notFound(`Turma ${b.Turma.idPerlet}|${b.Turma.codTurma} não encontrada na coligada ${col} (campo Turma).`);
  if (klass.idMatriz !== matrixId) {
    throw badRequest(
      `Campo Turma inválido: a turma ${b.Turma.idPerlet}|${b.Turma.codTurma} não pertence à matriz aplicada ${col}|${matrixId} (é da matriz ${col}|${klass.idMatriz}).`,
    );
  }
  const k = b.Contrato;
  if (k.CodColCfo !== 0 && k.CodColCfo !== col)
    throw badRequest(`Campo Contrato.CodColCfo inválido: envie 0 (global) ou a própria coligada (${col}).`);
  if (k.QuantidadeParc > matrix.maxParcelas) {
    throw badRequest(
      `Campo Contrato.QuantidadeParc inválido: a oferta ${col}|${matrixId} permite no máximo ${matrix.maxParcelas} parcelas.`,
    );
  }
  const cfo = await firstRow(sql, "SELECT 1 FROM FCFO WHERE CODCOLIGADA = $1 AND CODCFO = $2 AND D_E_L_E_T_ = ' '", [
    k.CodColCfo,
    k.CodCFO.padStart(13, "0"),
  ]);
  if (!cfo) {
    throw notFound(
      `Responsável financeiro ${k.CodCFO} não encontrado na coligada ${k.CodColCfo}${k.CodColCfo === 0 ? " (global)" : ""} (campo Contrato.CodCFO): grave-o antes (GravarResponsavelFinanceiro).`,
    );
  }
  const all = await classSubjects(sql, col, klass.idPerlet, klass.codTurma);
  const wanted = b.Disciplinas ?? [];
  // "Caso este campo não seja informado, o aluno será matriculado em todas as disciplinas da turma".
  if (wanted.length === 0) return { klass, subjects: all };
  const unknown = wanted.filter((d) => !all.some((s) => s.codDisc === d));
  if (unknown.length > 0) {
    throw badRequest(
      `Campo Disciplinas inválido: ${unknown.join(", ")} não pertence(m) à turma ${klass.codTurma} (disciplinas: ${all.map((s) => s.codDisc).join(", ")}).`,
    );
  }
  return { klass, subjects: all.filter((s) => wanted.includes(s.codDisc)) };
}

async function checkClassState(sql: Sql, b: Enrolment, klass: ClassInfo): Promise<void> {
  const existing = await firstRow<{ xnumpro: string | null }>(
    sql,
    `SELECT c.XNUMPRO AS xnumpro FROM SMATRICPL m LEFT JOIN SCONTRATO c ON c.CODCOLIGADA = m.CODCOLIGADA AND c.CODCONTRATO = m.CODCONTRATO
      WHERE m.CODCOLIGADA = $1 AND m.IDPERLET = $2 AND m.CODTURMA = $3 AND m.RA = $4 AND m.CODSTATUS <> 'CA' AND m.D_E_L_E_T_ = ' '`,
    [b.CodColigada, klass.idPerlet, klass.codTurma, b.RA],
  );
  if (existing)
    throw conflict(
      `O aluno ${b.RA} já está matriculado na turma ${klass.idPerlet}|${klass.codTurma} (contrato ${existing.xnumpro ?? "sem contrato"}).`,
    );
  const occupied = await occupiedSeats(sql, b.CodColigada, klass.idPerlet, klass.codTurma);
  if (occupied >= klass.vagas)
    throw conflict(
      `A turma ${klass.idPerlet}|${klass.codTurma} não tem vagas disponíveis (${occupied} de ${klass.vagas} ocupadas).`,
    );
}

async function enrol(sql: Sql, b: Enrolment, klass: ClassInfo, subjects: ClassSubject[]) {
  const k = b.Contrato;
  const card: CardData | undefined = k.DadosCartao && {
    codLoja: k.DadosCartao.Cod_Loja,
    agencia: k.DadosCartao.Agencia,
    codBanco: k.DadosCartao.Cod_Banco,
    conta: k.DadosCartao.Conta,
    motivo: k.DadosCartao.Motivo,
    adquirente: k.DadosCartao.AdquirenteCartao,
    bandeira: k.DadosCartao.BandeiraCartao,
    nsu: k.DadosCartao.NSU,
    meioPagamento: k.DadosCartao.MeioPagamento,
    valorTotal: k.DadosCartao.ValorTotalCartao,
    parcelas: k.DadosCartao.ParcelasCartao,
  };
  const written = await writeEnrolment(sql, {
    coligada: b.CodColigada,
    ra: b.RA,
    klass,
    subjects,
    dataMatricula: b.DataMatricula,
    dataPrevSaida: b.DataPrevSaida,
    condicaoAluno: b.CondicaoAluno,
    codFinScae: b.CodFinSCAE,
    articulacao: b.Articulacao,
    contract: {
      codColCfo: k.CodColCfo,
      codCfo: k.CodCFO.padStart(13, "0"),
      nomeRespFin: k.NomeRespFin,
      total: k.ValorTotal,
      institutional: k.DescontoInstitucional,
      additional: k.DescontoAdicional,
      motivoDesconto: k.MotivoDesconto,
      motivo: k.Motivo,
      count: k.QuantidadeParc,
      firstDue: k.DataVencimento,
      dueDay: k.DiaVencimento,
      firstForm: k.FormaPagtoPrimeiraParc,
      otherForm: k.FormaPagtoDemaisParc,
      receberBoletoEmail: k.ReceberBoletoEmail,
      ecommerce: k.Ecommerce ?? false,
      parcelasCartaoParcelaUm: k.ParcelasCartaoParcelaUm ?? 0,
      dataVenda: k.DataVenda,
      idOportunidade: k.IdOportunidade,
      card,
    },
  });
  const branch = await branchByCode(sql, b.CodColigada, klass.codFilial);
  return {
    Matricula: b.RA,
    XNumPro: written.xnumpro,
    CodFilial: branch?.sigla ?? String(klass.codFilial),
    FilialProtheus: branch?.protheus ?? "",
    CodColigada: b.CodColigada,
    CodContrato: String(written.codContrato),
    StatusContrato: "Vigente",
    DataInicio: wireDate(klass.start),
    DuracaoEmMeses: written.durationMonths,
    SituacaoMatricula: "Pré-Matriculado",
  };
}
