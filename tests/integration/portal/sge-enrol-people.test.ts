import { randomUUID } from "node:crypto";

import { beforeAll, beforeEach, describe, expect, it } from "vitest";

import type { Viewer } from "@/server/auth/viewer";

import { lookupPeople } from "@/server/services/sge-enrol-people";
import { submitEnrolment } from "@/server/services/sge-enrol";

import { forgetEnrolments, resetWorld } from "./reset";
import { cpfSerial, sampleEnrolmentForm, viewerOf } from "./sge-sample";
import { admin, ANTONIO, auditOf, fcfo, formsFrom, JOSE, MARIA, PEDRO, rmPosts } from "./sge-people-world";

/**
 * Issue 14 item 12: an enrolment never silently overwrites a person RM already has. Each test
 * first plays the attack — a rep typing other data over an existing responsible or student, or a
 * lost-answer retry taking someone else's contract — and then shows what the portal does instead.
 */
const nextCpf = cpfSerial("53");
const formFor = formsFrom(nextCpf);

describe("existing people are not silently overwritten (RM SGE)", () => {
  let ana: Viewer;
  let finance: Viewer;

  beforeAll(async () => {
    await resetWorld();
    await forgetEnrolments();
    ana = await viewerOf("ana", "ana123");
    // The alias' administrator holds the `finance` permission and may enrol (sgeAccessOf).
    finance = await viewerOf("admin", "admin123");
  }, 60_000);

  beforeEach(async () => {
    await admin.faults([]);
    await admin.clearRequests();
  });

  it("the lookup reads RM's record by CPF/CNPJ through RealizaConsulta, e-mail and phones masked", async () => {
    const found = await lookupPeople(ana, { coligada: 3, responsible: MARIA.cpf, student: PEDRO.cpf });
    expect(found.responsible).toMatchObject({
      codCfo: MARIA.codCfo,
      global: true,
      name: MARIA.name,
      email: "f***@e***.com.br",
      phone: "(85) ****-0000",
      mobile: "(85) *****-0000",
    });
    expect(found.responsible!.address).toMatchObject({ cep: "60000000", city: "Fortaleza", state: "CE" });
    expect(found.student).toMatchObject({
      ra: PEDRO.ra,
      name: "Pedro Henrique Alves",
      email: "p***@e***.com.br",
      mobile: "(85) *****-0000",
      birthDate: "2002-05-07",
    });
    // Nothing in clear leaves the server: not the e-mail, not a phone's hidden digits.
    expect(JSON.stringify(found)).not.toMatch(/financeiro\.056440|8532110000|85988880000|85999990000/);
    expect(
      (await lookupPeople(ana, { coligada: 3, responsible: nextCpf(), student: nextCpf() })).responsible,
    ).toBeNull();
    const reads = (await admin.requests()).items.filter(
      (r) => r.method === "GET" && r.path.includes("/framework/v1/consultaSQLServer/RealizaConsulta/"),
    );
    expect(reads.map((r) => r.path.split("/").slice(-3).join("/"))).toEqual(
      expect.arrayContaining(["PGV.SGE.RESPFIN/0/S", "PGV.SGE.ALUNO/0/S"]),
    );
  });

  // Risk: a rep types another e-mail and phones for a CPF RM already has, and the upsert
  // (GravarResponsavelFinanceiro) silently replaces the customer's billing contacts.
  it("a rep's enrolment for an existing responsible keeps RM's e-mail and phones unless confirmed", async () => {
    const before = await fcfo(MARIA.cpf);
    const form = await formFor({
      cpfCnpj: MARIA.cpf,
      name: MARIA.name,
      email: "maria.nova@example.com",
      phone: "8533334444",
      mobile: "85911112222",
    });
    const id = randomUUID();
    const attack = await submitEnrolment(ana, id, form);
    expect(await fcfo(MARIA.cpf)).toEqual(before);
    // The rep never saw the record (a stale draft, a failed lookup): nothing is sent, the wizard shows it.
    expect(attack).toMatchObject({ ok: false, reason: "invalid", fields: { "responsible.cpfCnpj": "on_record" } });
    expect(await rmPosts()).toBe(0);

    // Record shown, nothing ticked: RM's data stays; the responsible is not even written.
    const confirmed = await submitEnrolment(ana, id, {
      ...form,
      responsible: { ...form.responsible, onRecord: true, changes: [] },
    });
    expect(confirmed.ok).toBe(true);
    expect(await fcfo(MARIA.cpf)).toEqual(before);
    expect(await rmPosts("GravarResponsavelFinanceiro")).toBe(0);
    // The contract points at RM's own record (global, its code), whatever store/global the form held.
    const contract = (
      await admin.sql<{ codcfo: string; codcolcfo: number }>(
        "SELECT codcfo, codcolcfo FROM scontrato WHERE xnumpro = $1",
        [confirmed.ok ? confirmed.result.xnumpro : ""],
      )
    ).rows[0];
    expect(contract).toEqual({ codcfo: MARIA.codCfo, codcolcfo: 0 });
    expect(await auditOf(id)).toHaveLength(0);
  });

  it("phones the rep confirms are changed, the rest kept; the update is audited with personal data masked", async () => {
    const before = await fcfo(JOSE.cpf);
    const form = await formFor({
      cpfCnpj: JOSE.cpf,
      name: "Outro Nome Qualquer",
      email: "",
      phone: "8533334444",
      mobile: "85911112222",
      onRecord: true,
      changes: ["phone", "mobile"],
    });
    const id = randomUUID();
    const outcome = await submitEnrolment(ana, id, form);
    expect(outcome.ok).toBe(true);
    expect(await fcfo(JOSE.cpf)).toEqual({ ...before, telefone: "8533334444", celular: "85911112222" });
    const [row, ...more] = await auditOf(id);
    expect(more).toHaveLength(0);
    expect(row).toMatchObject({
      alias: "demo",
      login: "ana",
      kind: "responsible",
      coligada: 3,
      personKey: JOSE.codCfo,
      fields: ["phone", "mobile"],
      ok: true,
    });
    expect(row!.before).toEqual({ phone: "(85) ****-0000", mobile: "(85) *****-0000" });
    expect(row!.after).toEqual({ phone: "(85) ****-4444", mobile: "(85) *****-2222" });
    expect(row!.document).toBe(`***.${JOSE.cpf.slice(3, 6)}.${JOSE.cpf.slice(6, 9)}-**`);
    expect(JSON.stringify(row)).not.toMatch(/8533334444|85911112222|8532110000/);
  });

  // Risk: the browser's "this person is on record" is a hint; believed, it would let a new person
  // through without the contacts RM requires (or skip the checks a new person gets).
  it("a browser claiming a new person is on record gets the new person's checks", async () => {
    const form = await formFor({ email: "", phone: "", mobile: "", onRecord: true, changes: [] });
    expect(await submitEnrolment(ana, randomUUID(), form)).toMatchObject({
      ok: false,
      reason: "invalid",
      // Empty contacts RM requires are "required" (issue 16 item 14), whatever the browser claimed.
      fields: { "responsible.email": "required", "responsible.phone": "required", "responsible.mobile": "required" },
    });
    expect(await rmPosts()).toBe(0);
  });

  // Risk: the billing e-mail decides where boletos and collection notices go; a rep redirecting it
  // is a fraud path. The rule is the server's, whatever the browser sends.
  it("a rep changing an existing responsible's billing e-mail is refused; the finance team may", async () => {
    const before = await fcfo(ANTONIO.cpf);
    const changed = {
      cpfCnpj: ANTONIO.cpf,
      name: ANTONIO.name,
      email: "antonio.novo@example.com",
      phone: "",
      mobile: "",
      onRecord: true,
      changes: ["email" as const],
    };
    const repId = randomUUID();
    const refused = await submitEnrolment(ana, repId, await formFor(changed));
    expect(refused).toMatchObject({
      ok: false,
      reason: "invalid",
      fields: { "responsible.email": "billing_email_finance" },
    });
    expect(await rmPosts()).toBe(0);
    expect(await fcfo(ANTONIO.cpf)).toEqual(before);
    expect(await auditOf(repId)).toHaveLength(0);

    const financeId = randomUUID();
    const allowed = await submitEnrolment(finance, financeId, await formFor(changed));
    expect(allowed.ok).toBe(true);
    expect(await fcfo(ANTONIO.cpf)).toEqual({ ...before, email: "antonio.novo@example.com" });
    const [row] = await auditOf(financeId);
    expect(row).toMatchObject({
      login: "admin",
      kind: "responsible",
      personKey: ANTONIO.codCfo,
      fields: ["email"],
      before: { email: "f***@e***.com.br" },
      after: { email: "a***@e***.com" },
      ok: true,
    });
  });

  it("a write to an existing person that RM did not answer is audited too (it may have happened); the retry writes and audits once more", async () => {
    const form = await formFor({
      cpfCnpj: MARIA.cpf,
      name: MARIA.name,
      email: "",
      phone: "8530304040",
      mobile: "",
      onRecord: true,
      changes: ["phone"],
    });
    const id = randomUUID();
    await admin.faults([
      {
        pathPrefix: "/rm/api/TOTVSCustomizacao/IntegracaoSALESFORCE/GravarResponsavelFinanceiro",
        kind: "status",
        status: 503,
        times: 1,
      },
    ]);
    expect(await submitEnrolment(ana, id, form)).toMatchObject({
      ok: false,
      reason: "failed",
      step: "responsible",
      message: null,
    });
    expect(await auditOf(id)).toMatchObject([
      { kind: "responsible", fields: ["phone"], ok: false, message: "O SGE não respondeu." },
    ]);
    expect((await submitEnrolment(ana, id, form)).ok).toBe(true);
    expect((await fcfo(MARIA.cpf)).telefone).toBe("8530304040");
    const rows = await auditOf(id);
    expect(rows.map((r) => r.ok).sort()).toEqual([false, true]);
    expect(rows.find((r) => r.ok)).toMatchObject({
      after: { phone: "(85) ****-4040" },
      message: expect.stringContaining("existente em base, atualizado"),
    });
  });

  it("a person this enrolment created in a failed attempt is the rep's own: a correction before the retry is written, and audited", async () => {
    const form = await sampleEnrolmentForm(nextCpf());
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
    const corrected = { ...form, responsible: { ...form.responsible, mobile: "85955554444" } };
    expect((await submitEnrolment(ana, id, corrected)).ok).toBe(true);
    expect((await fcfo(form.responsible.cpfCnpj)).celular).toBe("85955554444");
    expect(await auditOf(id)).toMatchObject([{ kind: "responsible", fields: ["mobile"], ok: true }]);
    // Someone else's enrolment of that same person gets no such licence: it is a person on record.
    expect(
      await submitEnrolment(ana, randomUUID(), {
        ...corrected,
        responsible: { ...corrected.responsible, mobile: "85900000000" },
      }),
    ).toMatchObject({ ok: false, fields: { "responsible.cpfCnpj": "on_record" } });
  });
});
