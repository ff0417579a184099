import { beforeEach, describe, expect, it } from "vitest";
import { sandboxAdmin } from "../sandbox-admin";
import { basic, json, rest, sandboxUrl, type Envelope } from "./protheus-client";

const admin = sandboxAdmin();
const anaBasic = { authorization: basic("ana", "ana123") };

describe("admin API", () => {
  beforeEach(() => admin.reset());

  it("requires the admin key", async () => {
    expect((await fetch(`${sandboxUrl()}/__admin/config`)).status).toBe(401);
    const wrong = await fetch(`${sandboxUrl()}/__admin/config`, { headers: { "x-sandbox-admin-key": "guess" } });
    expect(wrong.status).toBe(401);
    expect((await fetch(`${sandboxUrl()}/__admin/reset`, { method: "POST" })).status).toBe(401);
  });

  it("patches switches, rejects invalid ones, and reset restores the defaults", async () => {
    expect(await admin.config({ security: 0, prepareIn: ["01"] })).toEqual({
      security: 0,
      packageVersion: "2026.11.1",
      accessTokenTtl: 3600,
      refreshTokenTtl: 86400,
      prepareIn: ["01"],
      useRowStamp: true,
      customPaths: [],
    });
    await expect(admin.config({ security: 2 })).rejects.toThrow(/400/);
    await expect(admin.config({ unknown: true })).rejects.toThrow(/400/);
    await admin.reset();
    expect(await admin.getConfig()).toMatchObject({ security: 1, prepareIn: "All" });
  });

  it("logs every /rest and /mingle request with tenant and user, never a password, and clears the log", async () => {
    await admin.clearRequests();
    await fetch(`${sandboxUrl()}/rest/api/oauth2/v1/token?grant_type=password&username=ana&password=ana123`, {
      method: "POST",
    });
    await rest("/api/tgv/sellers/codeuser", { headers: anaBasic, tenant: "01,02" });
    await rest("/api/tgv/version");
    const { items } = await admin.requests();
    expect(items).toHaveLength(3);
    expect(items[0]).toMatchObject({
      method: "POST",
      path: "/rest/api/oauth2/v1/token",
      user: "ana",
      status: 201,
      query: { password: "***" },
    });
    expect(items[1]).toMatchObject({
      method: "GET",
      path: "/rest/api/tgv/sellers/codeuser",
      tenant: "01,02",
      user: "ana",
      status: 200,
    });
    expect(items[2]).toMatchObject({ tenant: null, user: null, status: 401 });
    expect(Date.parse(items[0]!.at)).not.toBeNaN();
    await admin.clearRequests();
    expect((await admin.requests()).items).toEqual([]);
  });
});

describe("fault injection", () => {
  beforeEach(() => admin.reset());

  it("latency delays the answer", async () => {
    await admin.faults([{ pathPrefix: "/rest/api/tgv/version", kind: "latency", ms: 400 }]);
    // Wall clock to measure the injected delay (elapsed time, not a date).
    const started = Date.now();
    expect((await rest("/api/tgv/version", { headers: anaBasic })).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(390);
  });

  it("status answers that status with a TOTVS envelope, `times` times", async () => {
    await admin.faults([{ pathPrefix: "/rest/api/tgv", kind: "status", status: 503, times: 2 }]);
    for (let i = 0; i < 2; i++) {
      const res = await rest("/api/tgv/version", { headers: anaBasic });
      expect(res.status).toBe(503);
      expect((await json<Envelope>(res)).code).toBe(503);
    }
    expect((await rest("/api/tgv/version", { headers: anaBasic })).status).toBe(200);
  });

  it("hang never answers until the client aborts", async () => {
    await admin.faults([{ pathPrefix: "/rest/api/tgv/version", kind: "hang" }]);
    // Wall clock to measure how long the hang lasted (elapsed time, not a date).
    const started = Date.now();
    await expect(rest("/api/tgv/version", { headers: anaBasic, signal: AbortSignal.timeout(500) })).rejects.toThrow(
      /abort|timeout/i,
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(490);
    await admin.faults([]);
    expect((await rest("/api/tgv/version", { headers: anaBasic })).status).toBe(200);
  });

  it("drop destroys the socket", async () => {
    await admin.faults([{ pathPrefix: "/rest/api/oauth2", kind: "drop", times: 1 }]);
    await expect(
      fetch(`${sandboxUrl()}/rest/api/oauth2/v1/token?grant_type=password`, { method: "POST" }),
    ).rejects.toThrow(/fetch failed/);
    const { items } = await admin.requests();
    expect(items.at(-1)).toMatchObject({ path: "/rest/api/oauth2/v1/token", status: 0 });
  });

  it("malformed answers cut-off JSON; html answers an HTML page", async () => {
    await admin.faults([
      { pathPrefix: "/rest/api/tgv/version", kind: "malformed" },
      { pathPrefix: "/mingle", kind: "html" },
    ]);
    const malformed = await rest("/api/tgv/version", { headers: anaBasic });
    expect(malformed.status).toBe(200);
    expect(malformed.headers.get("content-type")).toContain("application/json");
    await expect(malformed.json()).rejects.toThrow();

    const html = await fetch(`${sandboxUrl()}/mingle/api/v1/auth/app/authenticate`, { method: "POST", body: "{}" });
    expect(html.status).toBe(502);
    expect(html.headers.get("content-type")).toContain("text/html");
  });

  it("an empty fault list clears the faults", async () => {
    await admin.faults([{ pathPrefix: "/rest", kind: "status", status: 500 }]);
    expect((await rest("/totvs/environment")).status).toBe(500);
    await admin.faults([]);
    expect((await rest("/totvs/environment")).status).toBe(200);
  });
});
