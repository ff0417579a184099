import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { ErpError, genericErpError } from "../errors";

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

export type MingleFailure = "UNKNOWN_ALIAS" | "BAD_CREDENTIALS" | "PASSWORD_CHANGE";

export class MingleAuthError extends Error {
  constructor(readonly reason: MingleFailure) {
    super(reason);
  }
}

/**
 * One POST to Mingle. A connection that fails before any answer (a keep-alive socket closed by the
 * server at that moment) is tried once more: an alias login or a token refresh that never reached
 * Mingle is safe to repeat.
 */
async function post(url: string, body: unknown, timeoutMs: number, attempt = 0): Promise<Response> {
  const started = Date.now();
  try {
    return await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(Math.max(1, timeoutMs)),
      redirect: "manual",
      cache: "no-store",
    });
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    if (name === "TimeoutError") throw genericErpError("timeout", `mingle ${url}: ${String(error)}`);
    const left = timeoutMs - (Date.now() - started);
    if (attempt === 0 && left > 500) return post(url, body, left, 1);
    throw genericErpError("unavailable", `mingle ${url}: ${String(error)}`);
  }
}

async function parse(res: Response, appId: string): Promise<MingleSession> {
  const parsed = authSchema.safeParse(await res.json().catch(() => null));
  if (!parsed.success) throw genericErpError("invalid_response", `mingle auth: ${parsed.error.message.slice(0, 300)}`);
  const raw = parsed.data;
  return {
    ids: { app: appId, client: raw.client._id, set: raw.set._id, muser: raw.muser._id },
    accessToken: raw.access_token,
    refreshToken: raw.refresh_token,
    expiresAt: Date.now() + raw.expires_in * 1000,
    params: Object.fromEntries(raw.params_values.map((p) => [p.key.toUpperCase(), p.value])),
  };
}

/** Alias login (ERP-CONTRACT.md §3): 401 "Invalid Alias" → unknown alias, other 401 → bad credentials, 302 → password change. */
export async function mingleAuthenticate(
  mingleUrl: string,
  input: { alias: string; login: string; password: string; appId: string; deviceId?: string },
  timeoutMs: number,
): Promise<MingleSession> {
  const res = await post(
    `${mingleUrl.replace(/\/+$/, "")}/api/v1/auth/app/authenticate`,
    {
      login: input.login,
      password: input.password,
      alias: input.alias,
      device_id: input.deviceId ?? randomUUID(),
      app_id: input.appId,
    },
    timeoutMs,
  );
  if (res.status === 302) throw new MingleAuthError("PASSWORD_CHANGE");
  if (res.status === 401) {
    const body = (await res.json().catch(() => ({}))) as { message?: unknown };
    throw new MingleAuthError(
      typeof body.message === "string" && /invalid alias/i.test(body.message) ? "UNKNOWN_ALIAS" : "BAD_CREDENTIALS",
    );
  }
  if (!res.ok)
    throw new ErpError(res.status >= 500 ? "unavailable" : "bad_request", "Mingle rejected the login.", {
      status: res.status,
    });
  return parse(res, input.appId);
}

export async function mingleRefresh(
  mingleUrl: string,
  ids: MingleIds,
  refreshToken: string,
  timeoutMs: number,
): Promise<MingleSession> {
  const res = await post(
    `${mingleUrl.replace(/\/+$/, "")}/api/v1/auth/app/refresh`,
    { _app: ids.app, _client: ids.client, _set: ids.set, _muser: ids.muser, rtoken: refreshToken },
    timeoutMs,
  );
  if (res.status === 401 || res.status === 403)
    throw new ErpError("session_expired", "Mingle refresh token rejected.", { status: res.status });
  if (!res.ok) throw new ErpError("unavailable", "Mingle refresh failed.", { status: res.status });
  return parse(res, ids.app);
}

export function gatewayBase(mingleUrl: string, setId: string) {
  return `${mingleUrl.replace(/\/+$/, "")}/api/v1/gateway/${encodeURIComponent(setId)}`;
}
