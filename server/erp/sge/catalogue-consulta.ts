import "server-only";
import { z } from "zod";
import type { SgeConnectionConfig } from "@/server/env";
import type { SgeBranch, SgeCashAccount, SgeCatalogue, SgeClass, SgeOffer, SgeSubject } from "./catalogue";
import { amount, code, id, realizaConsulta, rmDate, text, upperKeys } from "./consulta";

/**
 * The catalogue read through RM's standard SQL query (RealizaConsulta): four sentences the
 * customer's RM team registers (codes in `SGE_CONNECTIONS.<alias>.consulta`; SQL and columns:
 * sandbox/docs/sge.md), each one flat row kind of a coligada, assembled here into the nested
 * shapes of catalogue.ts. Rows are read tolerantly: column names in any case, numbers as numbers
 * or numeric text, nulls where a LEFT JOIN found nothing.
 */

const coligadaColumn = { CODCOLIGADA: id };

export const branchRowSchema = z.preprocess(
  upperKeys,
  z.object({
    ...coligadaColumn,
    CODFILIAL: text,
    SIGLA: text,
    NOME: text,
    CIDADE: text,
    ESTADO: text,
    IDINTEGRACAO: text,
  }),
);

/** One applied matrix × one of its classes (class columns null for a matrix without classes). */
export const offerRowSchema = z.preprocess(
  upperKeys,
  z.object({
    ...coligadaColumn,
    IDMATRIZAPLICADA: text,
    CODCURSO: text,
    NOMECURSO: text,
    CODFILIAL: text,
    SIGLA: text,
    IDPERLET: id,
    CODPERLET: text,
    VALOR: amount,
    MAXPARCELAS: amount,
    CODTURMA: code,
    NOMETURMA: text,
    TURNO: code,
    DTINICIAL: rmDate,
    DTFINAL: rmDate,
    MAXALUNOS: amount,
    VAGASOCUPADAS: amount,
  }),
);

export const subjectRowSchema = z.preprocess(
  upperKeys,
  z.object({ ...coligadaColumn, IDPERLET: id, CODTURMA: text, CODDISC: text, NOME: text, CARGAHORARIA: amount }),
);

export const cashAccountRowSchema = z.preprocess(
  upperKeys,
  z.object({
    ...coligadaColumn,
    CODCXA: text,
    DESCRICAO: text,
    CODFILIAL: text,
    SIGLA: text,
    IDINTEGRACAO: text,
    NUMBANCO: code,
    NUMAGENCIA: code,
    NROCONTA: code,
    SEMMOVIMENTACAO: text,
  }),
);

/** A branch is named by its SGE code (`UN20`, GFILIAL.SIGLA), or its number where it has none. */
const branchCode = (r: { SIGLA: string; CODFILIAL: string }) => r.SIGLA || r.CODFILIAL;
const classKey = (idPerlet: number, codTurma: string) => `${idPerlet}|${codTurma}`;

export async function fetchBranches(c: SgeConnectionConfig, coligada: number): Promise<SgeBranch[]> {
  const rows = await realizaConsulta(c, c.consulta.branches, { CODCOLIGADA: coligada }, branchRowSchema);
  return rows.map((r) => ({
    CodFilial: branchCode(r),
    Nome: r.NOME,
    FilialProtheus: r.IDINTEGRACAO,
    Cidade: r.CIDADE,
    Estado: r.ESTADO,
  }));
}

/** Offer rows → applied matrices with their classes (in the sentence's order), subjects by class. */
export function assembleOffers(
  rows: z.infer<typeof offerRowSchema>[],
  subjects: z.infer<typeof subjectRowSchema>[],
): SgeOffer[] {
  const subjectsOf = new Map<string, SgeSubject[]>();
  for (const s of subjects) {
    const key = classKey(s.IDPERLET, s.CODTURMA);
    subjectsOf.set(key, [
      ...(subjectsOf.get(key) ?? []),
      { CodDisciplina: s.CODDISC, Nome: s.NOME, CargaHoraria: s.CARGAHORARIA },
    ]);
  }
  const offers = new Map<string, SgeOffer>();
  for (const r of rows) {
    const matrixId = `${r.CODCOLIGADA}|${r.IDMATRIZAPLICADA}`;
    let offer = offers.get(matrixId);
    if (!offer) {
      offer = {
        IdMatrizAplicada: matrixId,
        CodCurso: r.CODCURSO,
        NomeCurso: r.NOMECURSO,
        CodFilial: branchCode(r),
        IdPerlet: r.IDPERLET,
        CodPerlet: r.CODPERLET,
        Valor: r.VALOR,
        MaxParcelas: r.MAXPARCELAS,
        Turmas: [],
      };
      offers.set(matrixId, offer);
    }
    if (!r.CODTURMA) continue;
    const turma = classKey(r.IDPERLET, r.CODTURMA);
    const klass: SgeClass = {
      Turma: turma,
      CodTurma: r.CODTURMA,
      Nome: r.NOMETURMA,
      Turno: r.TURNO,
      DataInicio: r.DTINICIAL ?? "",
      DataFim: r.DTFINAL ?? "",
      Vagas: r.MAXALUNOS,
      VagasOcupadas: r.VAGASOCUPADAS,
      VagasDisponiveis: Math.max(0, r.MAXALUNOS - r.VAGASOCUPADAS),
      Disciplinas: subjectsOf.get(turma) ?? [],
    };
    offer.Turmas.push(klass);
  }
  return [...offers.values()];
}

/**
 * A coligada's offers (PGV.SGE.OFERTAS), with each class's subjects (PGV.SGE.DISCIPLINAS, read in
 * parallel) unless `subjects` is false (the PJ and admin lists show classes and courses only).
 */
export async function fetchOffers(
  c: SgeConnectionConfig,
  coligada: number,
  options: { subjects?: boolean } = {},
): Promise<SgeOffer[]> {
  const [rows, subjects] = await Promise.all([
    realizaConsulta(c, c.consulta.offers, { CODCOLIGADA: coligada }, offerRowSchema),
    options.subjects === false
      ? []
      : realizaConsulta(c, c.consulta.subjects, { CODCOLIGADA: coligada }, subjectRowSchema),
  ]);
  return assembleOffers(rows, subjects);
}

/** What the enrolment wizard needs of a coligada: branches and offers with subjects (three sentences, in parallel). */
export async function fetchCatalogue(c: SgeConnectionConfig, coligada: number): Promise<SgeCatalogue> {
  const [Filiais, Ofertas] = await Promise.all([fetchBranches(c, coligada), fetchOffers(c, coligada)]);
  return { Filiais, Ofertas };
}

/** A coligada's cash accounts (PGV.SGE.CONTASCAIXA); `SEMMOVIMENTACAO` T = an account without bank movement. */
export async function fetchCashAccounts(c: SgeConnectionConfig, coligada: number): Promise<SgeCashAccount[]> {
  const rows = await realizaConsulta(c, c.consulta.cashAccounts, { CODCOLIGADA: coligada }, cashAccountRowSchema);
  return rows.map((r) => ({
    CodCxa: r.CODCXA,
    Descricao: r.DESCRICAO,
    CodFilial: branchCode(r),
    FilialProtheus: r.IDINTEGRACAO,
    Banco: r.NUMBANCO,
    Agencia: r.NUMAGENCIA,
    ContaCorrente: r.NROCONTA,
    SemMovimentacao: r.SEMMOVIMENTACAO.toUpperCase() === "T",
  }));
}
