import "server-only";
import { createHash } from "node:crypto";
import { and, desc, eq, inArray, lt, or, sql } from "drizzle-orm";
import { normalizeDocument } from "@/lib/br-documents";
import { codCfoOf } from "@/lib/sge/cod-cfo";
import { fromSgeDateTime, toSgeDate } from "@/lib/sge/dates";
import { centsToReais } from "@/lib/sge/ops/money";
import { enrolmentFormSchema, type EnrolmentForm } from "@/lib/sge/enrolment-form";
import { fieldCodes } from "@/lib/schemas/order-form";
import { businessToday } from "@/server/clock";
import type { SgeEnrolmentResult, SgeEnrolmentRow, SgeEnrolmentStep, SgeInstitutionOffer } from "@/lib/types/sge";
import type { Viewer } from "@/server/auth/viewer";
import { env, type SgeConnectionConfig } from "@/server/env";
import { ErpError } from "@/server/erp/errors";
import { enrol, fetchCatalogue, fetchContracts, saveResponsible, saveStudent, type Enrolment, type Responsible, type Student } from "@/server/erp/sge/client";
import { sgeConnection } from "@/server/erp/sge/connection";
import { log } from "@/server/log";
import { getDb } from "@/server/store/db";
import { sgeEnrolments } from "@/server/store/schema";

/**
 * SESI/SENAI enrolment (issue 7): the wizard's catalogue, its drafts, and the submission —
 * GravarResponsavelFinanceiro → GravarAluno → RealizarMatricula — recorded step by step in
 * `sge_enrolments`, so a failure at any step is retried from that step.
 */

const MAX_DRAFT_BYTES = 64_000;

function connectionOf(viewer: Viewer): SgeConnectionConfig {
  const connection = sgeConnection(viewer.alias);
  if (!connection) throw new ErpError("not_found", "Este alias não tem o SGE configurado.");
  return connection;
}

