import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { testBusinessDate } from "@/scripts/business-date.mjs";
import { cancelContractLaunch, createContractAgreement, settleContractLaunch } from "@/server/services/sge-finance";
import { findContracts, loadContract } from "@/server/services/sge-finance-read";
import { financeHistory } from "@/server/services/sge-ops";
import { resetWorld } from "./reset";
import { actAs, auditRows, failAt, launchOf, resetSgeOps, sent, signInAll, type SignedIn } from "./sge-ops-world";

// Server actions read the session from next-auth's cookie and the language from the request:
// the test plays the browser by holding the cookie of whoever `actAs` names (session-jar.ts).
vi.mock("next/headers", async () => (await import("./session-jar")).nextHeaders());
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const actions = await import("@/server/actions/sge-ops");

describe("SGE finance: who may, what is looked up, SGE down (services and actions against the sandbox)", () => {
  let ana: SignedIn;
  let fabio: SignedIn;
  let boss: SignedIn;
  const today = testBusinessDate();

  beforeAll(async () => {
    await resetWorld();
    ({ ana, fabio, boss } = await signInAll());
  }, 120_000);

  beforeEach(resetSgeOps);

  it("roles: ana enrols (PJ) without finance; fabio has finance only; admin has everything", () => {
    expect(ana.viewer.sge).toEqual({ enrol: true, finance: false, admin: false });
    expect(fabio.viewer.sge).toMatchObject({ finance: true, admin: false });
    expect(boss.viewer.sge).toEqual({ enrol: true, finance: true, admin: true });
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
    failAt("/BaixaTitulo");
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
