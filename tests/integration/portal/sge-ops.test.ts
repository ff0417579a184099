import { and, eq } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { testBusinessDate } from "@/scripts/business-date.mjs";
import { login } from "@/server/auth/login";
import { loadSession } from "@/server/auth/sessions";
import { viewerFromSession, type Viewer } from "@/server/auth/viewer";
import { getDb } from "@/server/store/db";
import { sgeFinanceLog, sgePjAudit, sgePjContracts } from "@/server/store/schema";
import { saveAccountingItem, saveCrmService, courseOptions } from "@/server/services/sge-admin";
import {
  cancelContractAgreement,
  cancelContractLaunch,
  cancelLaunchSettlement,
  changeLaunchNossoNumero,
  createContractAgreement,
  includeContractLaunch,
  settleContractLaunch,
} from "@/server/services/sge-finance";
import { cashAccountsFor, findContracts, loadContract } from "@/server/services/sge-finance-read";
import { financeHistory } from "@/server/services/sge-ops";
import {
  consultPjContracts,
  knownPjContract,
  listKnownPjContracts,
  pjClassOptions,
  registerPjContract,
} from "@/server/services/sge-pj";
import { sandboxAdmin } from "../sandbox-admin";
import { resetWorld } from "./reset";

// Server actions read the session from next-auth's cookie and the language from the request:
// the test plays the browser by holding the cookie of whoever `actAs` names.
const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined) }),
  headers: async () => new Headers({ "accept-language": "pt-BR" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const actions = await import("@/server/actions/sge-ops");
const admin = sandboxAdmin();

async function signIn(username: string, password: string): Promise<{ viewer: Viewer; sessionId: string }> {
  const result = await login({ alias: "demo", username, password }, "10.41.0.9");
  if (!result.ok) throw new Error(`${username}: ${result.failure}`);
  return { viewer: viewerFromSession((await loadSession(result.sessionId))!), sessionId: result.sessionId };
}

async function actAs(sessionId: string | null) {
  jar.clear();
  if (sessionId)
    jar.set("next-auth.session-token", await encode({ token: { sid: sessionId }, secret: process.env.AUTH_SECRET! }));
}

// What the portal sent to SGE (the sandbox's request log keeps no bodies): fetch is watched, and
// `failing` makes one SGE path fail at the network level, as an unreachable RM would.
type SentCall = { path: string; method: string; body: unknown };
const sent: SentCall[] = [];
let failing: string | null = null;
const realFetch = globalThis.fetch;
vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (url.pathname.startsWith("/rm/api/")) {
    sent.push({
      path: url.pathname,
      method: init?.method ?? "GET",
      body: typeof init?.body === "string" ? JSON.parse(init.body) : undefined,
    });
    if (failing && url.pathname.endsWith(failing)) throw new TypeError("fetch failed");
  }
  return realFetch(input, init);
});
const sgeCalls = async (path: string) => sent.filter((r) => r.path.includes(path) && r.method === "POST");
const auditRows = async (xnumpro: string) =>
  (await getDb())
    .select()
    .from(sgeFinanceLog)
    .where(and(eq(sgeFinanceLog.alias, "demo"), eq(sgeFinanceLog.xnumpro, xnumpro)));
const launchOf = async (viewer: Viewer, xnumpro: string, idLan: number) => {
  const contract = await loadContract(viewer, 3, xnumpro);
  if (!contract.ok) throw new Error(`contract ${xnumpro}: ${contract.reason}`);
  return contract.data.launches.find((l) => l.id === idLan)!;
};