/** What is on offer at SESI and SENAI: branches, courses (applied matrices), classes with vacancies. */
export async function enrolmentCatalogue(viewer: Viewer): Promise<SgeInstitutionOffer[]> {
  const connection = connectionOf(viewer);
  return Promise.all(
    ([2, 3] as const).map(async (coligada) => {
      const data = await fetchCatalogue(connection, coligada);
      return {
        coligada,
        branches: data.Filiais.map((f) => ({ code: f.CodFilial, name: f.Nome, protheusBranch: f.FilialProtheus, city: f.Cidade })),
        offerings: data.Ofertas.map((o) => ({
          idMatrizAplicada: o.IdMatrizAplicada,
          courseCode: o.CodCurso,
          courseName: o.NomeCurso,
          codFilial: o.CodFilial,
          period: o.CodPerlet,
          price: Math.round(o.Valor * 100),
          maxInstalments: o.MaxParcelas,
          classes: o.Turmas.map((t) => ({
            turma: t.Turma,
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
    }),
  );
}

// ---- store -------------------------------------------------------------------------------

type Row = typeof sgeEnrolments.$inferSelect;

const owned = (viewer: Viewer, id: string) => and(eq(sgeEnrolments.id, id), eq(sgeEnrolments.alias, viewer.alias), eq(sgeEnrolments.login, viewer.login));

/**
 * How long a submission can last: the offer check and the three SGE calls, each within
 * SGE_TIMEOUT_MS, plus the store's writes. A row "submitting" for longer lost its process (a
 * restart, a crash) and may be claimed again: it resumes at its step.
 */
function submitBudgetMs(): number {
  return 4 * env().SGE_TIMEOUT_MS + 15_000;
}

/** A claim older than the budget: the submission is not running any more. */
function interruptedClaim() {
  return and(eq(sgeEnrolments.state, "submitting"), lt(sgeEnrolments.updatedAt, new Date(Date.now() - submitBudgetMs())));
}

/** States the rep may change or send again: a draft, a failure, or an interrupted submission. */
function resumable() {
  return or(inArray(sgeEnrolments.state, ["draft", "failed"]), interruptedClaim());
}

function rowOf(r: Row): SgeEnrolmentRow {
  const interrupted = r.state === "submitting" && Date.now() - r.updatedAt.getTime() > submitBudgetMs();
  return { id: r.id, summary: r.summary, state: interrupted ? "interrupted" : r.state, step: r.step, error: r.error, updatedAt: r.updatedAt.toISOString(), result: (r.result as SgeEnrolmentResult | null) ?? null };
}

/** A draft's one-line summary for lists: student, course. */
function summaryOf(data: unknown): string {
  const d = data as { student?: { name?: unknown }; responsible?: { name?: unknown }; summary?: unknown };
  const student = typeof d.student?.name === "string" ? d.student.name.trim() : "";
  const course = typeof d.summary === "string" ? d.summary : "";
  return [student, course].filter(Boolean).join(" · ").slice(0, 200);
}

export async function loadEnrolment(viewer: Viewer, id: string): Promise<(SgeEnrolmentRow & { data: unknown; steps: SgeEnrolmentStep[] }) | null> {
  const db = await getDb();
  const [row] = await db.select().from(sgeEnrolments).where(owned(viewer, id)).limit(1);
  return row ? { ...rowOf(row), data: row.data, steps: (row.steps as SgeEnrolmentStep[]) ?? [] } : null;
}

export async function listEnrolments(viewer: Viewer): Promise<SgeEnrolmentRow[]> {
  const db = await getDb();
  const rows = await db
    .select()
    .from(sgeEnrolments)
    .where(and(eq(sgeEnrolments.alias, viewer.alias), eq(sgeEnrolments.login, viewer.login)))
    .orderBy(desc(sgeEnrolments.updatedAt))
    .limit(200);
  return rows.map(rowOf);
}

export type DraftSave = { ok: true } | { ok: false; reason: "too_large" | "locked" };

/** Saves what the rep typed (any shape: a draft is work in progress); refused once submitted. */
export async function saveEnrolmentDraft(viewer: Viewer, id: string, data: unknown): Promise<DraftSave> {
  if (JSON.stringify(data).length > MAX_DRAFT_BYTES) return { ok: false, reason: "too_large" };
  const db = await getDb();
  const summary = summaryOf(data);
  const [existing] = await db.select({ state: sgeEnrolments.state }).from(sgeEnrolments).where(eq(sgeEnrolments.id, id)).limit(1);
  if (existing) {
    const updated = await db
      .update(sgeEnrolments)
      // An interrupted submission becomes a failed one: saving must not make its old claim look fresh.
      .set({ data, summary, updatedAt: new Date(), state: sql`CASE WHEN ${sgeEnrolments.state} = 'submitting' THEN 'failed' ELSE ${sgeEnrolments.state} END` })
      .where(and(owned(viewer, id), resumable()))
      .returning({ id: sgeEnrolments.id });
    return updated.length ? { ok: true } : { ok: false, reason: "locked" };
  }
  await db.insert(sgeEnrolments).values({ id, alias: viewer.alias, login: viewer.login, data, summary }).onConflictDoNothing();
  return { ok: true };
}

/** Discards a draft or a failed submission (an enrolment in SGE is never touched from here). */
export async function discardEnrolment(viewer: Viewer, id: string): Promise<boolean> {
  const db = await getDb();
  const deleted = await db.delete(sgeEnrolments).where(and(owned(viewer, id), resumable())).returning({ id: sgeEnrolments.id });
  return deleted.length > 0;
}

// ---- submission -------------------------------------------------------------------------

/** The three SGE bodies, built on the server from the validated form (never taken from the browser). */
export function enrolmentRequests(form: EnrolmentForm, today: string): { codCfo: string; responsible: Responsible; student: (ra?: string) => Student; enrolment: (ra: string) => Enrolment } {
  const { offering, responsible: r, student: s, contract: c } = form;
  const codCfo = codCfoOf(r.cpfCnpj, r.store)!;
  const digits = (v: string) => v.replace(/\D/g, "");
  const responsible: Responsible = {
    CodCFO: codCfo,
    Nome: r.name,
    CPFCNPJ: normalizeDocument(r.cpfCnpj),
    Email: r.email,
    Cep: digits(r.cep),
    Logradouro: r.street,
    Numero: Number(r.number),
    Complemento: r.complement,
    Bairro: r.district,
    Estado: r.state,
    Cidade: r.city,
    Pais: r.country,
    Telefone: digits(r.phone),
    Celular: digits(r.mobile),
    ...(r.workPhone.trim() ? { Tel_Comercial: digits(r.workPhone) } : {}),
    ...(r.fax.trim() ? { Fax: digits(r.fax) } : {}),
    CodColigada: offering.coligada,
    Global: r.global,
  };
  // "Same person" and "same address" are resolved here, so SGE gets what the review showed.
  const person = s.sameAsResponsible ? { name: r.name, cpf: normalizeDocument(r.cpfCnpj), email: r.email } : { name: s.name, cpf: normalizeDocument(s.cpf), email: s.email };
  const place = s.sameAddress ? r : s;
  const student = (): Student => ({
    Nome: person.name,
    EstadoNatal: s.birthState,
    Naturalidade: s.birthCity,
    DataNascimento: toSgeDate(s.birthDate),
    Cpf: person.cpf,
    Cep: digits(place.cep),
    Rua: place.street,
    Numero: Number(place.number),
    Complemento: place.complement,
    Bairro: place.district,
    Estado: place.state,
    Cidade: place.city,
    Pais: place.country,
    ...(s.homePhone.trim() ? { Tel_Residencial: digits(s.homePhone) } : {}),
    ...(s.mobile.trim() ? { Tel_Celular: digits(s.mobile) } : {}),
    SitOcupacional: Number(s.occupation),
    TipoEscola: Number(s.schoolType) as 1 | 2 | 3 | 4 | 9,
    CodColigada: offering.coligada,
    IdMatrizAplicada: offering.idMatrizAplicada,
    ...(person.email ? { Email: person.email } : {}),
    ...(s.motherName ? { NomeMae: s.motherName } : {}),
  });
  const discount = c.institutionalDiscount + c.additionalDiscount;
  const enrolment = (ra: string): Enrolment => ({
    CodColigada: offering.coligada,
    IdMatrizAplicada: offering.idMatrizAplicada,
    RA: ra,
    Turma: offering.turma,
    DataMatricula: toSgeDate(c.enrolDate),
    ...(c.endDate ? { DataPrevSaida: toSgeDate(c.endDate) } : {}),
    CondicaoAluno: Number(s.condition),
    CodFinSCAE: Number(s.scae) as 0 | 2 | 3,
    Articulacao: Number(s.articulation),
    Contrato: {
      NomeRespFin: r.name,
      CodColCfo: r.global ? 0 : offering.coligada,
      CodCFO: codCfo,
      ValorTotal: centsToReais(c.total),
      QuantidadeParc: c.instalments,
      ParcelasCartaoParcelaUm: c.ecommerce && c.card ? c.card.instalments : 0,
      DataVencimento: toSgeDate(c.firstDue),
      DiaVencimento: c.dueDay,
      DescontoInstitucional: centsToReais(c.institutionalDiscount),
      DescontoAdicional: centsToReais(c.additionalDiscount),
      ...(discount > 0 ? { MotivoDesconto: c.discountReason } : {}),
      DataVenda: toSgeDate(today),
      ...(c.opportunityId ? { IdOportunidade: Number(c.opportunityId) } : {}),
      FormaPagtoPrimeiraParc: c.firstPayment,
      FormaPagtoDemaisParc: c.otherPayments,
      ReceberBoletoEmail: c.boletoByEmail ? "Sim" : "Não",
      Ecommerce: c.ecommerce ? "Sim" : "Não",
      ...(c.ecommerce && c.card
        ? {
            DadosCartao: {
              Cod_Loja: Number(c.card.store),
              Agencia: c.card.agency,
              Cod_Banco: c.card.bank,
              Conta: c.card.account,
              Motivo: c.card.method === "Crédito" ? "CAC" : "CAR",
              AdquirenteCartao: c.card.acquirer,
              BandeiraCartao: c.card.brand.toUpperCase(),
              NSU: c.card.nsu,
              MeioPagamento: c.card.method,
              ValorTotalCartao: centsToReais(c.total - discount),
              ParcelasCartao: c.card.instalments,
            },
          }
        : {}),
    },
    // Every subject of the class → empty list (SGE then enrols in all of them, as the seed says).
    Disciplinas: offering.disciplinas,
  });
  return { codCfo, responsible, student, enrolment };
}

const hashOf = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 16);

type StepRecord = SgeEnrolmentStep & { hash?: string };

export type SubmitOutcome =
  | { ok: true; result: SgeEnrolmentResult }
  | { ok: false; reason: "invalid"; fields: Record<string, string> }
  | { ok: false; reason: "not_found" | "busy" | "already_enrolled" }
  /** `message`: RM's own words when it refused; null when it did not answer (down, timeout, garbled). */
  | { ok: false; reason: "failed"; step: "responsible" | "student" | "enrolment"; message: string | null };

/** RM's refusals are written for the user; infrastructure failures are not (the page words them). */
function rmWords(error: unknown): string | null {
  return error instanceof ErpError && (error.kind === "business" || error.kind === "bad_request" || error.kind === "conflict" || error.kind === "not_found") ? error.message : null;
}

/**
 * Submits an enrolment. The row is claimed first (draft/failed → submitting), so a double click
 * runs one submission. Each SGE call that succeeds is recorded with a hash of what it sent; a
 * retry skips the calls whose input did not change, so the person and the student are not
 * written twice and the enrolment is asked once more only where it failed.
 */
export async function submitEnrolment(viewer: Viewer, id: string, input: unknown): Promise<SubmitOutcome> {
  const parsed = enrolmentFormSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid", fields: fieldCodes(parsed.error) };
  const form = parsed.data;
  const connection = connectionOf(viewer);
  await saveEnrolmentDraft(viewer, id, input);
  const offer = await checkOffer(connection, form);
  if ("fields" in offer) return { ok: false, reason: "invalid", fields: offer.fields };

  const db = await getDb();
  const [claimed] = await db
    .update(sgeEnrolments)
    .set({ state: "submitting", error: null, updatedAt: new Date() })
    .where(and(owned(viewer, id), resumable()))
    .returning();
  if (!claimed) {
    const current = await loadEnrolment(viewer, id);
    if (!current) return { ok: false, reason: "not_found" };
    return current.state === "enrolled" ? { ok: false, reason: "already_enrolled" } : { ok: false, reason: "busy" };
  }

  const requests = enrolmentRequests({ ...form, offering: { ...form.offering, disciplinas: offer.allSubjects ? [] : form.offering.disciplinas } }, businessToday());
  const steps = [...((claimed.steps as StepRecord[]) ?? [])];
  const doneWith = (step: StepRecord["step"], hash: string) => steps.some((s) => s.step === step && s.ok && s.hash === hash);
  const record = async (entry: StepRecord, patch: Partial<typeof sgeEnrolments.$inferInsert>) => {
    steps.push(entry);
    await db.update(sgeEnrolments).set({ ...patch, steps, updatedAt: new Date() }).where(eq(sgeEnrolments.id, id));
  };
  let step: StepRecord["step"] = "responsible";
  try {
    const responsibleHash = hashOf(requests.responsible);
    if (!(doneWith("responsible", responsibleHash) && claimed.codCfo)) {
      const message = await saveResponsible(connection, requests.responsible);
      await record({ step, ok: true, at: new Date().toISOString(), message, hash: responsibleHash }, { codCfo: requests.codCfo, step: "student" });
    }
    step = "student";
    const studentBody = requests.student();
    const studentHash = hashOf(studentBody);
    let ra = claimed.ra;
    if (!(doneWith("student", studentHash) && ra)) {
      const saved = await saveStudent(connection, studentBody);
      ra = saved.ra;
      await record({ step, ok: true, at: new Date().toISOString(), message: saved.message, hash: studentHash }, { ra, step: "enrolment" });
    }
    step = "enrolment";
    const result = await enrolStep(connection, requests.enrolment(ra!), form);
    await record({ step, ok: true, at: new Date().toISOString(), message: result.message }, { state: "enrolled", step: "done", result: result.result, error: null });
    return { ok: true, result: result.result };
  } catch (error) {
    const message = rmWords(error);
    // Recording the failure must never hide it: if the store write fails too, the row stays
    // "submitting" (resumable once the claim is old) and the original error goes on.
    await record({ step, ok: false, at: new Date().toISOString(), message: message ?? "" }, { state: "failed", step, error: message }).catch((recordError: unknown) => {
      log.unexpected("sge.enrol_record_failed", recordError, { step });
    });
    if (!(error instanceof ErpError)) throw error;
    return { ok: false, reason: "failed", step, message };
  }
}

/**
 * The chosen class against SGE's current offer (the page may be hours old): it still exists in
 * that course and branch, has a vacancy, and the subjects are the class's.
 */
async function checkOffer(connection: SgeConnectionConfig, form: EnrolmentForm): Promise<{ allSubjects: boolean } | { fields: Record<string, string> }> {
  const catalogue = await fetchCatalogue(connection, form.offering.coligada);
  const offering = catalogue.Ofertas.find((o) => o.IdMatrizAplicada === form.offering.idMatrizAplicada && o.CodFilial === form.offering.codFilial);
  const klass = offering?.Turmas.find((t) => t.Turma === form.offering.turma);
  if (!offering || !klass) return { fields: { "offering.turma": "class_unavailable" } };
  if (klass.VagasDisponiveis <= 0) return { fields: { "offering.turma": "no_vacancy" } };
  const subjects = new Set(klass.Disciplinas.map((d) => d.CodDisciplina));
  if (form.offering.disciplinas.some((d) => !subjects.has(d))) return { fields: { "offering.disciplinas": "subjects" } };
  return { allSubjects: form.offering.disciplinas.length === subjects.size };
}

/**
 * RealizarMatricula. When SGE says the student is already enrolled in the class (an earlier
 * attempt whose answer was lost), the existing contract is read back and taken as the result.
 */
async function enrolStep(connection: SgeConnectionConfig, body: Enrolment, form: EnrolmentForm): Promise<{ result: SgeEnrolmentResult; message: string }> {
  try {
    const m = await enrol(connection, body);
    return { message: m.message, result: enrolmentResult({ ...m, RA: m.Matricula }) };
  } catch (error) {
    if (!(error instanceof ErpError) || error.kind !== "conflict") throw error;
    const contracts = await fetchContracts(connection, form.offering.coligada, { ra: body.RA });
    const existing = contracts.find((c) => c.Turma === form.offering.turma && c.StatusContrato !== "Cancelado");
    if (!existing) throw error;
    return { message: error.message, result: enrolmentResult(existing) };
  }
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
