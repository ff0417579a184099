import { spawn } from "node:child_process";
import { encode } from "next-auth/jwt";
import { createTranslator } from "use-intl/core";
import { beforeEach, describe, expect, inject, it, vi } from "vitest";
import { GET as diagnosticsRoute } from "@/app/api/admin/diagnostics/route";
import { supportReport, type DiagnosticResult, type DiagnosticsReport } from "@/lib/diagnostics";
import ptBR from "@/lib/i18n/messages/pt-BR";
import { login } from "@/server/auth/login";
import { loadSession } from "@/server/auth/sessions";
import { viewerFromSession, type Viewer } from "@/server/auth/viewer";
import { runDiagnostics, runDiagnosticsForAlias } from "@/server/services/diagnostics";
import { sandboxAdmin } from "../sandbox-admin";
import { api, businessAdmin, listPrice, orderBody, session, type Accepted } from "../sandbox/orders-client";
import { resetWorld } from "./reset";
import { jar } from "./session-jar";

// The route handler reads the session from next-auth's cookie, as the browser sends it.
vi.mock("next/headers", async () => (await import("./session-jar")).nextHeaders());

const t = createTranslator({ locale: "pt-BR", messages: ptBR, namespace: "diagnostics" });
const admin = sandboxAdmin();

async function signIn(username: string, password: string): Promise<Viewer> {
  const result = await login({ alias: "demo", username, password }, "10.41.0.9");
  if (!result.ok) throw new Error(`${username}: ${result.failure}`);
  return viewerFromSession((await loadSession(result.sessionId))!);
}

async function actAs(viewer: Viewer) {
  jar.clear();
  jar.set(
    "next-auth.session-token",
    await encode({ token: { sid: viewer.sessionId }, secret: process.env.AUTH_SECRET!, maxAge: 3600 }),
  );
}

const row = (report: DiagnosticsReport, id: string): DiagnosticResult => {
  const found = report.results.find((r) => r.id === id);
  if (!found) throw new Error(`no row ${id} in ${report.results.map((r) => r.id).join(", ")}`);
  return found;
};
/** A row's "what to change" in pt-BR words, as the page shows it. */
const fixOf = (report: DiagnosticsReport, id: string) =>
  supportReport(t, report).results.find((r) => r.id === id)?.fix ?? "";
const notOk = (report: DiagnosticsReport) =>
  report.results.filter((r) => r.status !== "ok").map((r) => [r.id, r.status, r.detail?.code]);

