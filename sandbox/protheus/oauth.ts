import type { Context, Hono } from "hono";
import type { AppEnv, SandboxState } from "../context";
import { TotvsError } from "../errors";
import { findToken, issuePair, revokeToken, type TokenPair } from "./tokens";
import { findUserById, verifyCredentials } from "./users";

/**
 * OAuth2 of Protheus REST 2.0 (ERP-CONTRACT.md §2). Public clients send `username`/`password` as
 * HTTP headers or as query params, some as a form body: all three are accepted.
 */

function tokenBody(pair: TokenPair) {
  return {
    access_token: pair.accessToken,
    refresh_token: pair.refreshToken,
    scope: "default",
    token_type: "Bearer",
    expires_in: pair.expiresIn,
  };
}

async function formParams(c: Context<AppEnv>): Promise<Record<string, string>> {
  if (!(c.req.header("content-type") ?? "").includes("application/x-www-form-urlencoded")) return {};
  const body = await c.req.parseBody();
  return Object.fromEntries(Object.entries(body).filter((e): e is [string, string] => typeof e[1] === "string"));
}

const invalidCredentials = () =>
  new TotvsError(401, "Usuário ou senha inválidos.", "invalid_grant: the username or password is incorrect");

export function registerOAuthRoutes(rest: Hono<AppEnv>, state: SandboxState): void {
  rest.post("/api/oauth2/v1/token", async (c) => {
    const form = await formParams(c);
    const param = (name: string) => c.req.query(name) ?? form[name] ?? c.req.header(name);
    const grantType = param("grant_type");

    if (grantType === "password") {
      const username = param("username") ?? "";
      c.set("logUser", username || null);
      const user = await verifyCredentials(state.db, username, param("password") ?? "");
      if (!user) throw invalidCredentials();
      const pair = await issuePair(state.db, state.switches, { realm: "protheus", userId: user.id });
      return c.json(tokenBody(pair), 201);
    }

    if (grantType === "refresh_token") {
      const refreshToken = param("refresh_token") ?? "";
      const row = await findToken(state.db, refreshToken, "protheus", "refresh");
      // Single use: a refresh token that was already consumed (or expired) is rejected.
      if (!row || !(await revokeToken(state.db, refreshToken))) {
        throw new TotvsError(
          401,
          "Sessão expirada. Faça login novamente.",
          "invalid_grant: refresh token invalid, expired or already used",
        );
      }
      const user = await findUserById(state.db, row.userId);
      if (!user) throw invalidCredentials();
      c.set("logUser", user.login);
      const pair = await issuePair(state.db, state.switches, { realm: "protheus", userId: user.id });
      return c.json(tokenBody(pair), 201);
    }

    throw new TotvsError(400, "Requisição de token inválida.", `unsupported_grant_type: ${grantType ?? "(missing)"}`);
  });
}

/** Logout. Runs behind the auth middleware, so the access token is known to be valid here. */
export function registerInvalidateRoute(rest: Hono<AppEnv>, state: SandboxState): void {
  rest.post("/api/framework/v1/invalidateToken", async (c) => {
    const user = c.get("user");
    const bearer = /^Bearer\s+(.+)$/i.exec(c.req.header("authorization") ?? "")?.[1]?.trim();
    if (bearer) await revokeToken(state.db, bearer);
    const refreshToken = c.req.query("refresh_token");
    if (refreshToken && user) {
      // Only the caller's own refresh token: a token cannot be used to log someone else out.
      const row = await findToken(state.db, refreshToken, "protheus", "refresh");
      if (row?.userId === user.id) await revokeToken(state.db, refreshToken);
    }
    return c.json({}, 200);
  });
}
