import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { enrolmentFormSchema } from "@/lib/sge/enrolment-form";
import { fieldCodes } from "@/lib/schemas/order-form";
import { businessToday } from "@/server/clock";
import type { SgeEnrolmentResult, SgeEnrolmentStep, SgeInstitutionOffer } from "@/lib/types/sge";
import type { Viewer } from "@/server/auth/viewer";
import { ErpError, erpWords, isRefusal, type ErpErrorCode } from "@/server/erp/errors";
import { toInstitutionOffer } from "@/server/erp/sge/catalogue";
import { fetchCatalogue } from "@/server/erp/sge/catalogue-consulta";
import { saveResponsible, saveStudent } from "@/server/erp/sge/client";
import { requireSgeConnection } from "@/server/erp/sge/connection";
import { enrolmentRequests } from "@/server/erp/sge/enrolment-requests";
import { log } from "@/server/log";
import { getDb } from "@/server/store/db";
import { sgeEnrolments } from "@/server/store/schema";
import { checkOffer, enrolStep } from "./sge-enrol-contract";
import { loadEnrolment, owned, resumable, saveEnrolmentDraft } from "./sge-enrol-drafts";
import { planPeople } from "./sge-enrol-people";
import { auditedPersonWrite } from "./sge-person-audit";

/**
 * SESI/SENAI enrolment (issue 7): the wizard's catalogue and the submission —
 * GravarResponsavelFinanceiro → GravarAluno → RealizarMatricula — recorded step by step in
 * `sge_enrolments`, so a failure at any step is retried from that step. Drafts are
 * sge-enrol-drafts.ts; the bodies are built in server/erp/sge/enrolment-requests.ts, people RM
 * already has are handled by sge-enrol-people.ts (issue 14 item 12), the class and contract by
 * sge-enrol-contract.ts.
 */

const connectionOf = (viewer: Viewer) => requireSgeConnection(viewer.alias);

/** What is on offer in each configured coligada (SESI, SENAI): branches, courses (applied matrices), classes with vacancies. */
export async function enrolmentCatalogue(viewer: Viewer): Promise<SgeInstitutionOffer[]> {
  const connection = connectionOf(viewer);
  return Promise.all(
    connection.coligadas.map(async (coligada) =>
      toInstitutionOffer(coligada, await fetchCatalogue(connection, coligada.code)),
    ),
  );
}

/** `createdKey`: this step created the person (RM had none), so a retry treats them as the rep's own work. */
type StepRecord = SgeEnrolmentStep & { createdKey?: string };

export type SubmitOutcome =
  | { ok: true; result: SgeEnrolmentResult }
  | { ok: false; reason: "invalid"; fields: Record<string, string> }
  | { ok: false; reason: "not_found" | "busy" | "already_enrolled" }
  /** `message`: RM's refusal (`ErpWords`); null when it did not answer (down, timeout, garbled). */
  | { ok: false; reason: "failed"; step: SgeStep; message: string | null; generic?: ErpErrorCode };
type SgeStep = "responsible" | "student" | "enrolment";

/** The people this enrolment created in an earlier attempt (their keys, from its own step records). */
const createdBy = (steps: StepRecord[]) => new Set(steps.flatMap((s) => (s.ok && s.createdKey ? [s.createdKey] : [])));

/**
 * Submits an enrolment. The people are planned first against what RM holds now (sge-enrol-people.ts:
 * an existing person keeps RM's values except what the rep confirmed; nothing is written when
 * nothing changes), then the row is claimed (draft/failed → submitting), so a double click runs one
 * submission. Each SGE call that succeeds is recorded; a retry plans again, so a person or student
 * already written is not written again and the enrolment is asked once more only where it failed.
 */
