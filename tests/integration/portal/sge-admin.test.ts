import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { courseOptions, saveAccountingItem, saveCrmService } from "@/server/services/sge-admin";
import { resetWorld } from "./reset";
import { actAs, resetSgeOps, signInAll, type SignedIn } from "./sge-ops-world";

// Server actions read the session from next-auth's cookie and the language from the request:
// the test plays the browser by holding the cookie of whoever `actAs` names (session-jar.ts).
vi.mock("next/headers", async () => (await import("./session-jar")).nextHeaders());
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const actions = await import("@/server/actions/sge-ops");

describe("SGE administration: CRM services and accounting items (services and actions against the sandbox)", () => {
  let ana: SignedIn;
  let fabio: SignedIn;
  let boss: SignedIn;

  beforeAll(async () => {
    await resetWorld();
    ({ ana, fabio, boss } = await signInAll());
  }, 120_000);

  beforeEach(resetSgeOps);

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
