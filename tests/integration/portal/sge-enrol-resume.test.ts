import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { testBusinessDate } from "@/scripts/business-date.mjs";
import type { Viewer } from "@/server/auth/viewer";
import { enrol } from "@/server/erp/sge/client";
import { sgeConnection } from "@/server/erp/sge/connection";
import { enrolmentRequests } from "@/server/erp/sge/enrolment-requests";
import { submitEnrolment } from "@/server/services/sge-enrol";
import { listEnrolments, loadEnrolment, saveEnrolmentDraft } from "@/server/services/sge-enrol-drafts";
import { log } from "@/server/log";
import { getDb } from "@/server/store/db";
import { sgeEnrolments } from "@/server/store/schema";
import { admin, cleanSandbox, count, sampleForms, sgeCalls, signInReps } from "./sge-enrol-world";

/**
 * SESI/SENAI enrolment when a submission does not go through in one go (services against the
 * sandbox's RM SGE): SGE failing at RealizarMatricula, a process dying between two SGE calls, the
 * store failing while the failure is recorded, and an enrolment SGE made whose answer was lost —
 * each resumed at its step, never writing a person, a student or an enrolment twice.
 */
const sampleForm = sampleForms("55");

describe("SESI/SENAI enrolment resumed after a failure (services against the sandbox's RM SGE)", () => {
  let ana: Viewer;

  beforeAll(async () => {
    ({ ana } = await signInReps());
  }, 60_000);

  beforeEach(cleanSandbox);

  it("SGE fails at RealizarMatricula: the retry resumes there — one person, one student, one enrolment", async () => {
    const form = await sampleForm();
    const cpf = form.responsible.cpfCnpj;
    const id = randomUUID();
    await admin.faults([
      {
        pathPrefix: "/rm/api/TOTVSCustomizacao/IntegracaoSALESFORCE/RealizarMatricula",
        kind: "status",
        status: 500,
        times: 1,
      },
    ]);
    const failed = await submitEnrolment(ana, id, form);
    expect(failed).toMatchObject({ ok: false, reason: "failed", step: "enrolment" });
    expect(await loadEnrolment(ana, id)).toMatchObject({ state: "failed", step: "enrolment" });
    const retried = await submitEnrolment(ana, id, form);
    expect(retried.ok).toBe(true);
    expect([
      await sgeCalls("GravarResponsavelFinanceiro"),
      await sgeCalls("GravarAluno"),
      await sgeCalls("RealizarMatricula"),
    ]).toEqual([1, 1, 2]);
    expect(await count("SELECT count(*)::int AS n FROM ppessoa WHERE cpf = $1 AND d_e_l_e_t_ = ' '", [cpf])).toBe(1);
    expect(await count("SELECT count(*)::int AS n FROM fcfo WHERE cgccfo = $1 AND d_e_l_e_t_ = ' '", [cpf])).toBe(1);
    expect(
      await count(
        "SELECT count(*)::int AS n FROM smatricpl m JOIN saluno a ON a.codcoligada = m.codcoligada AND a.ra = m.ra JOIN ppessoa p ON p.codigo = a.codpessoa WHERE p.cpf = $1",
        [cpf],
      ),
    ).toBe(1);
  });

  // Risk: the process dies between two SGE calls (restart, crash); the row stays "submitting" and
  // the rep can neither resume nor discard it.
  it("a submission interrupted mid-way is shown as such and resumes at its step once its claim is old", async () => {
    const form = await sampleForm();
    const id = randomUUID();
    await admin.faults([
      {
        pathPrefix: "/rm/api/TOTVSCustomizacao/IntegracaoSALESFORCE/RealizarMatricula",
        kind: "status",
        status: 500,
        times: 1,
      },
    ]);
    expect(await submitEnrolment(ana, id, form)).toMatchObject({ ok: false, step: "enrolment" });
    const db = await getDb();
    // As the store looks when the process died inside the enrolment call: claimed, never settled.
    // (A claim's age is elapsed wall-clock time, not a business date.)
    await db.update(sgeEnrolments).set({ state: "submitting", updatedAt: new Date() }).where(eq(sgeEnrolments.id, id));
    expect((await loadEnrolment(ana, id))?.state).toBe("submitting");
    expect(await submitEnrolment(ana, id, form)).toEqual({ ok: false, reason: "busy" });
    // Older than the whole submission's budget (4 × SGE_TIMEOUT_MS + 15 s): nobody is running it.
    await db
      .update(sgeEnrolments)
      .set({ updatedAt: new Date(Date.now() - 10 * 60_000) })
      .where(eq(sgeEnrolments.id, id));
    expect((await loadEnrolment(ana, id))?.state).toBe("interrupted");
    expect((await listEnrolments(ana)).find((e) => e.id === id)?.state).toBe("interrupted");
    // The wizard's autosave on reopening: the row becomes a failed submission to resume.
    expect(await saveEnrolmentDraft(ana, id, form)).toEqual({ ok: true });
    expect((await loadEnrolment(ana, id))?.state).toBe("failed");
    await admin.clearRequests();
    expect((await submitEnrolment(ana, id, form)).ok).toBe(true);
    // Resumed at the enrolment: the person and the student are not written again.
    expect([
      await sgeCalls("GravarResponsavelFinanceiro"),
      await sgeCalls("GravarAluno"),
      await sgeCalls("RealizarMatricula"),
    ]).toEqual([0, 0, 1]);
    expect((await loadEnrolment(ana, id))?.state).toBe("enrolled");
  });

  // Risk: the store fails while the failed step is being recorded, and the rep is told "store error"
  // (or nothing) instead of what SGE answered; or the row is left claimed forever.
  it("a store failure while recording a failed step never masks SGE's answer, and the row stays resumable", async () => {
    const form = await sampleForm();
    const id = randomUUID();
    await admin.faults([
      {
        pathPrefix: "/rm/api/TOTVSCustomizacao/IntegracaoSALESFORCE/RealizarMatricula",
        kind: "status",
        status: 500,
        times: 1,
      },
    ]);
    const db = await getDb();
    const update = db.update.bind(db);
    const storeDown = new Error("store unavailable while recording the failure");
    // Only the write that records the failure fails; every other store write goes through.
    const updates = vi.spyOn(db, "update").mockImplementation(((table: Parameters<typeof update>[0]) => {
      const builder = update(table);
      const set = builder.set.bind(builder);
      return Object.assign(builder, {
        set: (values: Parameters<typeof set>[0]) => {
          if ((values as { state?: unknown }).state === "failed") throw storeDown;
          return set(values);
        },
      });
    }) as typeof db.update);
    const logged = vi.spyOn(log, "unexpected");
    try {
      expect(await submitEnrolment(ana, id, form)).toEqual({
        ok: false,
        reason: "failed",
        step: "enrolment",
        message: null,
      });
      expect(logged).toHaveBeenCalledWith("sge.enrol_record_failed", storeDown, { step: "enrolment" });
    } finally {
      updates.mockRestore();
      logged.mockRestore();
    }
    // The failure was never recorded: the row is still claimed, and resumes at its step once its claim is old.
    expect(await loadEnrolment(ana, id)).toMatchObject({ state: "submitting", step: "enrolment" });
    await db
      .update(sgeEnrolments)
      .set({ updatedAt: new Date(Date.now() - 10 * 60_000) })
      .where(eq(sgeEnrolments.id, id));
    expect((await loadEnrolment(ana, id))?.state).toBe("interrupted");
    expect(await saveEnrolmentDraft(ana, id, form)).toEqual({ ok: true });
    await admin.clearRequests();
    expect((await submitEnrolment(ana, id, form)).ok).toBe(true);
    expect([
      await sgeCalls("GravarResponsavelFinanceiro"),
      await sgeCalls("GravarAluno"),
      await sgeCalls("RealizarMatricula"),
    ]).toEqual([0, 0, 1]);
  });

  it("an enrolment SGE made but whose answer was lost is recognised on the retry, not duplicated", async () => {
    const form = await sampleForm();
    const id = randomUUID();
    await admin.faults([
      {
        pathPrefix: "/rm/api/TOTVSCustomizacao/IntegracaoSALESFORCE/RealizarMatricula",
        kind: "status",
        status: 502,
        times: 1,
      },
    ]);
    expect(await submitEnrolment(ana, id, form)).toMatchObject({ ok: false, step: "enrolment" });
    // Meanwhile the enrolment happened in SGE (e.g. the first call went through a proxy that then failed).
    const stored = await loadEnrolment(ana, id);
    await enrol(
      sgeConnection("demo")!,
      enrolmentRequests(form, testBusinessDate()).enrolment(
        stored!.result?.ra ?? (await raOf(form.responsible.cpfCnpj)),
      ),
    );
    const retried = await submitEnrolment(ana, id, form);
    expect(retried).toMatchObject({ ok: true });
    expect(
      await count(
        "SELECT count(*)::int AS n FROM scontrato c JOIN saluno a ON a.codcoligada = c.codcoligada AND a.ra = c.ra JOIN ppessoa p ON p.codigo = a.codpessoa WHERE p.cpf = $1",
        [form.responsible.cpfCnpj],
      ),
    ).toBe(1);
  });
});

async function raOf(cpf: string): Promise<string> {
  const { rows } = await admin.sql<{ ra: string }>(
    "SELECT a.ra FROM saluno a JOIN ppessoa p ON p.codigo = a.codpessoa WHERE p.cpf = $1",
    [cpf],
  );
  return rows[0]!.ra;
}
