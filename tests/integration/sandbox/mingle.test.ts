import { beforeEach, describe, expect, it } from "vitest";
import { sandboxAdmin } from "../sandbox-admin";
import {
  DEMO_SET_ID,
  NORTE_SET_ID,
  VAZIO_SET_ID,
  json,
  mingle,
  mingleLogin,
  sandboxUrl,
  type Envelope,
  type MingleSession,
} from "./protheus-client";

const admin = sandboxAdmin();

function gateway(
  setId: string,
  path: string,
  token: string | undefined,
  init: { method?: string; tenant?: string } = {},
) {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (init.tenant) headers.tenantid = init.tenant;
  return fetch(`${sandboxUrl()}/mingle/api/v1/gateway/${setId}${path}`, { method: init.method ?? "GET", headers });
}

describe("Mingle authenticate", () => {
  beforeEach(() => admin.reset());

  it("answers an unknown alias with 401 Invalid Alias", async () => {
    const res = await mingle("/auth/app/authenticate", {
      login: "ana",
      password: "ana123",
      alias: "nope",
      device_id: "d",
      app_id: "a",
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ message: "Invalid Alias" });
  });

  it("answers bad credentials with a 401 that is not Invalid Alias", async () => {
    const res = await mingle("/auth/app/authenticate", {
      login: "ana",
      password: "bad",
      alias: "demo",
      device_id: "d",
      app_id: "a",
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ message: "Invalid credentials" });
  });

  it("answers malformed JSON with 400", async () => {
    expect((await mingle("/auth/app/authenticate", "{not json")).status).toBe(400);
  });

  it("returns the session with client, set, muser, EMPRESA/FILIAL params and an empty wso2 object", async () => {
    const session = await mingleLogin("ana", "ana123", "demo");
    expect(session).toMatchObject({
      expires_in: 3600,
      client: { _id: "5f1a0c2e9b1d4a00c1000001", name: "PGV Demo Comércio Ltda" },
      set: { _id: DEMO_SET_ID, alias: "demo" },
      muser: { login: "ana" },
      params_values: [
        { key: "EMPRESA", value: "01" },
        { key: "FILIAL", value: "01" },
      ],
      auth_driver: "protheus",
      wso2: {},
    });
    expect(session.access_token).toBeTruthy();
    expect((await mingleLogin("diego", "diego123", "norte")).params_values).toEqual([
      { key: "EMPRESA", value: "02" },
      { key: "FILIAL", value: "01" },
    ]);
    expect((await mingleLogin("ana", "ana123", "vazio")).set._id).toBe(VAZIO_SET_ID);
    expect((await mingleLogin("ana", "ana123", "vazio")).params_values).toEqual([]);
  });

  it("accepts usage metrics with 204", async () => {
    expect((await mingle("/usage-metrics/log", { app_id: "pgv-portal", device_id: "d" })).status).toBe(204);
  });
});

describe("Mingle gateway and refresh", () => {
  beforeEach(() => admin.reset());

  it("forwards to /rest with the mapped Protheus token and the caller's tenantid, and logs both calls", async () => {
    const session = await mingleLogin("ana", "ana123", "demo");
    await admin.clearRequests();
    const res = await gateway(DEMO_SET_ID, "/api/tgv/sellers/codeuser?page=1", session.access_token, {
      tenant: "01,02",
    });
    expect(res.status).toBe(200);
    expect((await json<{ items: unknown[] }>(res)).items).toHaveLength(2);

    const { items } = await admin.requests();
    expect(items.map((r) => [r.path, r.tenant, r.user, r.status])).toEqual(
      expect.arrayContaining([
        [`/mingle/api/v1/gateway/${DEMO_SET_ID}/api/tgv/sellers/codeuser`, "01,02", "ana", 200],
        ["/rest/api/tgv/sellers/codeuser", "01,02", "ana", 200],
      ]),
    );
    expect(items.find((r) => r.path.startsWith("/rest/"))?.query).toEqual({ page: "1" });
  });

  it("passes Protheus errors through untouched (tenant 403)", async () => {
    const session = await mingleLogin("ana", "ana123", "demo");
    const res = await gateway(DEMO_SET_ID, "/api/tgv/sellers/codeuser", session.access_token, { tenant: "02,01" });
    expect(res.status).toBe(403);
    expect((await json<Envelope>(res)).code).toBe(403);
  });

  it("rejects a token of another set, a missing token and an unknown token with 401", async () => {
    const session = await mingleLogin("ana", "ana123", "demo");
    expect((await gateway(NORTE_SET_ID, "/api/tgv/version", session.access_token)).status).toBe(401);
    expect((await gateway(DEMO_SET_ID, "/api/tgv/version", undefined)).status).toBe(401);
    expect((await gateway(DEMO_SET_ID, "/api/tgv/version", "forged")).status).toBe(401);
  });

  it("returns Protheus' own 401 once the mapped Protheus token is gone; a Mingle refresh recovers", async () => {
    const session = await mingleLogin("ana", "ana123", "demo");
    const logout = await gateway(DEMO_SET_ID, "/api/framework/v1/invalidateToken", session.access_token, {
      method: "POST",
    });
    expect(logout.status).toBe(200);
    const after = await gateway(DEMO_SET_ID, "/api/tgv/version", session.access_token);
    expect(after.status).toBe(401);
    expect(await json<Envelope>(after)).toMatchObject({
      code: 401,
      message: "Usuário não autenticado ou sessão expirada.",
    });

    const refreshed = await mingle("/auth/app/refresh", {
      _app: "pgv-portal",
      _client: session.client._id,
      _set: session.set._id,
      _muser: session.muser._id,
      rtoken: session.refresh_token,
    });
    expect(refreshed.status).toBe(200);
    const next = await json<MingleSession>(refreshed);
    expect(next.access_token).not.toBe(session.access_token);
    expect(next).toMatchObject({ set: { _id: DEMO_SET_ID }, wso2: {} });
    expect((await gateway(DEMO_SET_ID, "/api/tgv/version", next.access_token)).status).toBe(200);

    // The refresh token is single use.
    const replay = await mingle("/auth/app/refresh", { _set: session.set._id, rtoken: session.refresh_token });
    expect(replay.status).toBe(401);
  });

  it("rejects a refresh with another set's id, and expired access tokens at the gateway", async () => {
    const session = await mingleLogin("diego", "diego123", "norte");
    expect((await mingle("/auth/app/refresh", { _set: DEMO_SET_ID, rtoken: session.refresh_token })).status).toBe(401);
    await admin.expireTokens();
    expect((await gateway(NORTE_SET_ID, "/api/tgv/version", session.access_token)).status).toBe(401);
    const refreshed = await mingle("/auth/app/refresh", { _set: NORTE_SET_ID, rtoken: session.refresh_token });
    expect(refreshed.status).toBe(200);
    const next = await json<MingleSession>(refreshed);
    expect(
      (await gateway(NORTE_SET_ID, "/api/tgv/sellers/codeuser", next.access_token, { tenant: "02,01" })).status,
    ).toBe(200);
  });
});
