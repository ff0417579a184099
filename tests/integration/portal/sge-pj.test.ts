import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/server/store/db";
import { sgePjAudit } from "@/server/store/schema";
import {
  consultPjContracts,
  knownPjContract,
  listKnownPjContracts,
  pjClassOptions,
  registerPjContract,
} from "@/server/services/sge-pj";
import { resetWorld } from "./reset";
import { actAs, resetSgeOps, sent, sgeCalls, signIn, signInAll, type SignedIn } from "./sge-ops-world";

// Server actions read the session from next-auth's cookie and the language from the request:
// the test plays the browser by holding the cookie of whoever `actAs` names (session-jar.ts).
vi.mock("next/headers", async () => (await import("./session-jar")).nextHeaders());
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const actions = await import("@/server/actions/sge-ops");

describe("SGE PJ contracts: SetContract, ConsultContract, ownership (services and actions against the sandbox)", () => {
  let ana: SignedIn;
  let boss: SignedIn;

  beforeAll(async () => {
    await resetWorld();
    ({ ana, boss } = await signInAll());
  }, 120_000);

  beforeEach(resetSgeOps);

  it("registers a contract on a catalogue class, consults it, and remembers both for the alias", async () => {
    const classes = await pjClassOptions(ana.viewer);
    expect(classes.ok).toBe(true);
    const klass = classes.ok ? classes.data.find((c) => c.coligada === 3 && c.classCode === "TEC.001.017") : undefined;
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
    expect(await consultPjContracts(bruno.viewer, { contractNumber: "PGV-7100", proposalNumber: "1" })).toMatchObject({
      ok: true,
      data: [],
    });
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
