import { beforeEach, describe, expect, it } from "vitest";
import { login } from "@/server/auth/login";
import { loadSession } from "@/server/auth/sessions";
import { sandboxAdmin } from "../sandbox-admin";
import { resetWorld } from "./reset";

// The portal's login sequence against the sandbox over HTTP, direct mode (alias registry).
const admin = sandboxAdmin();
let ipCounter = 0;
const freshIp = () => `198.51.100.${++ipCounter}`;

async function sessionOf(alias: string, username: string, password: string) {
  const result = await login({ alias, username, password }, freshIp());
  if (!result.ok) throw new Error(`login refused: ${result.failure}`);
  const row = await loadSession(result.sessionId);
  if (!row) throw new Error("no session row");
  return row;
}

describe("login sequence (direct mode)", () => {
  beforeEach(async () => {
    await resetWorld();
  });

  it("signs ana in as seller 000001 with both branches, tokens sealed in the row", async () => {
    const row = await sessionOf("demo", "ana", "ana123");
    expect(row).toMatchObject({
      login: "ana",
      alias: "demo",
      mode: "direct",
      company: "01",
      branch: "01",
      sellerCode: "000001",
      isAdmin: false,
    });
    expect(row.branches.map((b) => [b.code, b.sellerCode])).toEqual([
      ["01", "000001"],
      ["02", "000001"],
    ]);
    expect(row.branches.map((b) => b.name)).toEqual(["São Paulo", "Fortaleza"]);
    expect(row.companyName).toMatch(/PGV Demo/);
    const log = await admin.requests();
    const issued = log.items.find((r) => r.path === "/rest/api/oauth2/v1/token");
    expect(issued?.status).toBe(201);
    // The sealed column never holds the token in clear.
    expect(row.tokens).not.toMatch(/^[\w-]{20,}$/);
  });

  it("accepts the alias in any case and with spaces around it", async () => {
    const row = await sessionOf("  DEMO ", "bruno", "bruno123");
    expect(row).toMatchObject({ alias: "demo", sellerCode: "000002" });
    expect(row.branches.map((b) => b.code)).toEqual(["01"]);
  });

  it("signs the administrator in with every branch and no seller", async () => {
    const row = await sessionOf("demo", "admin", "admin123");
    expect(row.isAdmin).toBe(true);
    expect(row.sellerCode).toBeNull();
    expect(row.branches.map((b) => b.code)).toEqual(["01", "02"]);
  });

  it("signs diego in through the norte alias (company 02)", async () => {
    const row = await sessionOf("norte", "diego", "diego123");
    expect(row).toMatchObject({ company: "02", branch: "01", sellerCode: "000101" });
  });

  it("limits the branches to the ones the alias registry allows", async () => {
    const row = await sessionOf("fortaleza", "ana", "ana123");
    expect(row.branches.map((b) => b.code)).toEqual(["02"]);
    expect(row.branch).toBe("02");
  });

  it.each([
    ["unknown alias", { alias: "nao-existe", username: "ana", password: "ana123" }, "UNKNOWN_ALIAS"],
    ["wrong password", { alias: "demo", username: "ana", password: "errada" }, "BAD_CREDENTIALS"],
    [
      "unknown user (same answer as a wrong password)",
      { alias: "demo", username: "ninguem", password: "ana123" },
      "BAD_CREDENTIALS",
    ],
    ["user without a seller", { alias: "demo", username: "carla", password: "carla123" }, "NOT_A_SELLER"],
    [
      "user without access to the alias's company",
      { alias: "norte", username: "ana", password: "ana123" },
      "NO_COMPANY_ACCESS",
    ],
    ["unreachable ERP", { alias: "offline", username: "ana", password: "ana123" }, "ERP_UNAVAILABLE"],
    ["empty fields", { alias: "", username: "", password: "" }, "INVALID_INPUT"],
  ])("refuses %s", async (_case, input, failure) => {
    const result = await login(input, freshIp());
    expect(result).toEqual({ ok: false, failure });
  });

  it("refuses an ERP whose PGV package is older than the portal's minimum, and invalidates the token it got", async () => {
    await admin.config({ packageVersion: "2026.10.3" });
    await admin.clearRequests();
    expect(await login({ alias: "demo", username: "ana", password: "ana123" }, freshIp())).toEqual({
      ok: false,
      failure: "OUTDATED_RPO",
    });
    await expect
      .poll(async () => (await admin.requests()).items.some((r) => r.path === "/rest/api/framework/v1/invalidateToken"))
      .toBe(true);
  });

  it("detects Security=0 (the ERP answers an unauthenticated call) and refuses", async () => {
    await admin.config({ security: 0 });
    expect(await login({ alias: "demo", username: "ana", password: "ana123" }, freshIp())).toEqual({
      ok: false,
      failure: "INSECURE_ERP",
    });
    const probe = (await admin.requests()).items.find(
      (r) => r.path === "/rest/api/framework/environment/v1/companies" && r.user === "admin",
    );
    expect(probe, "the probe went out without credentials and was answered as the administrator").toBeDefined();
  });

  it("answers ERP_UNAVAILABLE within the login deadline when the ERP hangs", { timeout: 20_000 }, async () => {
    await admin.faults([{ pathPrefix: "/rest/api/tgv/version", kind: "hang" }]);
    // Wall clock to measure the deadline (elapsed time, not a date).
    const started = Date.now();
    expect(await login({ alias: "demo", username: "ana", password: "ana123" }, freshIp())).toEqual({
      ok: false,
      failure: "ERP_UNAVAILABLE",
    });
    // LOGIN_DEADLINE_MS: 10 s, the bar the issue sets.
    expect(Date.now() - started).toBeLessThan(10_000 + 1_500);
  });

  it("answers ERP_UNAVAILABLE when the ERP returns 503 (no licence) on every retry", async () => {
    await admin.faults([{ pathPrefix: "/rest/api/tgv/version", kind: "status", status: 503 }]);
    expect(await login({ alias: "demo", username: "ana", password: "ana123" }, freshIp())).toEqual({
      ok: false,
      failure: "ERP_UNAVAILABLE",
    });
    const versionCalls = (await admin.requests()).items.filter((r) => r.path === "/rest/api/tgv/version");
    expect(versionCalls.length).toBeGreaterThan(1);
  });
});
