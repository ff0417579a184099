import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { genericErpError } from "../errors";
import { erpFetch, httpTiming } from "../http";

const paramSchema = z.object({ key: z.string(), value: z.union([z.string(), z.number()]).transform(String) });

const authSchema = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
  expires_in: z.coerce.number().positive().default(3600),
  client: z.object({ _id: z.string(), name: z.string().optional() }),
  set: z.object({ _id: z.string(), alias: z.string().optional() }),
  muser: z.object({ _id: z.string(), login: z.string().optional() }),
  params_values: z.array(paramSchema).default([]),
  // TOTVS's own client reads `wso2` unconditionally; we only require the rest (ERP-CONTRACT.md §3).
  wso2: z.unknown().optional(),
});

export type MingleIds = { app: string; client: string; set: string; muser: string };
export type MingleSession = {
  ids: MingleIds;
  accessToken: string;
  refreshToken: string;
  expiresAt: number;
  params: Record<string, string>;
};

type MingleFailure = "UNKNOWN_ALIAS" | "BAD_CREDENTIALS" | "PASSWORD_CHANGE";

export class MingleAuthError extends Error {
  constructor(readonly reason: MingleFailure) {
    super(reason);
  }
}

/**
 * The Mingle auth endpoints through the shared HTTP core. A connection that fails before any answer
 * (a keep-alive socket closed by the server at that moment) is tried once more, inside the same
 * `timeoutMs` budget: an alias login or a token refresh that never reached Mingle is safe to repeat.
 */
async function post(
  mingleUrl: string,
  path: string,
  body: unknown,
  timeoutMs: number,
  failure: (status: number, text: string) => Error,
): Promise<z.infer<typeof authSchema>> {
  return erpFetch({ name: "mingle", baseUrl: mingleUrl, failure }, path, {
    method: "POST",
    body,
    schema: authSchema,
    timeoutMs,
    deadline: httpTiming.now() + timeoutMs,
    safeToRepeat: true,
    maxAttempts: 2,
  });
}

function toSession(raw: z.infer<typeof authSchema>, appId: string): MingleSession {
  return {
    ids: { app: appId, client: raw.client._id, set: raw.set._id, muser: raw.muser._id },
    accessToken: raw.access_token,
    refreshToken: raw.refresh_token,
    expiresAt: Date.now() + raw.expires_in * 1000,
    params: Object.fromEntries(raw.params_values.map((p) => [p.key.toUpperCase(), p.value])),
  };
}

const messageOf = (text: string) => {
  try {
    const body = JSON.parse(text) as { message?: unknown };
    return typeof body.message === "string" ? body.message : "";
  } catch {
    return "";
  }
};

/** Alias login (ERP-CONTRACT.md §3): 401 "Invalid Alias" → unknown alias, other 401 → bad credentials, 302 → password change. */
export async function mingleAuthenticate(
  mingleUrl: string,
  input: { alias: string; login: string; password: string; appId: string; deviceId?: string },
  timeoutMs: number,
): Promise<MingleSession> {
  const raw = await post(
    mingleUrl,
    "api/v1/auth/app/authenticate",
    {
      login: input.login,
      password: input.password,
      alias: input.alias,
      device_id: input.deviceId ?? randomUUID(),
      app_id: input.appId,
    },
    timeoutMs,
    (status, text) => {
      if (status === 302) return new MingleAuthError("PASSWORD_CHANGE");
      if (status === 401)
        return new MingleAuthError(/invalid alias/i.test(messageOf(text)) ? "UNKNOWN_ALIAS" : "BAD_CREDENTIALS");
      return genericErpError(status >= 500 ? "unavailable" : "bad_request", `mingle login: HTTP ${status}`, status);
    },
  );
  return toSession(raw, input.appId);
}

export async function mingleRefresh(
  mingleUrl: string,
  ids: MingleIds,
  refreshToken: string,
  timeoutMs: number,
): Promise<MingleSession> {
  const raw = await post(
    mingleUrl,
    "api/v1/auth/app/refresh",
    { _app: ids.app, _client: ids.client, _set: ids.set, _muser: ids.muser, rtoken: refreshToken },
    timeoutMs,
    (status) =>
      status === 401 || status === 403
        ? genericErpError("session_expired", `mingle refresh token rejected: HTTP ${status}`, status)
        : genericErpError("unavailable", `mingle refresh failed: HTTP ${status}`, status),
  );
  return toSession(raw, ids.app);
}

export function gatewayBase(mingleUrl: string, setId: string) {
  return `${mingleUrl.replace(/\/+$/, "")}/api/v1/gateway/${encodeURIComponent(setId)}`;
}
