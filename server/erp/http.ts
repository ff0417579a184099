import "server-only";
import type { z } from "zod";
import { ErpError, genericErpError, noAnswerError } from "./errors";

/**
 * The one HTTP loop of every ERP adapter (Protheus, Mingle, RM SGE): URL, per-call timeout inside a
 * deadline budget, retries only of what is safe to repeat, capped exponential backoff with full
 * jitter, one credential refresh on 401, JSON + zod on every answer, every failure an ErpError
 * (ERP-CONTRACT.md §1, QUALITY.md). An adapter supplies only its headers/auth and its error envelope.
 */
export type ErpMethod = "GET" | "POST" | "PUT" | "DELETE";
export type ErpQuery = Record<string, string | number | undefined>;

type ErpAuth = {
  /** The `Authorization` value for the next attempt (a Bearer token refreshed ahead of expiry, or Basic). */
  header: () => Promise<string>;
  /** Called once on a 401 with the rejected value; returns the new one. Absent: a 401 is final. */
  refresh?: (rejected: string) => Promise<string>;
};

export type ErpAdapter = {
  /** For the log detail of a failure: "protheus", "mingle", "sge". */
  name: string;
  baseUrl: string;
  headers?: Record<string, string>;
  auth?: ErpAuth;
  /** A non-2xx answer → the error to throw (the adapter's envelope: TOTVS, RM, Mingle). */
  failure: (status: number, bodyText: string) => Error;
  /** A 2xx answer that is a refusal nonetheless (RM's `Status: "Erro"`), or null. */
  refusalIn?: (body: unknown, bodyText: string) => Error | null;
  /** Query values the adapter omits besides `undefined` (RM treats `?x=` as a filter on ""). */
  dropEmptyQuery?: boolean;
};

export type ErpRequest<S extends z.ZodType> = {
  method?: ErpMethod;
  query?: ErpQuery;
  headers?: Record<string, string>;
  body?: unknown;
  schema: S;
  /** One attempt's limit; the adapter passes its env default. */
  timeoutMs: number;
  /** Absolute time (ms) after which no further attempt starts (the 10 s login budget). */
  deadline?: number;
  /**
   * A POST that is safe to repeat (asking for a token creates no business record): retried like a
   * GET when the connection fails before any answer. Never set for orders, enrolments or other writes.
   */
  safeToRepeat?: boolean;
  /** Attempts in all (default 3). */
  maxAttempts?: number;
};

/** Statuses worth another GET: the gateway or the ERP was momentarily unable, nothing ran (Protheus rules). */
const RETRY_STATUS: ReadonlySet<number> = new Set([429, 502, 503, 504]);
const MAX_ATTEMPTS = 3;
/** A retry starts only if this much of the deadline is left (a shorter attempt could not get an answer). */
const MIN_BUDGET_MS = 500;
const BACKOFF_BASE_MS = 200;
const BACKOFF_CAP_MS = 2_000;

/** Clock, sleep and randomness of the loop: replaced by unit tests (no real waiting, no randomness). */
export const httpTiming = {
  now: () => Date.now(),
  random: () => Math.random(),
  sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
};

/** Capped exponential backoff with full jitter (AWS architecture blog): 0–200 ms, 0–400 ms, … never over 2 s. */
export function backoffMs(attempt: number, random: () => number = httpTiming.random) {
  return random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt);
}

export function joinUrl(baseUrl: string, path: string, query?: ErpQuery, dropEmpty = false) {
  const url = new URL(`${baseUrl.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`);
  for (const [k, v] of Object.entries(query ?? {}))
    if (v !== undefined && !(dropEmpty && v === "")) url.searchParams.set(k, String(v));
  return url;
}

async function attempt(
  adapter: ErpAdapter,
  path: string,
  request: ErpRequest<z.ZodType>,
  authorization: string | null,
): Promise<Response> {
  const left = request.deadline ? request.deadline - httpTiming.now() : Infinity;
  const timeoutMs = Math.max(1, Math.min(request.timeoutMs, left));
  const headers: Record<string, string> = { Accept: "application/json", ...adapter.headers, ...request.headers };
  if (authorization) headers.Authorization = authorization;
  if (request.body !== undefined) headers["Content-Type"] = "application/json";
  try {
    return await fetch(joinUrl(adapter.baseUrl, path, request.query, adapter.dropEmptyQuery), {
      method: request.method ?? "GET",
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: AbortSignal.timeout(timeoutMs),
      cache: "no-store",
      redirect: "manual",
    });
  } catch (error) {
    throw noAnswerError(error, `${adapter.name} ${path}`, timeoutMs);
  }
}

function parseJson(text: string, where: string): unknown {
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw genericErpError("invalid_response", `${where}: body is not JSON (${text.slice(0, 120)})`);
  }
}

/** Calls the ERP and returns the answer validated by `schema`. */
export async function erpFetch<S extends z.ZodType>(
  adapter: ErpAdapter,
  path: string,
  request: ErpRequest<S>,
): Promise<z.infer<S>> {
  const method = request.method ?? "GET";
  const maxAttempts = request.maxAttempts ?? MAX_ATTEMPTS;
  const where = `${adapter.name} ${path}`;
  const canRetry = (n: number) =>
    n + 1 < maxAttempts && (!request.deadline || request.deadline - httpTiming.now() > MIN_BUDGET_MS);
  let authorization = adapter.auth ? await adapter.auth.header() : null;
  let refreshed = false;

  for (let n = 0; ; n++) {
    let res: Response;
    try {
      res = await attempt(adapter, path, request, authorization);
    } catch (error) {
      // A network failure may have reached the ERP: only reads (and declared-safe POSTs) are repeated.
      const repeatable = method === "GET" || request.safeToRepeat === true;
      if (repeatable && error instanceof ErpError && error.kind === "unavailable" && canRetry(n)) {
        await httpTiming.sleep(backoffMs(n));
        continue;
      }
      throw error;
    }
    if (res.status === 401 && authorization && !refreshed && adapter.auth?.refresh) {
      // 401 means the ERP did not run the call, so repeating it after a refresh is safe for any method.
      await res.body?.cancel();
      authorization = await adapter.auth.refresh(authorization);
      refreshed = true;
      n--;
      continue;
    }
    if (!res.ok && method === "GET" && RETRY_STATUS.has(res.status) && canRetry(n)) {
      await res.body?.cancel();
      await httpTiming.sleep(backoffMs(n));
      continue;
    }
    const text = await res.text();
    if (!res.ok) throw adapter.failure(res.status, text);
    const body = parseJson(text, where);
    const refusal = adapter.refusalIn?.(body, text);
    if (refusal) throw refusal;
    const parsed = request.schema.safeParse(body);
    if (!parsed.success) throw genericErpError("invalid_response", `${where}: ${parsed.error.message.slice(0, 500)}`);
    return parsed.data;
  }
}
