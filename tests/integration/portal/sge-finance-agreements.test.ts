import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { testBusinessDate } from "@/scripts/business-date.mjs";
import { cancelContractAgreement, cancelLaunchSettlement } from "@/server/services/sge-finance";
import { loadContract } from "@/server/services/sge-finance-read";
import { resetWorld } from "./reset";
import { actAs, auditRows, launchOf, resetSgeOps, sgeCalls, signInAll, type SignedIn } from "./sge-ops-world";

// Server actions read the session from next-auth's cookie and the language from the request:
// the test plays the browser by holding the cookie of whoever `actAs` names (session-jar.ts).
vi.mock("next/headers", async () => (await import("./session-jar")).nextHeaders());
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const actions = await import("@/server/actions/sge-ops");

describe("SGE finance: agreements (services and actions against the sandbox)", () => {
  let fabio: SignedIn;
  const today = testBusinessDate();

  beforeAll(async () => {
    await resetWorld();
    ({ fabio } = await signInAll());
  }, 120_000);

  beforeEach(resetSgeOps);

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
    expect(contract.ok && contract.data.launches.filter((l) => [232, 233].includes(l.id)).map((l) => l.status)).toEqual(
      ["open", "open"],
    );
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
});
