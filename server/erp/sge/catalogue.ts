import "server-only";
import { z } from "zod";
import { fromSgeDateTime, toIsoDate } from "@/lib/dates";
import { toCents } from "@/lib/money";
import type { PjClassOption } from "@/lib/sge/ops/types";
import type { SgeInstitutionOffer } from "@/lib/types/sge";
import { okSchema } from "./wire";

/**
 * Sandbox extension (read-only; see sandbox/docs/sge.md): what SESI and SENAI offer — branches,
 * courses (applied matrices) with their classes and subjects, cash accounts, scholarships — and its
 * reshaping into what the enrolment wizard and the PJ form show.
 */

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

/** A coligada's catalogue as the enrolment wizard shows it (dates `yyyy-mm-dd`, price in centavos). */
export function toInstitutionOffer(coligada: 2 | 3, data: SgeCatalogue): SgeInstitutionOffer {
  return {
    coligada,
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
export function toPjClassOptions(catalogues: { coligada: 2 | 3; catalogue: SgeCatalogue }[]): PjClassOption[] {
  const options = catalogues.flatMap(({ coligada, catalogue }) =>
    catalogue.Ofertas.flatMap((offer) =>
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
