import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import { fromSgeDateTime } from "@/lib/dates";
import { contractTermIssues } from "@/lib/sge/instalments";
import type { EnrolmentForm } from "@/lib/sge/enrolment-form";
import type { SgeEnrolmentResult } from "@/lib/types/sge";
import type { Viewer } from "@/server/auth/viewer";
import type { SgeConnectionConfig } from "@/server/env";
import { ErpError } from "@/server/erp/errors";
import { fetchOffers } from "@/server/erp/sge/catalogue-consulta";
import { enrol, type Enrolment } from "@/server/erp/sge/client";
import { configuredColigada } from "@/server/erp/sge/connection";
import { fetchContractHeaders, type SgeContractHeader } from "@/server/erp/sge/contracts-consulta";
import { log } from "@/server/log";
import { getDb } from "@/server/store/db";
import { sgeEnrolments } from "@/server/store/schema";
import type { Payer } from "@/server/erp/sge/enrolment-requests";

/** The class and the contract of an enrolment: the offer re-checked, RealizarMatricula, and the lost-answer recovery. */

/**
 * The chosen class against SGE's current offer (the page may be hours old): it is in a configured
 * coligada, still exists in that course and branch, has a vacancy, and the subjects are the class's.
 */
export async function checkOffer(
  connection: SgeConnectionConfig,
  form: EnrolmentForm,
): Promise<{ allSubjects: boolean } | { fields: Record<string, string> }> {
  if (!configuredColigada(connection, form.offering.coligada)) return { fields: { "offering.coligada": "required" } };
  const offers = await fetchOffers(connection, form.offering.coligada);
  const offering = offers.find(
    (o) => o.IdMatrizAplicada === form.offering.idMatrizAplicada && o.CodFilial === form.offering.codFilial,
  );
  const klass = offering?.Turmas.find((t) => t.Turma === form.offering.turma);
  if (!offering || !klass) return { fields: { "offering.turma": "class_unavailable" } };
  if (klass.VagasDisponiveis <= 0) return { fields: { "offering.turma": "no_vacancy" } };
  // The course's limits as SGE has them now, whatever terms the page carried.
  const terms = {
    maxInstalments: offering.MaxParcelas,
    classStart: fromSgeDateTime(klass.DataInicio) ?? "",
    classEnd: fromSgeDateTime(klass.DataFim) ?? "",
  };
  const termIssues = terms.classStart ? contractTermIssues(form.contract, terms) : {};
  if (Object.keys(termIssues).length) return { fields: termIssues };
  const subjects = new Set(klass.Disciplinas.map((d) => d.CodDisciplina));
  if (form.offering.disciplinas.some((d) => !subjects.has(d)))
    return { fields: { "offering.disciplinas": "subjects" } };
  return { allSubjects: form.offering.disciplinas.length === subjects.size };
}

/** What identifies this enrolment's contract in RM: the RA, the class, the sale date and who pays. */
type EnrolmentIdentity = { enrolmentId: string; saleDate: string; payer: Payer };

/**
 * A contract is this enrolment's own only when everything RealizarMatricula was asked to record
 * matches: same RA, same class, not cancelled, the sale date this enrolment sent, the responsible
 * it named. RM refuses a second enrolment of an RA in a class (409), so a contract of the RA in
 * that class may be someone else's sale — another date, another payer — and is then not ours.
 */
export function isOwnContract(contract: SgeContractHeader, body: Enrolment, identity: EnrolmentIdentity): boolean {
  return (
    contract.RA === body.RA &&
    contract.Turma === body.Turma &&
    contract.StatusContrato !== "Cancelado" &&
    fromSgeDateTime(contract.DataVenda) === identity.saleDate &&
    contract.CodCFO.trim().padStart(13, "0") === identity.payer.codCfo.padStart(13, "0") &&
    (contract.CodColCfo === null || contract.CodColCfo === identity.payer.codColCfo)
  );
}

/**
 * RealizarMatricula. When SGE says the student is already enrolled in the class (an earlier attempt
 * whose answer was lost), the contract is read back and taken as the result only if it is this
 * enrolment's (isOwnContract) and no other enrolment of the portal holds it already; otherwise RM's
 * refusal stands.
 */
export async function enrolStep(
  viewer: Viewer,
  connection: SgeConnectionConfig,
  body: Enrolment,
  identity: EnrolmentIdentity,
): Promise<{ result: SgeEnrolmentResult; message: string }> {
  try {
    const m = await enrol(connection, body);
    return { message: m.message, result: enrolmentResult({ ...m, RA: m.Matricula }) };
  } catch (error) {
    if (!(error instanceof ErpError) || error.kind !== "conflict") throw error;
    const contracts = await fetchContractHeaders(connection, body.CodColigada, { ra: body.RA });
    const existing = contracts.find((c) => isOwnContract(c, body, identity));
    if (!existing || (await claimedElsewhere(viewer, identity.enrolmentId, existing.XNumPro))) {
      log.warn("sge.enrol_conflict_not_ours", {
        alias: viewer.alias,
        login: viewer.login,
        enrolmentId: identity.enrolmentId,
        ra: body.RA,
        turma: body.Turma,
        candidates: contracts.filter((c) => c.Turma === body.Turma).map((c) => c.XNumPro),
      });
      throw error;
    }
    return { message: error.message, result: enrolmentResult(existing) };
  }
}

/** Another enrolment of the alias already took this contract as its result. */
async function claimedElsewhere(viewer: Viewer, enrolmentId: string, xnumpro: string): Promise<boolean> {
  const db = await getDb();
  const [other] = await db
    .select({ id: sgeEnrolments.id })
    .from(sgeEnrolments)
    .where(
      and(
        eq(sgeEnrolments.alias, viewer.alias),
        ne(sgeEnrolments.id, enrolmentId),
        sql`${sgeEnrolments.result} ->> 'xnumpro' = ${xnumpro}`,
      ),
    )
    .limit(1);
  return Boolean(other);
}

/** RealizarMatricula's answer, or the contract read back, as the confirmation keeps it. */
function enrolmentResult(m: {
  RA: string;
  XNumPro: string;
  CodFilial: string;
  FilialProtheus: string;
  CodColigada: number;
  CodContrato: string;
  StatusContrato: string;
  DataInicio: string | null;
  DuracaoEmMeses: number | null;
  SituacaoMatricula: string;
}): SgeEnrolmentResult {
  return {
    ra: m.RA,
    xnumpro: m.XNumPro,
    codFilial: m.CodFilial,
    protheusBranch: m.FilialProtheus,
    coligada: m.CodColigada,
    contract: m.CodContrato,
    contractStatus: m.StatusContrato,
    start: fromSgeDateTime(m.DataInicio),
    months: m.DuracaoEmMeses ?? 0,
    situation: m.SituacaoMatricula,
  };
}
