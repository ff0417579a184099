import { beforeEach, describe, expect, inject, it } from "vitest";
import type { DiagnosticsReport } from "@/lib/diagnostics";
import { resetWorld } from "./reset";

// Mingle mode: MINGLE_URL is set before the portal modules load (each test file has its own module
// graph), so the diagnostics reach the ERP through the gateway and check the set's EMPRESA/FILIAL.
process.env.MINGLE_URL = `${inject("sandboxUrl")}/mingle`;

const modules = async () => ({
  ...(await import("@/server/auth/login")),
  ...(await import("@/server/auth/sessions")),
  ...(await import("@/server/auth/viewer")),
  ...(await import("@/server/services/diagnostics")),
});

const byId = (report: DiagnosticsReport) => Object.fromEntries(report.results.map((r) => [r.id, r]));

describe("requirements diagnostics through TOTVS Mingle", () => {
  beforeEach(() => resetWorld());

  it("checks the set's company and branch, reaches the ERP through the gateway, and says why Security cannot be checked", async () => {
    const { login, loadSession, viewerFromSession, runDiagnostics } = await modules();
    const result = await login({ alias: "demo", username: "admin", password: "admin123" }, "10.41.0.10");
    if (!result.ok) throw new Error(result.failure);
    const report = await runDiagnostics(viewerFromSession((await loadSession(result.sessionId))!));
    const rows = byId(report);
    expect(report).toMatchObject({ alias: "demo", mode: "mingle", company: "01", branch: "01" });
    expect(rows.mingleSet).toMatchObject({
      status: "ok",
      detail: { code: "mingleSetOk", values: { company: "01", branch: "01" } },
    });
    expect(rows.rest).toMatchObject({ status: "ok", detail: { code: "restVersion" } });
    expect(rows.packageVersion?.status).toBe("ok");
    expect(rows.orderJob?.status).toBe("ok");
    // Mingle does not reveal the Appserver's own URL: the set would need REST_URL.
    expect(rows.security).toMatchObject({
      status: "skipped",
      detail: { code: "restUrlUnknown" },
      fix: { code: "mingleRestUrl" },
    });
  });

  it("the CLI on a set without EMPRESA/FILIAL: that row fails with the Mingle register to fix, the ERP's rows wait for it", async () => {
    const { runDiagnosticsForAlias } = await modules();
    const rows = byId(await runDiagnosticsForAlias("vazio", { user: "admin", password: "admin123" }));
    expect(rows.token).toMatchObject({ status: "ok", detail: { code: "tokenGranted" } });
    expect(rows.mingleSet).toMatchObject({
      status: "failed",
      detail: { code: "mingleSetMissing" },
      fix: { code: "mingleSet" },
    });
    for (const id of ["packageVersion", "companies", "orderJob", "endpoint:stock"])
      expect(rows[id]).toMatchObject({ status: "skipped", detail: { code: "needsMingleSet" } });

    const unknown = byId(await runDiagnosticsForAlias("nao-existe", { user: "admin", password: "admin123" }));
    expect(unknown.token).toMatchObject({
      status: "failed",
      detail: { code: "unknownAlias" },
      fix: { code: "aliasConfig" },
    });
  });
});
