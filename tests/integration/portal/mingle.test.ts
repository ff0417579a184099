import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { sandboxAdmin } from "../sandbox-admin";
import { resetWorld } from "./reset";

// Mingle mode: MINGLE_URL is set before the portal modules load (each test file has its own
// module graph), so the login goes through Mingle and every ERP call through its gateway.
process.env.MINGLE_URL = `${inject("sandboxUrl")}/mingle`;

const admin = sandboxAdmin();
const modules = async () => ({
  ...(await import("@/server/auth/login")),
  ...(await import("@/server/auth/sessions")),
  ...(await import("@/server/erp/protheus/auth")),
});

describe("login and ERP calls through TOTVS Mingle", () => {
  beforeAll(async () => {
    await modules();
  });
  beforeEach(async () => {
    await resetWorld();
  });

  it("signs ana in via the demo set; the session targets the gateway with the set's EMPRESA/FILIAL", async () => {
    const { login, loadSession } = await modules();
    const result = await login({ alias: "demo", username: "ana", password: "ana123" }, "10.1.1.1");
    expect(result.ok).toBe(true);
    const row = (await loadSession(result.ok ? result.sessionId : ""))!;
    expect(row).toMatchObject({ mode: "mingle", company: "01", branch: "01", sellerCode: "000001" });
    expect(row.baseUrl).toMatch(/\/mingle\/api\/v1\/gateway\/[^/]+$/);
    const log = (await admin.requests()).items;
    expect(log.some((r) => r.path === "/mingle/api/v1/auth/app/authenticate" && r.status === 200)).toBe(true);
    expect(
      log.some((r) => r.path.startsWith("/mingle/api/v1/gateway/") && r.path.endsWith("/api/tgv/sellers/codeuser")),
    ).toBe(true);
    // The portal never called the Protheus token endpoint itself: Mingle did.
    expect(
      log.some((r) => r.path === "/rest/api/oauth2/v1/token" && r.query.grant_type === "password" && r.user === null),
    ).toBe(false);
  });

  it.each([
    ["unknown alias", { alias: "nao-existe", username: "ana", password: "ana123" }, "UNKNOWN_ALIAS"],
    ["wrong password", { alias: "demo", username: "ana", password: "errada" }, "BAD_CREDENTIALS"],
    ["set without EMPRESA/FILIAL", { alias: "vazio", username: "ana", password: "ana123" }, "ALIAS_NOT_CONFIGURED"],
    ["user without a seller", { alias: "demo", username: "carla", password: "carla123" }, "NOT_A_SELLER"],
  ])("refuses %s", async (_case, input, failure) => {
    const { login } = await modules();
    expect(await login(input, "10.1.1.2")).toEqual({ ok: false, failure });
  });

  it("refreshes through Mingle when the gateway token expired, once for parallel calls", async () => {
    const { login, loadSession, erpTargetForSession, getPgvVersion } = await modules();
    const result = await login({ alias: "demo", username: "ana", password: "ana123" }, "10.1.1.3");
    const row = (await loadSession(result.ok ? result.sessionId : ""))!;
    await admin.expireTokens();
    await admin.clearRequests();
    const target = erpTargetForSession(row);
    const answers = await Promise.all(Array.from({ length: 5 }, () => getPgvVersion(target)));
    expect(answers.every((a) => a.packageVersion)).toBe(true);
    const refreshes = (await admin.requests()).items.filter((r) => r.path === "/mingle/api/v1/auth/app/refresh");
    expect(refreshes).toHaveLength(1);
  });
});
