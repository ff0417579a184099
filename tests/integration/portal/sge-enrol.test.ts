import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { EnrolmentForm } from "@/lib/sge/enrolment-form";
import { testBusinessDate } from "@/scripts/business-date.mjs";
import { login } from "@/server/auth/login";
import { loadSession } from "@/server/auth/sessions";
import { canSell, viewerFromSession, type Viewer } from "@/server/auth/viewer";
import { enrol } from "@/server/erp/sge/client";
import { sgeConnection } from "@/server/erp/sge/connection";
import { enrolmentRequests } from "@/server/erp/sge/enrolment-requests";
import { enrolmentCatalogue, submitEnrolment } from "@/server/services/sge-enrol";
import { listEnrolments, loadEnrolment, saveEnrolmentDraft } from "@/server/services/sge-enrol-drafts";
import { log } from "@/server/log";
import { getDb } from "@/server/store/db";
import { sgeEnrolments } from "@/server/store/schema";
import { sandboxAdmin } from "../sandbox-admin";
import { forgetEnrolments, resetWorld } from "./reset";
import { cpfSerial, sampleEnrolmentForm, viewerOf } from "./sge-sample";

const admin = sandboxAdmin();

const nextCpf = cpfSerial("52");
const sampleForm = (overrides: { contract?: Partial<EnrolmentForm["contract"]> } = {}) =>
  sampleEnrolmentForm(nextCpf(), overrides);

const count = async (sql: string, params: unknown[]) => (await admin.sql<{ n: number }>(sql, params)).rows[0]!.n;
const sgeCalls = async (endpoint: string) =>
  (await admin.requests()).items.filter((r) => r.path.endsWith(`/${endpoint}`) && r.method === "POST").length;

describe("SESI/SENAI enrolment (services against the sandbox's RM SGE)", () => {
  let ana: Viewer;
  let bruno: Viewer;

  beforeAll(async () => {
    await resetWorld();
    await forgetEnrolments();
    ana = await viewerOf("ana", "ana123");
    bruno = await viewerOf("bruno", "bruno123");
  }, 60_000);

  beforeEach(async () => {
    await admin.faults([]);
    await admin.clearRequests();
  });

  it("roles: a seller enrols; the finance login signs in for SGE only; an administrator may do everything", async () => {
    expect(ana.sge).toEqual({ enrol: true, finance: false, admin: false });
    const fabio = await viewerOf("fabio", "fabio123");
    expect(fabio.seller).toBeNull();
    expect(canSell(fabio)).toBe(false);
    expect(fabio.sge).toEqual({ enrol: false, finance: true, admin: false });
    expect((await viewerOf("admin", "admin123")).sge).toEqual({ enrol: true, finance: true, admin: true });
    // carla is neither a seller nor in the finance team: still refused.
    expect(await login({ alias: "demo", username: "carla", password: "carla123" }, "10.41.0.9")).toMatchObject({
      ok: false,
      failure: "NOT_A_SELLER",
    });
    // An alias without SGE: no SGE menus at all.
    const diego = viewerFromSession(
      (await loadSession(
        (
          (await login({ alias: "norte", username: "diego", password: "diego123" }, "10.41.0.9")) as {
            sessionId: string;
          }
        ).sessionId,
      ))!,
    );
    expect(diego.sge).toBeNull();
  });

  it("the catalogue shows SESI and SENAI with classes, dates and vacancies", async () => {
    const offer = await enrolmentCatalogue(ana);
    expect(offer.map((o) => o.coligada)).toEqual([2, 3]);
    const klass = offer[1]!.offerings.flatMap((o) => o.classes).find((c) => c.classId === "11|TEC.001.017");
    expect(klass).toMatchObject({ start: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), vacancies: expect.any(Number) });
    expect(klass!.subjects.length).toBeGreaterThan(0);
  });

  it("e-commerce card at SENAI: responsible → student → enrolment, one contract instalment, the confirmation kept", async () => {
    const form = await sampleForm();
    const id = randomUUID();
    const outcome = await submitEnrolment(ana, id, form);
    expect(outcome).toMatchObject({
      ok: true,
      result: { contractStatus: "Vigente", situation: "Pré-Matriculado", protheusBranch: expect.any(String) },
    });
    if (!outcome.ok) return;
    expect(outcome.result.xnumpro).toMatch(/^SGE3F\d+C\d+$/);
    expect(
      await count(
        "SELECT count(*)::int AS n FROM sparcela p JOIN scontrato c ON c.codcoligada = p.codcoligada AND c.codcontrato = p.codcontrato WHERE c.xnumpro = $1",
        [outcome.result.xnumpro],
      ),
    ).toBe(1);
    const stored = await loadEnrolment(ana, id);
    expect(stored).toMatchObject({ state: "enrolled", step: "done", result: { xnumpro: outcome.result.xnumpro } });
    expect(stored!.steps.map((s) => [s.step, s.ok])).toEqual([
      ["responsible", true],
      ["student", true],
      ["enrolment", true],
    ]);
    // Every subject chosen → sent empty (SGE enrols in all of them).
    expect(enrolmentRequests(form, testBusinessDate()).enrolment("1").Disciplinas).toEqual(form.offering.disciplinas);
    expect(await submitEnrolment(ana, id, form)).toEqual({ ok: false, reason: "already_enrolled" });
  });

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

  it("bad input comes back as field codes and nothing reaches SGE", async () => {
    const form = await sampleForm({ contract: { instalments: 3, additionalDiscount: 10_00, discountReason: "" } });
    const outcome = await submitEnrolment(ana, randomUUID(), form);
    expect(outcome).toMatchObject({
      ok: false,
      reason: "invalid",
      fields: { "contract.instalments": "ecommerce_one_instalment", "contract.discountReason": "discount_reason" },
    });
    const badCpf = await sampleForm();
    badCpf.responsible.cpfCnpj = "12345678900";
    expect(await submitEnrolment(ana, randomUUID(), badCpf)).toMatchObject({
      ok: false,
      reason: "invalid",
      fields: { "responsible.cpfCnpj": "cpf_cnpj" },
    });
    const gone = await sampleForm();
    gone.offering.turma = "11|NAO.EXISTE";
    expect(await submitEnrolment(ana, randomUUID(), gone)).toMatchObject({
      ok: false,
      reason: "invalid",
      fields: { "offering.turma": "class_unavailable" },
    });
    expect((await admin.requests()).items.filter((r) => r.method === "POST" && r.path.startsWith("/rm/"))).toHaveLength(
      0,
    );
  });

  it("drafts belong to their rep: bruno cannot read, overwrite or submit ana's", async () => {
    const id = randomUUID();
    expect(await saveEnrolmentDraft(ana, id, { student: { name: "Rascunho da Ana" } })).toEqual({ ok: true });
    expect((await listEnrolments(ana)).find((r) => r.id === id)?.summary).toBe("Rascunho da Ana");
    expect(await loadEnrolment(bruno, id)).toBeNull();
    expect(await saveEnrolmentDraft(bruno, id, { student: { name: "Bruno" } })).toEqual({
      ok: false,
      reason: "locked",
    });
    expect(await submitEnrolment(bruno, id, await sampleForm())).toEqual({ ok: false, reason: "not_found" });
    expect((await loadEnrolment(ana, id))?.summary).toBe("Rascunho da Ana");
  });
});

async function raOf(cpf: string): Promise<string> {
  const { rows } = await admin.sql<{ ra: string }>(
    "SELECT a.ra FROM saluno a JOIN ppessoa p ON p.codigo = a.codpessoa WHERE p.cpf = $1",
    [cpf],
  );
  return rows[0]!.ra;
}
