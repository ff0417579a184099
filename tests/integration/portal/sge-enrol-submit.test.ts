import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { testBusinessDate } from "@/scripts/business-date.mjs";
import { login } from "@/server/auth/login";
import { loadSession } from "@/server/auth/sessions";
import { canSell, viewerFromSession, type Viewer } from "@/server/auth/viewer";
import { enrolmentRequests } from "@/server/erp/sge/enrolment-requests";
import { enrolmentCatalogue, submitEnrolment } from "@/server/services/sge-enrol";
import { listEnrolments, loadEnrolment, saveEnrolmentDraft } from "@/server/services/sge-enrol-drafts";
import { viewerOf } from "./sge-sample";
import { admin, cleanSandbox, count, sampleForms, signInReps } from "./sge-enrol-world";

/**
 * SESI/SENAI enrolment, the rep's journey through the services against the sandbox's RM SGE: who may
 * enrol, the catalogue, an e-commerce enrolment at SENAI from responsible to confirmation, bad input
 * refused field by field before anything reaches SGE, and drafts that belong to their rep. When a
 * submission fails or is cut short and resumes: sge-enrol-resume.test.ts.
 */
const sampleForm = sampleForms("52");

describe("SESI/SENAI enrolment (services against the sandbox's RM SGE)", () => {
  let ana: Viewer;
  let bruno: Viewer;

  beforeAll(async () => {
    ({ ana, bruno } = await signInReps());
  }, 60_000);

  beforeEach(cleanSandbox);

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

  it("bad input comes back as field codes and nothing reaches SGE", async () => {
    const form = await sampleForm({ contract: { instalments: 3, additionalDiscount: 10_00, discountReason: "" } });
    const refused = randomUUID();
    const outcome = await submitEnrolment(ana, refused, form);
    expect(outcome).toMatchObject({
      ok: false,
      reason: "invalid",
      fields: { "contract.instalments": "ecommerce_one_instalment", "contract.discountReason": "discount_reason" },
    });
    // What was sent is kept as the draft all the same (a reload of the wizard resumes it to be fixed).
    const kept = await loadEnrolment(ana, refused);
    expect([kept?.state, (kept?.data as typeof form | undefined)?.contract.instalments]).toEqual(["draft", 3]);
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