export async function submitEnrolment(
  viewer: Viewer,
  id: string,
  input: Record<string, unknown>,
): Promise<SubmitOutcome> {
  // What was sent is kept first, valid or not (as the autosave keeps it), so whatever the answer the
  // wizard can name the draft in its address and a reload resumes it.
  await saveEnrolmentDraft(viewer, id, input);
  const parsed = enrolmentFormSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid", fields: fieldCodes(parsed.error) };
  const connection = connectionOf(viewer);
  const offer = await checkOffer(connection, parsed.data);
  if ("fields" in offer) return { ok: false, reason: "invalid", fields: offer.fields };
  const form = {
    ...parsed.data,
    offering: { ...parsed.data.offering, disciplinas: offer.allSubjects ? [] : parsed.data.offering.disciplinas },
  };

  const db = await getDb();
  const [current] = await db
    .select({ steps: sgeEnrolments.steps, saleDate: sgeEnrolments.saleDate })
    .from(sgeEnrolments)
    .where(owned(viewer, id))
    .limit(1);
  const people = await planPeople(
    viewer,
    form,
    enrolmentRequests(form, current?.saleDate ?? businessToday()),
    createdBy((current?.steps as StepRecord[] | undefined) ?? []),
  );
  if ("fields" in people) return { ok: false, reason: "invalid", fields: people.fields };

  const [claimed] = await db
    .update(sgeEnrolments)
    // The sale date is the first submission's: every retry sends it again, and a contract made by a
    // lost attempt is recognised by it (sge-enrol-contract.ts).
    .set({
      state: "submitting",
      error: null,
      updatedAt: new Date(),
      saleDate: sql`COALESCE(${sgeEnrolments.saleDate}, ${businessToday()})`,
    })
    .where(and(owned(viewer, id), resumable()))
    .returning();
  if (!claimed) {
    const stored = await loadEnrolment(viewer, id);
    if (!stored) return { ok: false, reason: "not_found" };
    return stored.state === "enrolled" ? { ok: false, reason: "already_enrolled" } : { ok: false, reason: "busy" };
  }

  const saleDate = claimed.saleDate ?? businessToday();
  const steps = [...((claimed.steps as StepRecord[]) ?? [])];
  const record = async (entry: StepRecord, patch: Partial<typeof sgeEnrolments.$inferInsert>) => {
    steps.push(entry);
    await db
      .update(sgeEnrolments)
      .set({ ...patch, steps, updatedAt: new Date() })
      .where(eq(sgeEnrolments.id, id));
  };
  /** A person RM has and nothing to change: noted once in the history, no call. */
  const kept = (step: StepRecord["step"]) =>
    steps.some((s) => s.step === step && s.ok)
      ? null
      : { step, ok: true, kept: true, at: new Date().toISOString(), message: "" };
  let step: StepRecord["step"] = "responsible";
  try {
    const { responsible, student } = people;
    if (responsible.write) {
      const body = responsible.write;
      const message = await auditedPersonWrite(
        viewer,
        id,
        responsible.audit,
        () => saveResponsible(connection, body),
        (m) => ({ message: m }),
      );
      await record(
        {
          step,
          ok: true,
          at: new Date().toISOString(),
          message,
          ...(responsible.isNew ? { createdKey: responsible.createdKey } : {}),
        },
        { codCfo: responsible.payer.codCfo, step: "student" },
      );
    } else {
      const note = kept(step);
      await (note
        ? record(note, { codCfo: responsible.payer.codCfo, step: "student" })
        : db
            .update(sgeEnrolments)
            .set({ codCfo: responsible.payer.codCfo, step: "student" })
            .where(eq(sgeEnrolments.id, id)));
    }
    step = "student";
    let ra = student.ra;
    if (student.write) {
      const body = student.write;
      const saved = await auditedPersonWrite(
        viewer,
        id,
        student.audit,
        () => saveStudent(connection, body),
        (s) => ({ message: s.message, personKey: s.ra }),
      );
      ra = saved.ra;
      await record(
        {
          step,
          ok: true,
          at: new Date().toISOString(),
          message: saved.message,
          ...(student.isNew ? { createdKey: student.createdKey } : {}),
        },
        { ra, step: "enrolment" },
      );
    } else {
      const note = kept(step);
      await (note
        ? record(note, { ra, step: "enrolment" })
        : db.update(sgeEnrolments).set({ ra, step: "enrolment" }).where(eq(sgeEnrolments.id, id)));
    }
    step = "enrolment";
    const body = enrolmentRequests(form, saleDate).enrolment(ra!, responsible.payer);
    const result = await enrolStep(viewer, connection, body, { enrolmentId: id, saleDate, payer: responsible.payer });
    await record(
      { step, ok: true, at: new Date().toISOString(), message: result.message },
      { state: "enrolled", step: "done", result: result.result, error: null },
    );
    return { ok: true, result: result.result };
  } catch (error) {
    // RM's refusals are written for the user; infrastructure failures are not (the page words them).
    const words = isRefusal(error) ? erpWords(error) : null;
    const message = words?.message ?? null;
    // Recording the failure must never hide it: if the store write fails too, the row stays
    // "submitting" (resumable once the claim is old) and the original error goes on.
    await record(
      { step, ok: false, at: new Date().toISOString(), message: message ?? "" },
      { state: "failed", step, error: message },
    ).catch((recordError: unknown) => {
      log.unexpected("sge.enrol_record_failed", recordError, { step });
    });
    if (!(error instanceof ErpError)) throw error;
    return { ok: false, reason: "failed", step, message, generic: words?.generic };
  }
}
