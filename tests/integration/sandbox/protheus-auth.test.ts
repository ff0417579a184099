import { beforeEach, describe, expect, it } from "vitest";
import { sandboxAdmin } from "../sandbox-admin";
import { basic, json, passwordToken, rest, sandboxUrl, type Envelope, type TokenBody } from "./protheus-client";

const admin = sandboxAdmin();
const tokenUrl = (query: string) => `${sandboxUrl()}/rest/api/oauth2/v1/token?${query}`;

describe("Protheus OAuth2 token", () => {
  beforeEach(() => admin.reset());

  it("issues a pair with credentials in HTTP headers (201, Bearer, default scope, 1 h)", async () => {
    const res = await fetch(tokenUrl("grant_type=password"), {
      method: "POST",
      headers: { username: "ana", password: "ana123" },
    });
    expect(res.status).toBe(201);
    const body = await json<TokenBody>(res);
    expect(body).toMatchObject({ scope: "default", token_type: "Bearer", expires_in: 3600 });
    expect(body.access_token).toMatch(/^[\w-]{20,}$/);
    expect(body.refresh_token).not.toBe(body.access_token);
  });

  it("issues a pair with credentials in the query string", async () => {
    const res = await fetch(tokenUrl("grant_type=password&username=bruno&password=bruno123"), { method: "POST" });
    expect(res.status).toBe(201);
    expect((await json<TokenBody>(res)).token_type).toBe("Bearer");
  });

  it("rejects a wrong password and an unknown user with the same 401 envelope", async () => {
    for (const [user, password] of [
      ["ana", "wrong"],
      ["nobody", "ana123"],
    ] as const) {
      const res = await fetch(tokenUrl("grant_type=password"), {
        method: "POST",
        headers: { username: user, password },
      });
      expect(res.status).toBe(401);
      const body = await json<Envelope>(res);
      expect(body).toMatchObject({ code: 401, message: "Usuário ou senha inválidos." });
      expect(body.detailedMessage).toBeTruthy();
      expect(body).toHaveProperty("helpUrl");
    }
  });

  it("rejects an unknown grant type with 400", async () => {
    const res = await fetch(tokenUrl("grant_type=client_credentials"), { method: "POST" });
    expect(res.status).toBe(400);
  });

  it("rotates the refresh token: a new pair, and the old refresh token is consumed", async () => {
    const first = await passwordToken("ana", "ana123");
    const res = await fetch(tokenUrl(`grant_type=refresh_token&refresh_token=${first.refresh_token}`), {
      method: "POST",
    });
    expect(res.status).toBe(201);
    const second = await json<TokenBody>(res);
    expect(second.access_token).not.toBe(first.access_token);
    expect((await rest("/api/tgv/sellers/codeuser", { token: second.access_token, tenant: "01,01" })).status).toBe(200);

    const replay = await fetch(tokenUrl(`grant_type=refresh_token&refresh_token=${first.refresh_token}`), {
      method: "POST",
    });
    expect(replay.status).toBe(401);
    expect((await json<Envelope>(replay)).code).toBe(401);
  });

  it("honours the token lifetime switches", async () => {
    await admin.config({ accessTokenTtl: 120, refreshTokenTtl: 600 });
    expect((await passwordToken("ana", "ana123")).expires_in).toBe(120);
  });
});

describe("Protheus authentication of protected paths", () => {
  beforeEach(() => admin.reset());

  it("accepts Bearer and Basic, rejects a missing, unknown or malformed Authorization with a 401 envelope", async () => {
    const { access_token } = await passwordToken("ana", "ana123");
    expect((await rest("/api/tgv/version", { token: access_token })).status).toBe(200);
    expect((await rest("/api/tgv/version", { headers: { authorization: basic("ana", "ana123") } })).status).toBe(200);

    for (const authorization of [undefined, "Bearer not-a-token", basic("ana", "nope"), "Digest abc"]) {
      const res = await rest("/api/tgv/version", { headers: authorization ? { authorization } : {} });
      expect(res.status).toBe(401);
      expect(await json<Envelope>(res)).toMatchObject({
        code: 401,
        message: "Usuário não autenticado ou sessão expirada.",
      });
    }
  });

  it("invalidateToken revokes the access token and the given refresh token", async () => {
    const pair = await passwordToken("ana", "ana123");
    const res = await rest(`/api/framework/v1/invalidateToken?refresh_token=${pair.refresh_token}`, {
      token: pair.access_token,
      method: "POST",
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({});
    expect((await rest("/api/tgv/version", { token: pair.access_token })).status).toBe(401);
    const refresh = await fetch(tokenUrl(`grant_type=refresh_token&refresh_token=${pair.refresh_token}`), {
      method: "POST",
    });
    expect(refresh.status).toBe(401);
  });

  it("expired access tokens get 401 while the refresh token still works", async () => {
    const pair = await passwordToken("bruno", "bruno123");
    await admin.expireTokens();
    expect((await rest("/api/tgv/version", { token: pair.access_token })).status).toBe(401);
    const refresh = await fetch(tokenUrl(`grant_type=refresh_token&refresh_token=${pair.refresh_token}`), {
      method: "POST",
    });
    expect(refresh.status).toBe(201);
  });

  it("Security=0 answers an anonymous call as the administrator but still validates sent credentials", async () => {
    expect((await rest("/api/tgv/version")).status).toBe(401);
    await admin.config({ security: 0 });
    const anonymous = await rest("/api/tgv/sellers/codeuser", { tenant: "02,01" });
    expect(anonymous.status).toBe(200);
    expect(await anonymous.json()).toEqual({ hasNext: false, items: [], isadmin: true });
    expect((await rest("/api/tgv/version", { token: "forged" })).status).toBe(401);
    const log = await admin.requests();
    expect(log.items.find((r) => r.path === "/rest/api/tgv/sellers/codeuser")?.user).toBe("admin");
  });

  it("serves the environment endpoint without authentication", async () => {
    const res = await rest("/totvs/environment");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ release: "12.1.2410" });
  });

  it("answers a malformed JSON body with a 400 envelope", async () => {
    const res = await fetch(`${sandboxUrl()}/rest/api/framework/v1/invalidateToken`, {
      method: "POST",
      headers: { authorization: basic("ana", "ana123"), "content-type": "application/json" },
      body: '{"broken": ',
    });
    expect(res.status).toBe(400);
    expect(await json<Envelope>(res)).toMatchObject({
      code: 400,
      message: "O conteúdo da requisição não é um JSON válido.",
    });
  });

  it("answers unknown paths with a 404 envelope (once authenticated)", async () => {
    const res = await rest("/api/framework/v1/nothing-here", {
      headers: { authorization: basic("admin", "admin123") },
    });
    expect(res.status).toBe(404);
    expect((await json<Envelope>(res)).code).toBe(404);
  });
});
