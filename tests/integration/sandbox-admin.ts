import { inject } from "vitest";
import type { LoggedRequest } from "@/sandbox/request-log";

/** Helpers for the sandbox's localhost-only admin endpoints (switches, request log, faults). */
export function sandboxAdmin() {
  const base = inject("sandboxUrl");
  const key = inject("sandboxAdminKey");
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${base}/__admin${path}`, {
      method,
      headers: { "x-sandbox-admin-key": key, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`sandbox admin ${method} ${path}: ${res.status} ${await res.text()}`);
    return res.status === 204 ? undefined : res.json();
  };
  return {
    url: base,
    config: (patch: Record<string, unknown>) => call("PUT", "/config", patch),
    getConfig: () => call("GET", "/config") as Promise<Record<string, unknown>>,
    reset: () => call("POST", "/reset"),
    clearRequests: () => call("DELETE", "/requests"),
    requests: async () => (await call("GET", "/requests")) as { items: SandboxRequest[] },
    faults: (faults: unknown[]) => call("PUT", "/faults", { faults }),
    /** Access tokens (default), refresh tokens or both expire now: no test waits out a token's life. */
    expireTokens: (kind: "access" | "refresh" | "all" = "access") => call("POST", `/tokens/expire?kind=${kind}`),
    /** `POST /__admin/jobs/run`: the order job processes every waiting item now. */
    runJobs: () => call("POST", "/jobs/run"),
    /** `POST /__admin/titles/pay`: writes off the customer's open titles (FINA070). */
    payTitles: (body: { customer: string; store: string }) => call("POST", "/titles/pay", body),
    sql: async <R = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
      (await call("POST", "/sql", { sql, params })) as { rows: R[]; affectedRows: number },
  };
}

export type SandboxRequest = LoggedRequest;
