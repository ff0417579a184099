import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { testBusinessDate } from "@/scripts/business-date.mjs";
import {
  cancelContractLaunch,
  changeLaunchNossoNumero,
  includeContractLaunch,
  settleContractLaunch,
} from "@/server/services/sge-finance";
import { cashAccountsFor, findContracts, loadContract } from "@/server/services/sge-finance-read";
import { financeHistory } from "@/server/services/sge-ops";
import { resetWorld } from "./reset";
import { actAs, auditRows, launchOf, resetSgeOps, sgeCalls, signInAll, type SignedIn } from "./sge-ops-world";

// Server actions read the session from next-auth's cookie and the language from the request:
// the test plays the browser by holding the cookie of whoever `actAs` names (session-jar.ts).
vi.mock("next/headers", async () => (await import("./session-jar")).nextHeaders());
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const actions = await import("@/server/actions/sge-ops");

describe("SGE finance: contracts, settlements and launches (services and actions against the sandbox)", () => {
  let fabio: SignedIn;
  const today = testBusinessDate();

  beforeAll(async () => {
    await resetWorld();
    ({ fabio } = await signInAll());
  }, 120_000);

  beforeEach(resetSgeOps);

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

  it("refuses a settlement dated after today before sending, at the date (issue 16 item 15)", async () => {
    const launch = await launchOf(fabio.viewer, "SGE3F20C91", 143);
    const tomorrow = new Date(`${today}T00:00:00Z`);
    tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
    const before = (await sgeCalls("BaixaTitulo")).length;
    const result = await settleContractLaunch(fabio.viewer, {
      coligada: 3,
      xnumpro: "SGE3F20C91",
      launchId: 143,
      original: launch.original,
      interest: 0,
      fine: 0,
      discount: launch.scholarship,
      amount: launch.original - launch.scholarship,
      date: tomorrow.toISOString().slice(0, 10),
      bankAccount: "001",
      noMovementAccount: "",
    });
    expect(result).toEqual({ ok: false, reason: "refused", code: "future_date", field: "date" });
    expect(await sgeCalls("BaixaTitulo")).toHaveLength(before);
    // The plan's late charges travel with the launch: 2% fine and 0,0333% a day.
    expect(launch.lateCharges).toEqual({ finePercent: 2, dailyInterestPercent: 0.0333 });
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
});
