import "server-only";
import type { z } from "zod";
import { tenantHeader, type Tenant } from "@/lib/erp/tenant";
import { env } from "@/server/env";
import { ErpError, errorFromResponse, genericErpError, noAnswerError } from "../errors";

/**
 * How a call authenticates. `token` gives the current access token (refreshing ahead of expiry);
 * `refresh` is called once on a 401 with the token that was rejected and returns a new one.
 */
export type ErpCredentials =
  { kind: "none" } | { kind: "bearer"; token: () => Promise<string>; refresh?: (rejected: string) => Promise<string> };

export type ErpTarget = {
  /** Protheus REST root (`…/rest`) or the Mingle gateway root (`…/api/v1/gateway/{setId}`). */
  baseUrl: string;
  tenant?: Tenant;
  language?: string;
  credentials: ErpCredentials;
};

export type ErpCallOptions<S extends z.ZodType> = {
  method?: "GET" | "POST" | "PUT" | "DELETE";
  query?: Record<string, string | number | undefined>;
  headers?: Record<string, string>;
  body?: unknown;
  schema: S;
  timeoutMs?: number;
  /** Absolute time (ms) after which no further attempt starts; used for the 10 s login budget. */
  deadline?: number;
  /**
   * A POST that is safe to repeat (asking for a token creates no business record): it is retried
   * like a GET when the connection fails before any answer (e.g. a reused keep-alive socket the
   * server closed at that moment). Never set for orders or other writes.
   */
  safeToRepeat?: boolean;
};

const RETRY_STATUS = new Set([429, 502, 503, 504]);
const MAX_ATTEMPTS = 3;

export function erpUrl(baseUrl: string, path: string, query?: ErpCallOptions<z.ZodType>["query"]) {
  const url = new URL(`${baseUrl.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`);
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
  return url;
}

function backoffMs(attempt: number) {
  // Capped exponential backoff with full jitter: 0–200 ms, 0–400 ms, … never more than 2 s.
  return Math.random() * Math.min(2_000, 200 * 2 ** attempt);
}

async function send(target: ErpTarget, path: string, options: ErpCallOptions<z.ZodType>, token: string | null) {
  const timeoutMs = Math.max(
    1,
    Math.min(options.timeoutMs ?? env().ERP_TIMEOUT_MS, options.deadline ? options.deadline - Date.now() : Infinity),
  );
  const headers: Record<string, string> = {
    Accept: "application/json",
    "x-erp-module": "FAT",
    "Accept-Language": target.language ?? "pt-BR",
    ...options.headers,
  };
  if (target.tenant) headers.tenantId = tenantHeader(target.tenant);
  if (token) headers.Authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  try {
    return await fetch(erpUrl(target.baseUrl, path, options.query), {
      method: options.method ?? "GET",
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: AbortSignal.timeout(timeoutMs),
      cache: "no-store",
      redirect: "manual",
    });
  } catch (error) {
    throw noAnswerError(error, path, timeoutMs);
  }
}

async function readJson(res: Response, path: string): Promise<unknown> {
  const text = await res.text();
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw genericErpError("invalid_response", `${path}: body is not JSON (${text.slice(0, 120)})`);
  }
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
  const method = options.method ?? "GET";
  const credentials = target.credentials;
  let token = credentials.kind === "bearer" ? await credentials.token() : null;
  let refreshed = false;

  for (let attempt = 0; ; attempt++) {
    let res: Response;
    try {
      res = await send(target, path, options, token);
    } catch (error) {
      // A network failure may have reached the ERP: only reads are repeated (never POST/PUT/DELETE).
      if (
        (method === "GET" || options.safeToRepeat) &&
        error instanceof ErpError &&
        error.kind === "unavailable" &&
        canRetry(attempt, options)
      ) {
        await sleep(backoffMs(attempt));
        continue;
      }
      throw error;
    }

    if (res.status === 401 && token && !refreshed && credentials.kind === "bearer" && credentials.refresh) {
      // 401 means the ERP did not run the call, so repeating it after a refresh is safe for any method.
      await res.body?.cancel();
      token = await credentials.refresh(token);
      refreshed = true;
      attempt--;
      continue;
    }
    if (res.ok) {
      const parsed = options.schema.safeParse(await readJson(res, path));
      if (!parsed.success) throw genericErpError("invalid_response", `${path}: ${parsed.error.message.slice(0, 500)}`);
      return parsed.data;
    }
    if (method === "GET" && RETRY_STATUS.has(res.status) && canRetry(attempt, options)) {
      await res.body?.cancel();
      await sleep(backoffMs(attempt));
      continue;
    }
    throw errorFromResponse(res.status, await res.text());
  }
}

function canRetry(attempt: number, options: ErpCallOptions<z.ZodType>) {
  return attempt + 1 < MAX_ATTEMPTS && (!options.deadline || options.deadline - Date.now() > 500);
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