describe("requirements diagnostics", () => {
  let adminViewer: Viewer;
  beforeEach(async () => {
    await resetWorld();
    adminViewer = await signIn("admin", "admin123");
  });

  it("is all green on the demo sandbox, one row per prerequisite, with the measured versions", async () => {
    const report = await runDiagnostics(adminViewer);
    expect(notOk(report)).toEqual([]);
    expect(report).toMatchObject({ alias: "demo", mode: "direct", company: "01", branch: "01" });
    const ids = report.results.map((r) => r.id);
    for (const id of ["rest", "token", "packageVersion", "security", "rowStamp", "companies", "orderJob", "sgeAuth"])
      expect(ids).toContain(id);
    expect(ids).toContain("endpoint:stock");
    expect(ids).toContain("endpoint:salesTaxes");
    expect(ids.filter((id) => id.startsWith("sgeSentence:")).length).toBeGreaterThan(3);
    // Direct mode: no Mingle set to check.
    expect(ids).not.toContain("mingleSet");
    expect(row(report, "packageVersion").detail).toEqual({
      code: "packageVersion",
      values: { version: "2026.11.1", minimum: "2026.11.1", release: "12.1.2410" },
    });
    expect(row(report, "rest").detail?.values).toMatchObject({ release: "12.1.2410" });
    expect(row(report, "companies").detail).toEqual({ code: "companiesOk", values: { tenants: "01/01, 01/02" } });
    // The catalogue sentences answer rows, checked against the columns the portal reads.
    for (const key of ["branches", "offers", "subjects", "cashAccounts"])
      expect(row(report, `sgeSentence:${key}`).detail?.code).toBe("sentenceOk");
    for (const r of report.results) expect(r.fix).toBeNull();
  });

  it("Security=0: the security row fails and says to set Security=1 in appserver.ini", async () => {
    await admin.config({ security: 0 });
    const report = await runDiagnostics(adminViewer);
    expect(row(report, "security")).toMatchObject({ status: "failed", detail: { code: "anonymousAnswered" } });
    expect(fixOf(report, "security")).toContain("Security=1 na seção [HTTPREST] do appserver.ini");
    expect(notOk(report).map(([id]) => id)).toEqual(["security"]);
  });

  it("an older PGV package: the version row fails with the minimum to apply", async () => {
    await admin.config({ packageVersion: "2026.9.4" });
    const report = await runDiagnostics(adminViewer);
    expect(row(report, "packageVersion")).toMatchObject({
      status: "failed",
      detail: { code: "packageOutdated", values: { version: "2026.9.4", minimum: "2026.11.1" } },
      fix: { code: "updatePackage", values: { minimum: "2026.11.1" } },
    });
    expect(fixOf(report, "packageVersion")).toContain("pacote do PGV 2026.11.1");
  });

  it("a missing stock endpoint (404): the stock row fails, says the feature is hidden, with the key to override", async () => {
    await admin.faults([{ pathPrefix: "/rest/api/tgv/products/", kind: "status", status: 404 }]);
    const report = await runDiagnostics(adminViewer);
    expect(row(report, "endpoint:stock")).toMatchObject({
      status: "failed",
      detail: { code: "endpointMissing", values: { path: "api/tgv/products/{code}/stock" } },
    });
    expect(fixOf(report, "endpoint:stock")).toContain("ERP_ALIASES.demo.endpoints.stock");
    expect(notOk(report).map(([id]) => id)).toEqual(["endpoint:stock"]);
  });

  it("a DBAccess without UseRowStamp (diffs answer nothing): the row-stamp row fails and names dbaccess.ini", async () => {
    await admin.config({ useRowStamp: false });
    const report = await runDiagnostics(adminViewer);
    expect(row(report, "rowStamp")).toMatchObject({ status: "failed", detail: { code: "rowStampEmpty" } });
    expect(fixOf(report, "rowStamp")).toContain("UseRowStamp=1 no dbaccess.ini");
  });

  it("an order waiting more than an hour: the job row fails and says to schedule TGVA002JOB", async () => {
    // The ERP's job held (as if unscheduled), one order sent and left waiting; then its arrival moved two hours back.
    await businessAdmin("POST", "/jobs/hold", {});
    const ana = await session("ana", "ana123");
    const post = await api<Accepted>(ana, "POST", "/salesorders", {
      body: orderBody("000012", [{ product: "P00001", quantity: 1, price: await listPrice(ana, "P00001") }]),
    });
    expect(post.status).toBe(202);

    const recent = await runDiagnostics(adminViewer);
    expect(row(recent, "orderJob")).toMatchObject({ status: "ok", detail: { code: "queueRecent" } });

    await admin.sql("UPDATE ZTQ010 SET ZTQ_DTREC = ZTQ_DTREC - interval '2 hours' WHERE ZTQ_ID = $1", [
      post.body.queueId,
    ]);
    const report = await runDiagnostics(adminViewer);
    const job = row(report, "orderJob");
    expect(job).toMatchObject({ status: "failed", detail: { code: "queueStale", values: { count: 1 } } });
    expect(Number(job.detail?.values?.minutes)).toBeGreaterThanOrEqual(120);
    expect(fixOf(report, "orderJob")).toContain("TGVA002JOB");
  });

  it("RM refusing the integration user: the SGE auth row fails and the sentences are not checked", async () => {
    await admin.faults([{ pathPrefix: "/rm/api/framework/v1/consultaSQLServer", kind: "status", status: 401 }]);
    const report = await runDiagnostics(adminViewer);
    expect(row(report, "sgeAuth")).toMatchObject({ status: "failed", detail: { code: "sgeAuthRefused" } });
    expect(fixOf(report, "sgeAuth")).toContain("SGE_CONNECTIONS.demo");
    const sentences = report.results.filter((r) => r.check === "sgeSentence");
    expect(sentences.every((r) => r.status === "skipped" && r.detail?.code === "needsSgeAuth")).toBe(true);
  });

  it("the route answers the report to an administrator, 403 to a seller, 401 without a session; nothing secret in it", async () => {
    await actAs(adminViewer);
    const res = await diagnosticsRoute();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toContain("no-store");
    const body = (await res.json()) as DiagnosticsReport;
    expect(notOk(body)).toEqual([]);

    // No password, token or ERP technical text in what "Copiar relatório" copies: the admin's live ERP tokens included.
    const text = JSON.stringify(supportReport(t, body));
    const live = (await (
      await fetch(`${admin.url}/__admin/tokens?user=admin`, {
        headers: { "x-sandbox-admin-key": inject("sandboxAdminKey") },
      })
    ).json()) as { items: { token: string }[] };
    expect(live.items.length).toBeGreaterThan(0);
    for (const { token } of live.items) expect(text).not.toContain(token);
    for (const secret of ["admin123", "integracao123", "Bearer", "detailedMessage", "access_token"])
      expect(text).not.toContain(secret);

    await actAs(await signIn("ana", "ana123"));
    expect((await diagnosticsRoute()).status).toBe(403);
    jar.clear();
    expect((await diagnosticsRoute()).status).toBe(401);
  });

  it("the CLI's run (user and password, no session) is the same report; a wrong password fails the token row", async () => {
    const report = await runDiagnosticsForAlias("demo", { user: "admin", password: "admin123" });
    expect(notOk(report)).toEqual([]);
    expect(report.results.map((r) => r.id)).toEqual((await runDiagnostics(adminViewer)).results.map((r) => r.id));
    expect(row(report, "token").detail?.code).toBe("tokenGranted");

    const refused = await runDiagnosticsForAlias("demo", { user: "admin", password: "wrong" });
    expect(row(refused, "token")).toMatchObject({ status: "failed", detail: { code: "badCredentials" } });
    expect(row(refused, "packageVersion")).toMatchObject({ status: "skipped", detail: { code: "needsToken" } });
    // What needs no token still runs.
    expect(row(refused, "rest").status).toBe("ok");
    expect(row(refused, "security").status).toBe("ok");

    const unknown = await runDiagnosticsForAlias("nowhere", { user: "admin", password: "admin123" });
    expect(unknown.results).toEqual([expect.objectContaining({ id: "token", status: "failed" })]);
  });

  // Each run starts a Node process that compiles the service through tsx: a longer budget than the suite's 30 s.
  it(
    "npm run doctor prints one line per check and exits 1 when one failed, with the fix in words",
    { timeout: 120_000 },
    async () => {
      // The script as `npm run doctor` runs it, against this suite's sandbox (ERP_ALIASES / SGE_CONNECTIONS of tests/setup).
      const doctor = (...args: string[]) =>
        new Promise<{ code: number | null; out: string; err: string }>((resolve, reject) => {
          const child = spawn(process.execPath, ["scripts/doctor.mjs", "--alias", "demo", ...args], {
            env: { ...process.env, DOCTOR_USER: "admin", DOCTOR_PASSWORD: "admin123" },
            stdio: ["ignore", "pipe", "pipe"],
          });
          let out = "";
          let err = "";
          child.stdout.on("data", (d: Buffer) => (out += d.toString()));
          child.stderr.on("data", (d: Buffer) => (err += d.toString()));
          child.on("error", reject);
          child.on("exit", (code) => resolve({ code, out, err }));
        });

      const green = await doctor();
      expect(green.out).toContain("Diagnóstico de requisitos: Alias demo (REST direto), empresa 01, filial 01");
      expect(green.out).toMatch(/✔ OK +\d+ ms {2}REST do Protheus e versão: O REST respondeu: Protheus 12\.1\.2410/);
      expect(green.out).toMatch(/✔ OK +\d+ ms {2}Security \(chamada sem token\)/);
      expect(green.out).toContain("Nenhuma falha, nenhum aviso");
      expect(green.out).not.toContain("admin123");
      expect(green.code).toBe(0);

      await admin.config({ security: 0 });
      const red = await doctor("--lang", "en");
      expect(red.out).toMatch(
        /✖ Failed +\d+ ms {2}Security \(call without a token\): A call without a token was answered/,
      );
      expect(red.out).toContain("→ Set Security=1 in the [HTTPREST] section of appserver.ini");
      expect(red.code).toBe(1);

      const usage = await doctor("--user", "");
      expect(usage.err).toContain("Usage: npm run doctor");
      expect(usage.code).toBe(2);
    },
  );
});
