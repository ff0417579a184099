import "server-only";
import { z } from "zod";
import { endpointPath } from "./endpoints";
import { protheusFetch, type ErpTarget } from "./transport";

const tokenSchema = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
  expires_in: z.coerce.number().positive().default(3600),
  token_type: z.string().optional(),
});

export type ErpTokens = { accessToken: string; refreshToken: string; expiresAt: number };

function toTokens(raw: z.infer<typeof tokenSchema>): ErpTokens {
  return {
    accessToken: raw.access_token,
    refreshToken: raw.refresh_token,
    expiresAt: Date.now() + raw.expires_in * 1000,
  };
}

/**
 * OAuth2 password grant (ERP-CONTRACT.md §2). Credentials go as headers, not query parameters,
 * so they never land in the Appserver's or a proxy's access log.
 */
export async function requestToken(restUrl: string, username: string, password: string, deadline?: number) {
  const raw = await protheusFetch({ baseUrl: restUrl, credentials: { kind: "none" } }, "api/oauth2/v1/token", {
    method: "POST",
    query: { grant_type: "password" },
    headers: { username, password },
    schema: tokenSchema,
    deadline,
    safeToRepeat: true,
  });
  return toTokens(raw);
}

export async function refreshToken(restUrl: string, refresh: string) {
  const raw = await protheusFetch({ baseUrl: restUrl, credentials: { kind: "none" } }, "api/oauth2/v1/token", {
    method: "POST",
    query: { grant_type: "refresh_token", refresh_token: refresh },
    schema: tokenSchema,
  });
  return toTokens(raw);
}

export async function invalidateToken(restUrl: string, tokens: { accessToken: string; refreshToken?: string }) {
  await protheusFetch(
    { baseUrl: restUrl, credentials: { kind: "bearer", token: async () => tokens.accessToken } },
    "api/framework/v1/invalidateToken",
    {
      method: "POST",
      query: { refresh_token: tokens.refreshToken },
      schema: z.unknown(),
      timeoutMs: 3_000,
    },
  );
}

const versionSchema = z.object({
  release: z.string().optional(),
  packageVersion: z.string().min(1),
  buildDate: z.string().optional(),
});

export async function getPgvVersion(target: ErpTarget, deadline?: number) {
  return protheusFetch(target, endpointPath(target, "version"), { schema: versionSchema, deadline });
}

/**
 * Security=0 probe: a protected route called with no credentials at all. A sound Appserver answers
 * 401; one that answers 2xx runs every call as the administrator (seed: "Risk Alert").
 */
export async function answersUnauthenticated(restUrl: string, deadline?: number): Promise<boolean> {
  try {
    await protheusFetch({ baseUrl: restUrl, credentials: { kind: "none" } }, "api/framework/environment/v1/companies", {
      schema: z.unknown(),
      deadline,
    });
    return true;
  } catch {
    return false;
  }
}
