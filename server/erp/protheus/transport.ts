import "server-only";
import type { z } from "zod";
import { tenantHeader, type Tenant } from "@/lib/erp/tenant";
import type { EndpointKey, EndpointMap } from "@/lib/erp/endpoints";
import { env } from "@/server/env";
import { errorFromResponse } from "../errors";
import { erpFetch, joinUrl, type ErpAdapter, type ErpMethod, type ErpQuery } from "../http";

/**
 * How a call authenticates. `token` gives the current access token (refreshing ahead of expiry);
 * `refresh` is called once on a 401 with the token that was rejected and returns a new one.
 */
type ErpCredentials =
  { kind: "none" } | { kind: "bearer"; token: () => Promise<string>; refresh?: (rejected: string) => Promise<string> };

export type ErpTarget = {
  /** Protheus REST root (`…/rest`) or the Mingle gateway root (`…/api/v1/gateway/{setId}`). */
  baseUrl: string;
  tenant?: Tenant;
  language?: string;
  credentials: ErpCredentials;
  /** The alias' endpoint overrides (ERP_ALIASES `endpoints`, `endpointsForAlias`); paths via `endpointPath`. */
  endpoints?: EndpointMap;
  /** Optional endpoints the session's login found missing (server/services/capabilities.ts): `endpointPath` refuses them. */
  missing?: readonly EndpointKey[];
};

type ErpCallOptions<S extends z.ZodType> = {
  method?: ErpMethod;
  query?: ErpQuery;
  headers?: Record<string, string>;
  body?: unknown;
  schema: S;
  timeoutMs?: number;
  /** Absolute time (ms) after which no further attempt starts; used for the 10 s login budget. */
  deadline?: number;
  /** A POST safe to repeat on a connection failure (the token request); see `ErpRequest.safeToRepeat`. */
  safeToRepeat?: boolean;
  /** Attempts in all (default 3); the capability probe asks once. */
  maxAttempts?: number;
};

export function erpUrl(baseUrl: string, path: string, query?: ErpQuery) {
  return joinUrl(baseUrl, path, query);
}

const BEARER = "Bearer ";

/** Protheus REST 2.0 as the shared HTTP core sees it: its headers, Bearer auth and the TOTVS envelope. */
function protheusAdapter(target: ErpTarget): ErpAdapter {
  const credentials = target.credentials;
  const headers: Record<string, string> = { "x-erp-module": "FAT", "Accept-Language": target.language ?? "pt-BR" };
  if (target.tenant) headers.tenantId = tenantHeader(target.tenant);
  return {
    name: "protheus",
    baseUrl: target.baseUrl,
    headers,
    failure: errorFromResponse,
    auth:
      credentials.kind === "bearer"
        ? {
            header: async () => BEARER + (await credentials.token()),
            refresh: credentials.refresh
              ? async (rejected) => BEARER + (await credentials.refresh!(rejected.slice(BEARER.length)))
              : undefined,
          }
        : undefined,
  };
}

/**
 * The one place that knows how to talk to Protheus REST 2.0 (directly or through the Mingle
 * gateway): headers, timeout, GET-only retries, one token refresh on 401, TOTVS error envelope →
 * ErpError, and the answer validated by a zod schema so wire surprises fail loudly here.
 */
export async function protheusFetch<S extends z.ZodType>(
  target: ErpTarget,
  path: string,
  options: ErpCallOptions<S>,
): Promise<z.infer<S>> {
  return erpFetch(protheusAdapter(target), path, { ...options, timeoutMs: options.timeoutMs ?? env().ERP_TIMEOUT_MS });
}
