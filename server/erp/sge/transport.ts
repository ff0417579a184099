import "server-only";
import { z } from "zod";
import { env, type SgeConnectionConfig } from "@/server/env";
import { ErpError, genericErpError, type ErpErrorKind } from "../errors";
import { erpFetch, joinUrl, type ErpQuery } from "../http";

/**
 * The one place that talks to RM SGE's FIEC customisation API (`…/rm/api/TOTVSCustomizacao/...`):
 * Basic auth with the alias' integration user and the SGE envelope `{ Message, Status, StatusCode }`
 * mapped to ErpError; timeouts, read-only retries and backoff are the shared core's (`../http`). RM answers some failures with
 * HTTP 200 and `Status: "Erro"`: those are errors too.
 */
type SgeCallOptions<S extends z.ZodType> = {
  method?: "GET" | "POST";
  query?: ErpQuery;
  body?: unknown;
  schema: S;
  timeoutMs?: number;
};

/** The envelope every SGE answer carries; field names as RM writes them. */
const sgeEnvelopeSchema = z.object({
  Message: z.string().default(""),
  Status: z.string().optional(),
  StatusCode: z.coerce.number().optional(),
});

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
    return genericErpError("unavailable", message || bodyText.slice(0, 300), effective, "sge.integration_user");
  if (!message || effective >= 500) return genericErpError(kind, bodyText.slice(0, 500), effective);
  return new ErpError(kind, message, { status: effective, detail: bodyText.slice(0, 500) });
}

function basic(connection: SgeConnectionConfig) {
  return `Basic ${Buffer.from(`${connection.user}:${connection.password}`).toString("base64")}`;
}

export function sgeUrl(connection: SgeConnectionConfig, path: string, query?: ErpQuery) {
  return joinUrl(connection.url, path, query, true);
}

/** HTTP 200 with Status "Erro": RM's way of refusing in some endpoints. */
function refusalIn(body: unknown, text: string): ErpError | null {
  if (Array.isArray(body)) return null;
  const envelope = sgeEnvelopeSchema.safeParse(body);
  return envelope.success && envelope.data.Status?.toLowerCase() === "erro" ? sgeError(400, text) : null;
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
  const authorization = basic(connection);
  return erpFetch(
    {
      name: "sge",
      baseUrl: connection.url,
      auth: { header: async () => authorization },
      failure: sgeError,
      refusalIn,
      dropEmptyQuery: true,
    },
    path,
    { ...options, timeoutMs: options.timeoutMs ?? env().SGE_TIMEOUT_MS },
  );
}
