import { randomUUID } from "node:crypto";

import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { withCheckDigits } from "@/lib/br-documents";
import { addMonths, toSgeDate } from "@/lib/dates";

import { testBusinessDate } from "@/scripts/business-date.mjs";
import type { Viewer } from "@/server/auth/viewer";
import { enrol, saveResponsible, saveStudent } from "@/server/erp/sge/client";
import { sgeConnection } from "@/server/erp/sge/connection";

import { enrolmentRequests } from "@/server/erp/sge/enrolment-requests";
import { submitEnrolment } from "@/server/services/sge-enrol";
import { loadEnrolment } from "@/server/services/sge-enrol-drafts";

import { forgetEnrolments, resetWorld } from "./reset";
import { cpfSerial, sampleEnrolmentForm, viewerOf } from "./sge-sample";
import { admin, auditOf, formsFrom, PEDRO, pessoa } from "./sge-people-world";

/**
 * Issue 14 item 12, students and the lost-answer recovery: an enrolment never silently overwrites a person RM already has. Each test
 * first plays the attack — a rep typing other data over an existing responsible or student, or a
 * lost-answer retry taking someone else's contract — and then shows what the portal does instead.
 */
const nextCpf = cpfSerial("54");
const formFor = formsFrom(nextCpf);

describe("existing students and contracts are not silently overwritten or taken (RM SGE)", () => {
  let ana: Viewer;

  beforeAll(async () => {
    await resetWorld();
    await forgetEnrolments();
    ana = await viewerOf("ana", "ana123");
  }, 60_000);

  beforeEach(async () => {
    await admin.faults([]);
    await admin.clearRequests();
  });

  it("an existing student is not overwritten either: only what the rep confirms reaches GravarAluno", async () => {
    const before = await pessoa(PEDRO.cpf);
    const typed = {
      cpf: PEDRO.cpf,
      name: "Pedro H. Alves",
      email: "pedro.outro@example.com",
      mobile: "85977776666",
      birthCity: "Sobral",
    };
    const id = randomUUID();
    const attack = await submitEnrolment(ana, id, await formFor({}, typed));
    expect(await pessoa(PEDRO.cpf)).toEqual(before);
    expect(attack).toMatchObject({ ok: false, reason: "invalid", fields: { "student.cpf": "on_record" } });

    const confirmed = await submitEnrolment(
      ana,
      id,
      await formFor({}, { ...typed, onRecord: true, changes: ["mobile"] }),
    );
    expect(confirmed).toMatchObject({ ok: true, result: { ra: PEDRO.ra } });
    expect(await pessoa(PEDRO.cpf)).toEqual({ ...before, telefone2: "85977776666" });
    const rows = await auditOf(id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      kind: "student",
      personKey: PEDRO.ra,
      fields: ["mobile"],
      before: { mobile: "(85) *****-0000" },
      after: { mobile: "(85) *****-6666" },
      ok: true,
    });
  });

  it("a person RM has without a student at SENAI gets one from RM's own data; that write is audited too", async () => {
    // Rafael Gomes Teixeira: a SESI student (RA 0000001001), no SENAI RA yet.
    const rafael = withCheckDigits("370341452");
    const before = await pessoa(rafael);
    const id = randomUUID();
    const outcome = await submitEnrolment(
      ana,
      id,
      await formFor({}, { cpf: rafael, name: "Outro Nome", birthCity: "Crato", onRecord: true, changes: [] }),
    );
    expect(outcome.ok).toBe(true);
    expect(await pessoa(rafael)).toEqual(before);
    const ra = outcome.ok ? outcome.result.ra : "";
    expect(ra).toMatch(/^\d{10}$/);
    expect(ra).not.toBe("0000001001");
    // The mother's name is kept per student (SALUNOCOMPL): SENAI has none yet, so the form's fills it.
    expect(await auditOf(id)).toMatchObject([
      {
        kind: "student",
        coligada: 3,
        personKey: ra,
        fields: ["motherName"],
        before: { motherName: "" },
        after: { motherName: "Francisca Souza" },
        ok: true,
        message: expect.stringContaining("criado"),
      },
    ]);
  });

  // Risk: "SGE made the enrolment but the answer was lost" was recognised as any live contract of
  // the RA in the class — another sale, paid by someone else, became this enrolment's result.
  it("the lost-answer recovery takes only this enrolment's contract (RA, class, sale date, responsible)", async () => {
    const connection = sgeConnection("demo")!;
    const today = testBusinessDate();
    const otherDay = toSgeDate(addMonths(today, -1));
    // A student already enrolled in the class by another sale: responsible B, a month ago.
    const b = await sampleEnrolmentForm(nextCpf());
    const bRequests = enrolmentRequests(b, today);
    await saveResponsible(connection, bRequests.responsible);
    const { ra } = await saveStudent(connection, bRequests.student());
    const earlier = bRequests.enrolment(ra);
    await enrol(connection, { ...earlier, Contrato: { ...earlier.Contrato, DataVenda: otherDay } });

    // This enrolment: the same student and class, another responsible (new), today.
    const form = await formFor(
      {},
      { ...b.student, sameAsResponsible: false, cpf: b.responsible.cpfCnpj, onRecord: true, changes: [] },
    );
    const id = randomUUID();
    const outcome = await submitEnrolment(ana, id, form);
    expect(outcome).toMatchObject({
      ok: false,
      reason: "failed",
      step: "enrolment",
      message: expect.stringContaining("já está matriculado"),
    });
    expect(await loadEnrolment(ana, id)).toMatchObject({ state: "failed", result: null });

    // The same responsible as that contract, but not its sale date: still not this enrolment's.
    const sameResponsible = await formFor(
      {
        cpfCnpj: b.responsible.cpfCnpj,
        name: b.responsible.name,
        email: "",
        phone: "",
        mobile: "",
        onRecord: true,
        changes: [],
      },
      { ...b.student, sameAsResponsible: false, cpf: b.responsible.cpfCnpj, onRecord: true, changes: [] },
    );
    const second = randomUUID();
    expect(await submitEnrolment(ana, second, sameResponsible)).toMatchObject({
      ok: false,
      reason: "failed",
      step: "enrolment",
    });
    expect((await loadEnrolment(ana, second))?.result).toBeNull();
  });

  // Risk: two drafts of the same sale (a double entry, a copied draft): the second one's 409 would
  // otherwise "recover" the first one's contract, and two portal enrolments would show one contract.
  it("a contract another enrolment of the portal already holds is not taken as this one's", async () => {
    const form = await sampleEnrolmentForm(nextCpf());
    const first = await submitEnrolment(ana, randomUUID(), form);
    expect(first.ok).toBe(true);
    const again = {
      ...form,
      responsible: { ...form.responsible, email: "", phone: "", mobile: "", onRecord: true, changes: [] },
      student: { ...form.student, email: "", onRecord: true, changes: [] },
    };
    const second = randomUUID();
    expect(await submitEnrolment(ana, second, again)).toMatchObject({
      ok: false,
      reason: "failed",
      step: "enrolment",
      message: expect.stringContaining("já está matriculado"),
    });
    expect((await loadEnrolment(ana, second))?.result).toBeNull();
  });
});