describe("SGE back office: PJ contracts, finance operations, CRM services (services and actions against the sandbox)", () => {
  let ana: { viewer: Viewer; sessionId: string };
  let fabio: { viewer: Viewer; sessionId: string };
  let boss: { viewer: Viewer; sessionId: string };
  const today = testBusinessDate();

  beforeAll(async () => {
    await resetWorld();
    ana = await signIn("ana", "ana123");
    fabio = await signIn("fabio", "fabio123");
    boss = await signIn("admin", "admin123");
  }, 120_000);

  beforeEach(async () => {
    await admin.reset();
    sent.length = 0;
    failing = null;
    const db = await getDb();
    await db.delete(sgeFinanceLog);
    await db.delete(sgePjContracts);
    await db.delete(sgePjAudit);
  });

  it("roles: ana enrols (PJ) without finance; fabio has finance only; admin has everything", () => {
    expect(ana.viewer.sge).toEqual({ enrol: true, finance: false, admin: false });
    expect(fabio.viewer.sge).toMatchObject({ finance: true, admin: false });
    expect(boss.viewer.sge).toEqual({ enrol: true, finance: true, admin: true });
  });

  describe("PJ contracts", () => {
    it("registers a contract on a catalogue class, consults it, and remembers both for the alias", async () => {
      const classes = await pjClassOptions(ana.viewer);
      expect(classes.ok).toBe(true);
      const klass = classes.ok
        ? classes.data.find((c) => c.coligada === 3 && c.classCode === "TEC.001.017")
        : undefined;
      expect(klass).toMatchObject({ periodId: 11, branch: "20" });
      expect(klass!.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);

      const saved = await registerPjContract(ana.viewer, {
        coligada: 3,
        branch: "20",
        contractNumber: "PGV-7001",
        proposalNumber: "9",
        cnpj: "58.069.568/0001-49",
        companyName: "Entrega Contrato PJ",
        value: 1_000_00,
        classCode: klass!.classCode,
        periodId: klass!.periodId,
        offered: 12,
        used: 5,
      });
      expect(saved).toMatchObject({ ok: true });
      expect(saved.ok && saved.message).toBeTruthy();
      // Sent as SetContract expects: unmasked CNPJ, reais.
      const [posted] = await sgeCalls("ContratoPJ/SetContract");
      expect(posted!.body).toMatchObject({
        CNPJ: "58069568000149",
        ValorContrato: 1000,
        CodTurma: "TEC.001.017",
        IdPerlet: 11,
        VagasOfertadas: 12,
        VagasUtilizadas: 5,
      });

      const consulted = await consultPjContracts(ana.viewer, { contractNumber: "PGV-7001", proposalNumber: "9" });
      expect(consulted.ok).toBe(true);
      expect(consulted.ok && consulted.data[0]).toMatchObject({
        offered: 12,
        used: 5,
        available: 7,
        status: expect.any(String),
      });
      expect(consulted.ok && consulted.data[0]!.classStart).toBe(klass!.startDate);

      const known = await listKnownPjContracts(ana.viewer);
      expect(known).toHaveLength(1);
      expect(known[0]).toMatchObject({
        coligada: 3,
        contractNumber: "PGV-7001",
        registered: { cnpj: "58069568000149", offered: 12 },
        consulted: { available: 7 },
      });
    });

    // Risk: SetContract is an upsert: a seller could silently replace (or read) a colleague's contract.
    it("a PJ contract is its registering seller's: others neither see nor overwrite it; administrators see and change all; every change audited", async () => {
      const bruno = await signIn("bruno", "bruno123");
      const form = {
        coligada: 3 as const,
        branch: "20",
        contractNumber: "PGV-7100",
        proposalNumber: "1",
        cnpj: "58.069.568/0001-49",
        companyName: "Contrato da Ana",
        value: 500_00,
        classCode: "TEC.001.017",
        periodId: 11,
        offered: 10,
        used: 1,
      };
      expect(await registerPjContract(ana.viewer, form)).toMatchObject({ ok: true });
      expect(await listKnownPjContracts(bruno.viewer)).toEqual([]);
      expect(await knownPjContract(bruno.viewer, 3, "PGV-7100", "1")).toBeNull();
      sent.length = 0;
      expect(await registerPjContract(bruno.viewer, { ...form, companyName: "Do Bruno" })).toEqual({
        ok: false,
        reason: "refused",
        code: "pj_owned",
        field: "contractNumber",
      });
      expect(await sgeCalls("ContratoPJ/SetContract")).toEqual([]);
      expect(await consultPjContracts(bruno.viewer, { contractNumber: "PGV-7100", proposalNumber: "1" })).toMatchObject(
        { ok: true, data: [] },
      );
      // The owner changes her own; an administrator sees it and may change it, and it stays hers.
      expect(await registerPjContract(ana.viewer, { ...form, used: 2 })).toMatchObject({ ok: true });
      expect((await listKnownPjContracts(boss.viewer)).map((c) => c.contractNumber)).toContain("PGV-7100");
      expect(await registerPjContract(boss.viewer, { ...form, used: 3 })).toMatchObject({ ok: true });
      expect((await knownPjContract(ana.viewer, 3, "PGV-7100", "1"))?.registered?.used).toBe(3);
      const db = await getDb();
      const audit = await db
        .select()
        .from(sgePjAudit)
        .where(eq(sgePjAudit.numeroContrato, "PGV-7100"))
        .orderBy(sgePjAudit.at);
      const used = (data: unknown) => (data as { used?: number } | null)?.used ?? null;
      expect(audit.map((a) => [a.login, a.ok, used(a.before), used(a.after)])).toEqual([
        ["ana", true, null, 1],
        ["ana", true, 1, 2],
        ["admin", true, 2, 3],
      ]);
    });

    it("a contract RM has that the portal never registered is not overwritten by a seller", async () => {
      // The seed's contract 123456 / 123 exists in RM only.
      sent.length = 0;
      const form = {
        coligada: 3 as const,
        branch: "20",
        contractNumber: "123456",
        proposalNumber: "123",
        cnpj: "58.069.568/0001-49",
        companyName: "Outra",
        value: 1_00,
        classCode: "TEC.001.017",
        periodId: 11,
        offered: 1,
        used: 0,
      };
      expect(await registerPjContract(ana.viewer, form)).toEqual({
        ok: false,
        reason: "refused",
        code: "pj_unknown",
        field: "contractNumber",
      });
      expect(await sgeCalls("ContratoPJ/SetContract")).toEqual([]);
    });

    it("consults the seeded contract as the seed's example answers (10 − 2 = 8 available, 4 students)", async () => {
      const answer = await consultPjContracts(ana.viewer, { contractNumber: "123456", proposalNumber: "123" });
      expect(answer.ok && answer.data).toEqual([
        expect.objectContaining({
          offered: 10,
          used: 2,
          available: 8,
          linkedStudents: 4,
          status: "Não iniciado",
          responsible: "005959790001",
        }),
      ]);
      // Consulted but never registered here: kept with coligada 0 (ConsultContract does not say it).
      expect((await listKnownPjContracts(ana.viewer))[0]).toMatchObject({
        coligada: 0,
        registered: null,
        consulted: { available: 8 },
      });
    });

    it("RM's refusal comes back with RM's message (no class of that period)", async () => {
      const refused = await registerPjContract(ana.viewer, {
        coligada: 3,
        branch: "20",
        contractNumber: "PGV-7002",
        proposalNumber: "1",
        cnpj: "58069568000149",
        companyName: "X",
        value: 0,
        classCode: "NAO.EXISTE",
        periodId: 11,
        offered: 1,
        used: 0,
      });
      expect(refused).toMatchObject({ ok: false, reason: "rejected" });
      expect(!refused.ok && refused.reason === "rejected" && refused.message).toMatch(/turma|CodTurma/i);
      expect(await listKnownPjContracts(ana.viewer)).toEqual([]);
    });

    it("the action validates with the form's schema: used > offered and a bad CNPJ never reach SGE", async () => {
      await actAs(ana.sessionId);
      const result = await actions.savePjContractAction({
        coligada: 3,
        branch: "20",
        contractNumber: "A",
        proposalNumber: "B",
        cnpj: "11.111.111/1111-11",
        companyName: "Y",
        value: 0,
        classCode: "TEC.001.017",
        periodId: 11,
        offered: 2,
        used: 3,
      });
      expect(result).toMatchObject({
        ok: false,
        code: "invalid",
        fieldErrors: { cnpj: "CNPJ inválido.", used: "Vagas utilizadas não podem passar das ofertadas." },
      });
      expect(await sgeCalls("SetContract")).toEqual([]);
    });
  });

  describe("finance", () => {
    it("finds a contract by XNumPro, by the student's RA and by the responsible's CPF/CNPJ", async () => {
      const byXnumpro = await findContracts(fabio.viewer, { kind: "xnumpro", q: "SGE3F20C91" });
      expect(byXnumpro.ok && byXnumpro.data.map((c) => c.xnumpro)).toEqual(["SGE3F20C91"]);
      const contract = await loadContract(fabio.viewer, 3, "SGE3F20C91");
      expect(contract.ok).toBe(true);
      if (!contract.ok) return;
      const byRa = await findContracts(fabio.viewer, { kind: "ra", q: contract.data.ra });
      expect(byRa.ok && byRa.data.map((c) => c.xnumpro)).toContain("SGE3F20C91");
      const byDoc = await findContracts(fabio.viewer, { kind: "cpfcnpj", q: contract.data.responsibleDocument! });
      expect(byDoc.ok && byDoc.data.map((c) => c.xnumpro)).toContain("SGE3F20C91");
      expect((await findContracts(fabio.viewer, { kind: "xnumpro", q: "NAOEXISTE" })).ok).toBe(true);
    });

    it("settles launch 143 with the seed's breakdown, then cancels the settlement; both audited", async () => {
      const accounts = await cashAccountsFor(fabio.viewer, 3, "03CE0001");
      const bank = accounts.ok ? accounts.data.find((a) => a.code === "001" && !a.noMovement) : undefined;
      expect(bank).toMatchObject({ bank: "001", agency: "01", account: "111111" });
      const launch = await launchOf(fabio.viewer, "SGE3F20C91", 143);
      expect(launch.status).toBe("open");

      await actAs(fabio.sessionId);
      // A centavo off: the schema refuses it and names the right total; nothing is sent.
      const off = await actions.settleLaunchAction({
        coligada: 3,
        xnumpro: "SGE3F20C91",
        launchId: 143,
        original: launch.original,
        interest: 3076,
        fine: 550,
        discount: 0,
        amount: launch.original + 3076 + 550 - 1,
        date: today,
        bankAccount: "001",
        noMovementAccount: "",
      });
      expect(off).toMatchObject({ ok: false, code: "invalid" });
      expect(!off.ok && off.fieldErrors?.amount).toContain("R$");
      expect(await sgeCalls("BaixaTitulo")).toEqual([]);

      const settled = await actions.settleLaunchAction({
        coligada: 3,
        xnumpro: "SGE3F20C91",
        launchId: 143,
        original: launch.original,
        interest: 3076,
        fine: 550,
        discount: 0,
        amount: launch.original + 3076 + 550,
        date: today,
        bankAccount: "001",
        noMovementAccount: "",
      });
      expect(settled).toMatchObject({ ok: true, message: expect.stringContaining("143") });
      const [posted] = await sgeCalls("BaixaTitulo");
      expect((posted!.body as Record<string, unknown>[])[0]).toMatchObject({
        idLan: "143",
        Juros: 30.76,
        Multa: 5.5,
        Desconto: 0,
        ContaCaixa_Banco: "001",
        ContaCaixa_AG: "01",
        ContaCaixa_CC: "111111",
      });
      const after = await launchOf(fabio.viewer, "SGE3F20C91", 143);
      expect(after.status).toBe("settled");
      const settlement = after.settlements.find((s) => !s.cancelled)!;
      expect(settlement.amount).toBe(launch.original + 3076 + 550);

      // Settled already: refused before sending, with a reason the user can act on.
      const again = await settleContractLaunch(fabio.viewer, {
        coligada: 3,
        xnumpro: "SGE3F20C91",
        launchId: 143,
        original: launch.original,
        interest: 0,
        fine: 0,
        discount: 0,
        amount: launch.original,
        date: today,
        bankAccount: "001",
        noMovementAccount: "",
      });
      expect(again).toEqual({ ok: false, reason: "refused", code: "launch_settled" });

      const undone = await actions.cancelSettlementAction({
        coligada: 3,
        xnumpro: "SGE3F20C91",
        launchId: 143,
        settlementId: settlement.id,
        date: today,
      });
      expect(undone).toMatchObject({ ok: true, message: expect.stringContaining("143") });
      expect((await launchOf(fabio.viewer, "SGE3F20C91", 143)).status).toBe("open");

      const audit = await auditRows("SGE3F20C91");
      expect(audit.map((r) => [r.operation, r.ok, r.login, r.coligada]).sort()).toEqual([
        ["cancel_settlement", true, "fabio", 3],
        ["settle", true, "fabio", 3],
      ]);
      expect(audit.find((r) => r.operation === "settle")!.request).toMatchObject({
        ValorBaixa: (launch.original + 3076 + 550) / 100,
      });
      const history = await financeHistory(fabio.viewer, 3, "SGE3F20C91");
      expect(history.map((h) => h.operation)).toEqual(["cancel_settlement", "settle"]);
    });

    it("settles without bank movement on the no-movement account", async () => {
      const launch = await launchOf(fabio.viewer, "SGE3F20C91", 143);
      const result = await settleContractLaunch(fabio.viewer, {
        coligada: 3,
        xnumpro: "SGE3F20C91",
        launchId: 143,
        original: launch.original,
        interest: 0,
        fine: 0,
        discount: launch.scholarship,
        amount: launch.original - launch.scholarship,
        date: today,
        bankAccount: "",
        noMovementAccount: "00001",
      });
      expect(result.ok).toBe(true);
      const [posted] = await sgeCalls("BaixaTitulo");
      const body = (posted!.body as Record<string, unknown>[])[0]!;
      expect(body.ContaCaixa_SEMMOVIMENTACAO).toBe("00001");
      expect(body.ContaCaixa_Banco).toBeUndefined();
      // An account of the wrong kind (a bank account as "no movement") is refused before sending.
      const wrong = await settleContractLaunch(fabio.viewer, {
        coligada: 3,
        xnumpro: "SGE3F20C93",
        launchId: 232,
        original: (await launchOf(fabio.viewer, "SGE3F20C93", 232)).original,
        interest: 0,
        fine: 0,
        discount: 0,
        amount: (await launchOf(fabio.viewer, "SGE3F20C93", 232)).original,
        date: today,
        bankAccount: "",
        noMovementAccount: "001",
      });
      expect(wrong).toEqual({ ok: false, reason: "refused", code: "account_unknown", field: "noMovementAccount" });
    });

    it("includes a launch on TESTE1 (the seed's IdLan 142), changes its nosso número, cancels it; RM's refusal of a duplicate title is shown", async () => {
      const form = {
        coligada: 3 as const,
        xnumpro: "TESTE1",
        branch: "03CE0001",
        prefix: "001",
        number: "000804",
        instalment: "1",
        type: "P",
        salesOrder: "TESTE2",
        nossoNumero: "",
        issueDate: today,
        dueDate: today,
        forecastDate: "",
        cashAccount: "001",
      };
      const included = await includeContractLaunch(fabio.viewer, form);
      expect(included).toMatchObject({ ok: true, data: { launchId: 142 } });
      const duplicate = await includeContractLaunch(fabio.viewer, form);
      expect(duplicate).toMatchObject({ ok: false, reason: "rejected" });
      expect(!duplicate.ok && duplicate.reason === "rejected" && duplicate.message).toMatch(/já existe/);
      await actAs(fabio.sessionId);
      const viaAction = await actions.includeLaunchAction(form);
      expect(viaAction).toMatchObject({
        ok: false,
        code: "rejected",
        error: expect.stringMatching(/^O SGE recusou: .*já existe/),
      });

      const nosso = await changeLaunchNossoNumero(fabio.viewer, {
        coligada: 3,
        xnumpro: "TESTE1",
        launchId: 142,
        nossoNumero: "123",
      });
      expect(nosso.ok).toBe(true);
      expect((await launchOf(fabio.viewer, "TESTE1", 142)).nossoNumero).toBe("123");

      const cancelled = await cancelContractLaunch(fabio.viewer, {
        coligada: 3,
        xnumpro: "TESTE1",
        launchId: 142,
        date: today,
      });
      expect(cancelled.ok).toBe(true);
      expect((await launchOf(fabio.viewer, "TESTE1", 142)).status).toBe("cancelled");
      expect(
        await cancelContractLaunch(fabio.viewer, { coligada: 3, xnumpro: "TESTE1", launchId: 142, date: today }),
      ).toEqual({ ok: false, reason: "refused", code: "launch_cancelled" });
      const ops = (await auditRows("TESTE1")).map((r) => `${r.operation}:${r.ok}`).sort();
      expect(ops).toEqual([
        "cancel_launch:true",
        "include_launch:false",
        "include_launch:false",
        "include_launch:true",
        "nosso_numero:true",
      ]);
      expect((await auditRows("TESTE1")).find((r) => !r.ok)!.message).toMatch(/já existe/);
    });

    it("creates an agreement over launches 232 and 233, then cancels it (originals reopen)", async () => {
      const [a, b] = [await launchOf(fabio.viewer, "SGE3F20C93", 232), await launchOf(fabio.viewer, "SGE3F20C93", 233)];
      const total = a.original - a.scholarship + b.original - b.scholarship;
      const first = Math.ceil(total / 2);
      const form = {
        coligada: 3 as const,
        xnumpro: "SGE3F20C93",
        liquidationId: "PGV|SGE3F20C93|T1",
        costCentre: "3.03.01.03.01",
        date: today,
        interestType: "rate" as const,
        interestRate: 0,
        interestPerDay: 0,
        discount: 0,
        addition: 0,
        total,
        titleNumber: "900001",
        originals: [232, 233],
        instalments: [
          { dueDate: today, forecastDate: today, value: first },
          { dueDate: today, forecastDate: today, value: total - first },
        ],
      };
      await actAs(fabio.sessionId);
      // Instalments that do not add up to ValorAcordo: refused with the sum, nothing sent.
      const wrong = await actions.createAgreementAction({ ...form, total: total + 1 });
      expect(wrong).toMatchObject({
        ok: false,
        code: "invalid",
        fieldErrors: { total: expect.stringContaining("R$") },
      });
      expect(await sgeCalls("Acordo/Inclusao")).toEqual([]);

      const created = await actions.createAgreementAction(form);
      expect(created).toMatchObject({ ok: true, data: { agreementId: 33 } });
      const [posted] = await sgeCalls("Acordo/Inclusao");
      expect(posted!.body).toMatchObject({
        NumParcelas: 2,
        ValorAcordo: total / 100,
        TipoJuros: 0,
        DataAcordo: today,
        LancamentosAcordo: [{ Filial: "03CE0001", Prefixo: "ACD", Num: "900001", Parcela: "1" }, { Parcela: "2" }],
      });
      let contract = await loadContract(fabio.viewer, 3, "SGE3F20C93");
      expect(contract.ok && contract.data.agreements.find((x) => x.id === 33)).toMatchObject({
        active: true,
        originals: [232, 233],
        hasPaidInstalment: false,
      });
      expect(contract.ok && contract.data.launches.find((l) => l.id === 232)).toMatchObject({
        status: "settled",
        settledByAgreement: true,
      });
      // An original settled by the agreement: its settlement is not cancelled on its own.
      const byAgreement = contract.ok ? contract.data.launches.find((l) => l.id === 232)!.settlements[0]! : null;
      expect(
        await cancelLaunchSettlement(fabio.viewer, {
          coligada: 3,
          xnumpro: "SGE3F20C93",
          launchId: 232,
          settlementId: byAgreement!.id,
          date: today,
        }),
      ).toEqual({ ok: false, reason: "refused", code: "settlement_by_agreement" });

      const cancelled = await actions.cancelAgreementAction({
        coligada: 3,
        xnumpro: "SGE3F20C93",
        agreementId: 33,
        date: today,
      });
      expect(cancelled).toMatchObject({ ok: true, message: expect.stringContaining("cancelado") });
      contract = await loadContract(fabio.viewer, 3, "SGE3F20C93");
      expect(contract.ok && contract.data.agreements.find((x) => x.id === 33)!.active).toBe(false);
      expect(
        contract.ok && contract.data.launches.filter((l) => [232, 233].includes(l.id)).map((l) => l.status),
      ).toEqual(["open", "open"]);
      expect((await auditRows("SGE3F20C93")).map((r) => r.operation).sort()).toEqual([
        "cancel_agreement",
        "create_agreement",
      ]);
    });

    it("an agreement with a paid instalment is not cancelled; the user is told why", async () => {
      const contract = await loadContract(fabio.viewer, 3, "SGE3F20C96");
      expect(contract.ok && contract.data.agreements.find((a) => a.id === 25)).toMatchObject({
        active: true,
        hasPaidInstalment: true,
      });
      await actAs(fabio.sessionId);
      const refused = await actions.cancelAgreementAction({
        coligada: 3,
        xnumpro: "SGE3F20C96",
        agreementId: 25,
        date: today,
      });
      expect(refused).toMatchObject({
        ok: false,
        code: "refused",
        error: expect.stringContaining("parcela do acordo paga"),
      });
      expect(await sgeCalls("Acordo/Cancelamento")).toEqual([]);
      // Agreement 21 has nothing paid: it is cancelled; cancelling it again is refused as already cancelled.
      const unpaid = await cancelContractAgreement(fabio.viewer, {
        coligada: 3,
        xnumpro: "SGE3F20C95",
        agreementId: 21,
        date: today,
      });
      expect(unpaid).toMatchObject({ ok: true, message: expect.stringContaining("Acordo 21") });
      expect(
        await cancelContractAgreement(fabio.viewer, {
          coligada: 3,
          xnumpro: "SGE3F20C95",
          agreementId: 21,
          date: today,
        }),
      ).toEqual({ ok: false, reason: "refused", code: "agreement_cancelled" });
    });

    it("an id that is not in the contract is not found (ids are looked up in the contract read from SGE)", async () => {
      expect(
        await cancelContractLaunch(fabio.viewer, { coligada: 3, xnumpro: "SGE3F20C91", launchId: 232, date: today }),
      ).toEqual({ ok: false, reason: "not_found" });
      expect(
        await createContractAgreement(fabio.viewer, {
          coligada: 3,
          xnumpro: "SGE3F20C91",
          liquidationId: "X",
          costCentre: "",
          date: today,
          interestType: "rate",
          interestRate: 0,
          interestPerDay: 0,
          discount: 0,
          addition: 0,
          total: 100,
          titleNumber: "1",
          originals: [150],
          instalments: [{ dueDate: today, forecastDate: today, value: 100 }],
        }),
      ).toEqual({ ok: false, reason: "refused", code: "original_unknown", field: "originals" });
      expect(await loadContract(fabio.viewer, 3, "NAOEXISTE")).toEqual({ ok: false, reason: "not_found" });
    });

    // Risk: a seller without the finance role running finance operations by calling the actions
    // directly (the menu hides them; the server must refuse them all, before anything reaches SGE).
    it("ana (seller, no finance) is refused by every finance action and service, and nothing reaches SGE or the audit", async () => {
      await actAs(ana.sessionId);
      const ref = { coligada: 3, xnumpro: "SGE3F20C91" };
      const results = await Promise.all([
        actions.includeLaunchAction({
          ...ref,
          branch: "03CE0001",
          prefix: "001",
          number: "1",
          instalment: "1",
          type: "P",
          salesOrder: "X",
          nossoNumero: "",
          issueDate: today,
          dueDate: today,
          forecastDate: "",
          cashAccount: "",
        }),
        actions.cancelLaunchAction({ ...ref, launchId: 143, date: today }),
        actions.settleLaunchAction({
          ...ref,
          launchId: 143,
          original: 27500,
          interest: 0,
          fine: 0,
          discount: 0,
          amount: 27500,
          date: today,
          bankAccount: "001",
          noMovementAccount: "",
        }),
        actions.cancelSettlementAction({ ...ref, launchId: 143, settlementId: 1, date: today }),
        actions.changeNossoNumeroAction({ ...ref, launchId: 143, nossoNumero: "1" }),
        actions.createAgreementAction({
          ...ref,
          liquidationId: "X",
          costCentre: "",
          date: today,
          interestType: "rate",
          interestRate: 0,
          interestPerDay: 0,
          discount: 0,
          addition: 0,
          total: 100,
          titleNumber: "1",
          originals: [143],
          instalments: [{ dueDate: today, forecastDate: today, value: 100 }],
        }),
        actions.cancelAgreementAction({ ...ref, agreementId: 21, date: today }),
        // Even with input that does not parse: the permission is checked first.
        actions.settleLaunchAction({}),
      ]);
      for (const r of results)
        expect(r).toEqual({ ok: false, code: "forbidden", error: "Você não tem permissão para esta operação no SGE." });
      // The services refuse on their own too (defence in depth).
      expect(
        await settleContractLaunch(ana.viewer, {
          ...ref,
          coligada: 3,
          launchId: 143,
          original: 27500,
          interest: 0,
          fine: 0,
          discount: 0,
          amount: 27500,
          date: today,
          bankAccount: "001",
          noMovementAccount: "",
        }),
      ).toEqual({ ok: false, reason: "forbidden" });
      expect(await findContracts(ana.viewer, { kind: "xnumpro", q: "SGE3F20C91" })).toEqual({
        ok: false,
        reason: "forbidden",
      });
      expect(await financeHistory(ana.viewer, 3, "SGE3F20C91")).toEqual([]);
      expect(sent).toEqual([]);
      expect(await auditRows("SGE3F20C91")).toEqual([]);

      // Signed out: unauthorized, not forbidden.
      await actAs(null);
      expect(await actions.cancelLaunchAction({ ...ref, launchId: 143, date: today })).toMatchObject({
        ok: false,
        code: "session_expired",
      });
      // And fabio (finance, no seller) may not register PJ contracts.
      await actAs(fabio.sessionId);
      expect(await actions.consultPjContractAction({ contractNumber: "123456", proposalNumber: "" })).toMatchObject({
        ok: false,
        code: "forbidden",
      });
    });

    it("SGE down: the user gets 'SGE did not answer', the attempt is audited, nothing throws", async () => {
      failing = "/BaixaTitulo";
      const launch = await launchOf(fabio.viewer, "SGE3F20C91", 143);
      await actAs(fabio.sessionId);
      const result = await actions.settleLaunchAction({
        coligada: 3,
        xnumpro: "SGE3F20C91",
        launchId: 143,
        original: launch.original,
        interest: 0,
        fine: 0,
        discount: 0,
        amount: launch.original,
        date: today,
        bankAccount: "001",
        noMovementAccount: "",
      });
      expect(result).toMatchObject({
        ok: false,
        code: "unavailable",
        error: expect.stringContaining("O SGE não respondeu"),
      });
      expect((await auditRows("SGE3F20C91")).map((r) => [r.operation, r.ok])).toEqual([["settle", false]]);
    });
  });

  describe("administration", () => {
    it("admin upserts a CRM service linked to courses and an accounting item; field errors before sending", async () => {
      const courses = await courseOptions(boss.viewer);
      expect(courses.ok && courses.data.some((c) => c.coligada === 3 && c.code === "TEC.00011")).toBe(true);
      const service = {
        coligada: 3 as const,
        code: "PGV10",
        description: "Mensalidade - Curso Técnico Mecânica",
        protheusProduct: "121551",
        nature: "1100103",
        accountingItem: "123",
        accountingAccount: "090090009",
        active: true,
        courses: ["TEC.00011"],
      };
      const saved = await saveCrmService(boss.viewer, service);
      expect(saved).toMatchObject({ ok: true, message: expect.stringMatching(/incluído/i) });
      const updated = await saveCrmService(boss.viewer, { ...service, active: false });
      expect(updated.ok).toBe(true);
      const item = await saveAccountingItem(boss.viewer, {
        coligada: 3,
        item: "0001253",
        branch: "",
        description: "teste Exemplo 0",
        active: true,
      });
      expect(item).toMatchObject({ ok: true, message: expect.stringContaining("0001253") });

      await actAs(boss.sessionId);
      const invalid = await actions.saveCrmServiceAction({ ...service, protheusProduct: "", courses: [] });
      expect(invalid).toMatchObject({
        ok: false,
        code: "invalid",
        fieldErrors: { protheusProduct: "Campo obrigatório.", courses: "Escolha ao menos um curso." },
      });
      // Not an admin: refused (ana) — the page 404s, the action says forbidden.
      await actAs(ana.sessionId);
      expect(
        await actions.saveAccountingItemAction({ coligada: 3, item: "1", branch: "", description: "x", active: true }),
      ).toMatchObject({ ok: false, code: "forbidden" });
      await actAs(fabio.sessionId);
      expect(await actions.saveCrmServiceAction(service)).toMatchObject({ ok: false, code: "forbidden" });
    });
  });
});
