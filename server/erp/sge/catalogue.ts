import "server-only";
import { fromSgeDateTime, toIsoDate } from "@/lib/dates";
import { toCents } from "@/lib/money";
import type { PjClassOption } from "@/lib/sge/ops/types";
import type { SgeInstitutionOffer } from "@/lib/types/sge";

/**
 * What SESI and SENAI offer — branches, courses (applied matrices) with their classes and subjects,
 * cash accounts — as the portal holds it (RM's names; dates as RM answers them,
 * `yyyy-mm-ddT00:00:00`), read through RealizaConsulta (catalogue-consulta.ts), and its reshaping
 * into what the enrolment wizard and the PJ form show.
 */

export type SgeSubject = { CodDisciplina: string; Nome: string; CargaHoraria: number };
export type SgeClass = {
  /** RealizarMatricula's `Turma`: `<IdPerlet>|<CodTurma>`. */
  Turma: string;
  CodTurma: string;
  Nome: string;
  Turno: string | null;
  DataInicio: string;
  DataFim: string;
  Vagas: number;
  VagasOcupadas: number;
  VagasDisponiveis: number;
  Disciplinas: SgeSubject[];
};
export type SgeOffer = {
  /** RealizarMatricula's `IdMatrizAplicada`: `<CodColigada>|<IdMatrizAplicada>`. */
  IdMatrizAplicada: string;
  CodCurso: string;
  NomeCurso: string;
  /** The branch's SGE code (`UN20`). */
  CodFilial: string;
  IdPerlet: number;
  CodPerlet: string;
  Valor: number;
  MaxParcelas: number;
  Turmas: SgeClass[];
};
export type SgeBranch = { CodFilial: string; Nome: string; FilialProtheus: string; Cidade: string; Estado: string };
export type SgeCashAccount = {
  CodCxa: string;
  Descricao: string;
  CodFilial: string;
  FilialProtheus: string;
  Banco: string | null;
  Agencia: string | null;
  ContaCorrente: string | null;
  SemMovimentacao: boolean;
};
/** A coligada's offer as the enrolment wizard needs it. */
export type SgeCatalogue = { Filiais: SgeBranch[]; Ofertas: SgeOffer[] };

/** A coligada's catalogue as the enrolment wizard shows it (dates `yyyy-mm-dd`, price in centavos). */
export function toInstitutionOffer(coligada: { code: number; name: string }, data: SgeCatalogue): SgeInstitutionOffer {
  return {
    coligada: coligada.code,
    name: coligada.name,
    branches: data.Filiais.map((f) => ({
      code: f.CodFilial,
      name: f.Nome,
      protheusBranch: f.FilialProtheus,
      city: f.Cidade,
    })),
    offerings: data.Ofertas.map((o) => ({
      matrixId: o.IdMatrizAplicada,
      courseCode: o.CodCurso,
      courseName: o.NomeCurso,
      branchCode: o.CodFilial,
      period: o.CodPerlet,
      price: toCents(o.Valor),
      maxInstalments: o.MaxParcelas,
      classes: o.Turmas.map((t) => ({
        classId: t.Turma,
        code: t.CodTurma,
        name: t.Nome,
        shift: t.Turno,
        start: fromSgeDateTime(t.DataInicio) ?? t.DataInicio,
        end: fromSgeDateTime(t.DataFim) ?? t.DataFim,
        vacancies: t.Vagas,
        available: t.VagasDisponiveis,
        subjects: t.Disciplinas.map((d) => ({ code: d.CodDisciplina, name: d.Nome, hours: d.CargaHoraria })),
      })),
    })),
  };
}

/** The classes a PJ contract may point at, with their dates; one per class and period (a class may sit in several matrices). */
export function toPjClassOptions(offers: { coligada: number; offers: SgeOffer[] }[]): PjClassOption[] {
  const options = offers.flatMap(({ coligada, offers }) =>
    offers.flatMap((offer) =>
      offer.Turmas.map((c) => ({
        coligada,
        classCode: c.CodTurma,
        className: c.Nome,
        courseName: offer.NomeCurso,
        periodId: offer.IdPerlet,
        periodCode: offer.CodPerlet,
        branch: offer.CodFilial.replace(/^UN/i, ""),
        startDate: toIsoDate(c.DataInicio) ?? "",
        endDate: toIsoDate(c.DataFim) ?? "",
      })),
    ),
  );
  const unique = new Map(options.map((o) => [`${o.coligada}|${o.periodId}|${o.classCode}`, o]));
  return [...unique.values()];
}
