import "server-only";
import { z } from "zod";
import { env, type SgeConnectionConfig } from "@/server/env";
import { ErpError, genericErpError, noAnswerError, type ErpErrorKind } from "../errors";

/**
 * The one place that talks to RM SGE's FIEC customisation API (`…/rm/api/TOTVSCustomizacao/...`):
 * Basic auth with the alias' integration user, a timeout, retries only for reads, and the SGE
 * envelope `{ Message, Status, StatusCode }` mapped to ErpError. RM answers some failures with
 * HTTP 200 and `Status: "Erro"`: those are errors too.
 */
export type SgeCallOptions<S extends z.ZodType> = {
  method?: "GET" | "POST";
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  schema: S;
  timeoutMs?: number;
};

/** The envelope every SGE answer carries; field names as RM writes them. */
export const sgeEnvelopeSchema = z.object({
  Message: z.string().default(""),
  Status: z.string().optional(),
  StatusCode: z.coerce.number().optional(),
});

const GET_ATTEMPTS = 3;
const RETRY_STATUS = new Set([429, 502, 503, 504]);

function kindFor(status: number): ErpErrorKind {
  if (status === 401) return "unauthorized";
  if (status === 403) return "forbidden";
  if (status === 404) return "not_found";
  if (status === 409) return "conflict";
  if (status === 429) return "rate_limited";
  if (status >= 500) return "unavailable";
  return "business";
}

/** RM's messages end in "\r\n" (sometimes twice) and may be multi-line: one clean sentence per line. */
export function cleanSgeMessage(message: string): string {
  return message
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .join(" ");
}

/** An SGE failure → ErpError. 5xx and auth failures keep a generic message (infrastructure, not business). */
export function sgeError(status: number, bodyText: string): ErpError {
  let envelope: z.infer<typeof sgeEnvelopeSchema> | null = null;
  try {
    envelope = sgeEnvelopeSchema.safeParse(JSON.parse(bodyText)).data ?? null;
  } catch {
    /* an HTML page from a proxy, or nothing */
  }
  const effective = envelope?.StatusCode && envelope.StatusCode >= 400 ? envelope.StatusCode : status;
  const kind = kindFor(effective >= 400 ? effective : 400);
  const message = envelope ? cleanSgeMessage(envelope.Message) : "";
  if (kind === "unauthorized")
    return new ErpError("unavailable", "O SGE recusou o usuário de integração. Avise o administrador do portal.", {
      status: effective,
      detail: message || bodyText.slice(0, 300),
    });
  if (!message || effective >= 500) return genericErpError(kind, bodyText.slice(0, 500));
  return new ErpError(kind, message, { status: effective, detail: bodyText.slice(0, 500) });
}

function basic(connection: SgeConnectionConfig) {
  return `Basic ${Buffer.from(`${connection.user}:${connection.password}`).toString("base64")}`;
}

export function sgeUrl(connection: SgeConnectionConfig, path: string, query?: SgeCallOptions<z.ZodType>["query"]) {
  const url = new URL(`${connection.url.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`);
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== "") url.searchParams.set(k, String(v));
  return url;
}

async function send(
  connection: SgeConnectionConfig,
  path: string,
  options: SgeCallOptions<z.ZodType>,
): Promise<Response> {
  const timeoutMs = options.timeoutMs ?? env().SGE_TIMEOUT_MS;
  try {
    return await fetch(sgeUrl(connection, path, options.query), {
      method: options.method ?? "GET",
      headers: {
        Accept: "application/json",
        Authorization: basic(connection),
        ...(options.body === undefined ? {} : { "Content-Type": "application/json" }),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: AbortSignal.timeout(timeoutMs),
      cache: "no-store",
      redirect: "manual",
    });
  } catch (error) {
    throw noAnswerError(error, path, timeoutMs);
  }
}

/**
 * Calls SGE and validates the answer with `schema`. A POST is never repeated: RM may have written
 * the record before the connection failed, and these endpoints have no idempotency key.
 */
export async function sgeFetch<S extends z.ZodType>(
  connection: SgeConnectionConfig,
  path: string,
  options: SgeCallOptions<S>,
): Promise<z.infer<S>> {
  const method = options.method ?? "GET";
  for (let attempt = 1; ; attempt++) {
    let res: Response;
    try {
      res = await send(connection, path, options);
    } catch (error) {
      if (method === "GET" && error instanceof ErpError && error.kind === "unavailable" && attempt < GET_ATTEMPTS) {
        await sleep(150 * attempt);
        continue;
      }
      throw error;
    }
    const text = await res.text();
    if (!res.ok) {
      if (method === "GET" && RETRY_STATUS.has(res.status) && attempt < GET_ATTEMPTS) {
        await sleep(150 * attempt);
        continue;
      }
      throw sgeError(res.status, text);
    }
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : {};
    } catch {
      throw genericErpError("invalid_response", `${path}: body is not JSON (${text.slice(0, 120)})`);
    }
    // HTTP 200 with Status "Erro": RM's way of refusing in some endpoints.
    const envelope = sgeEnvelopeSchema.safeParse(body);
    if (!Array.isArray(body) && envelope.success && envelope.data.Status?.toLowerCase() === "erro")
      throw sgeError(400, text);
    const parsed = options.schema.safeParse(body);
    if (!parsed.success) throw genericErpError("invalid_response", `${path}: ${parsed.error.message.slice(0, 500)}`);
    return parsed.data;
  }
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
