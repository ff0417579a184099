import { inject } from "vitest";

/** Small HTTP helpers for the sandbox tests: plain fetch against the spawned sandbox process. */
export const sandboxUrl = () => inject("sandboxUrl");

export const DEMO_SET_ID = "5f1a0c2e9b1d4a00a1000001";
export const NORTE_SET_ID = "5f1a0c2e9b1d4a00a1000002";
export const VAZIO_SET_ID = "5f1a0c2e9b1d4a00a1000003";

export type TokenBody = {
  access_token: string;
  refresh_token: string;
  scope: string;
  token_type: string;
  expires_in: number;
};
export type Envelope = { code: number; message: string; detailedMessage: string; helpUrl: string };

export async function passwordToken(username: string, password: string): Promise<TokenBody> {
  const res = await fetch(`${sandboxUrl()}/rest/api/oauth2/v1/token?grant_type=password`, {
    method: "POST",
    headers: { username, password },
  });
  if (res.status !== 201) throw new Error(`token for ${username}: ${res.status} ${await res.text()}`);
  return (await res.json()) as TokenBody;
}

export async function rest(
  path: string,
  init: {
    token?: string;
    tenant?: string;
    method?: string;
    headers?: Record<string, string>;
    signal?: AbortSignal;
  } = {},
) {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.tenant) headers.tenantId = init.tenant;
  return fetch(`${sandboxUrl()}/rest${path}`, { method: init.method ?? "GET", headers, signal: init.signal });
}

export async function json<T>(res: Response): Promise<T> {
  return (await res.json()) as T;
}

export function basic(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
}

export type MingleSession = {
  access_token: string;
  refresh_token: string;
  expires_in: number;
  client: { _id: string; name: string };
  set: { _id: string; alias: string };
  muser: { _id: string; login: string };
  params_values: { key: string; value: string }[];
  auth_driver: string;
  wso2: Record<string, unknown>;
};

export async function mingle(path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${sandboxUrl()}/mingle/api/v1${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

export async function mingleLogin(login: string, password: string, alias: string): Promise<MingleSession> {
  const res = await mingle("/auth/app/authenticate", {
    login,
    password,
    alias,
    device_id: "test-device",
    app_id: "pgv-portal",
  });
  if (res.status !== 200) throw new Error(`mingle login ${login}@${alias}: ${res.status} ${await res.text()}`);
  return json<MingleSession>(res);
}
