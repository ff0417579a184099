import "server-only";
import { z } from "zod";

export type ErpErrorKind =
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "bad_request"
  | "conflict"
  | "business"
  | "rate_limited"
  | "no_license"
  | "unavailable"
  | "timeout"
  | "invalid_response"
  | "session_expired";

/** TOTVS error envelope: `message` is user-safe, `detailedMessage` is technical (ERP-CONTRACT.md §1). */
export const totvsEnvelopeSchema = z.object({
  code: z.union([z.string(), z.number()]).optional(),
  message: z.string(),
  detailedMessage: z.string().optional(),
  helpUrl: z.string().optional(),
  details: z.array(z.unknown()).optional(),
});

export type ErpFieldError = { field: string; message: string };

const fieldDetailSchema = z.object({ field: z.string().min(1), message: z.string().min(1) });

/**
 * A failed ERP call. `message` may be shown to the user; `detail` (the ERP's detailedMessage or the
 * low-level cause) is for the log only and is kept out of JSON serialisation.
 */
export class ErpError extends Error {
  readonly kind: ErpErrorKind;
  readonly status: number | null;
  readonly code: string | null;
  readonly retryable: boolean;
  declare readonly detail: string | undefined;
  /** Field-level messages of a rejected write (the envelope's `details`): user-safe, like `message`. */
  readonly fields: ErpFieldError[];

  constructor(
    kind: ErpErrorKind,
    message: string,
    options: { status?: number | null; code?: string | null; detail?: string; fields?: ErpFieldError[] } = {},
  ) {
    super(message);
    this.fields = options.fields ?? [];
    this.name = "ErpError";
    this.kind = kind;
    this.status = options.status ?? null;
    this.code = options.code ?? null;
    this.retryable = kind === "unavailable" || kind === "rate_limited" || kind === "no_license";
    Object.defineProperty(this, "detail", { value: options.detail, enumerable: false });
  }

  toJSON() {
    return { kind: this.kind, status: this.status, code: this.code, message: this.message };
  }
}

function kindForStatus(status: number): ErpErrorKind {
  if (status === 401) return "unauthorized";
  if (status === 403) return "forbidden";
  if (status === 404) return "not_found";
  if (status === 409) return "conflict";
  if (status === 429) return "rate_limited";
  if (status === 503) return "no_license";
  if (status === 502 || status === 504 || status >= 500) return "unavailable";
  if (status === 422) return "business";
  return "bad_request";
}

const GENERIC: Record<ErpErrorKind, string> = {
  unauthorized: "ERP session expired or credentials rejected.",
  forbidden: "The ERP denied access to this resource.",
  not_found: "Not found in the ERP.",
  bad_request: "The ERP rejected the request.",
  conflict: "The record was changed in the ERP meanwhile.",
  business: "The ERP rejected the operation.",
  rate_limited: "The ERP is busy. Try again in a moment.",
  no_license: "No ERP licence available right now. Try again in a moment.",
  unavailable: "ERP unavailable. Try again.",
  timeout: "The ERP did not answer in time. Try again.",
  invalid_response: "The ERP answered in an unexpected format.",
  session_expired: "Your session has expired. Sign in again.",
};

/** Maps an HTTP failure answer (TOTVS envelope, HTML error page, empty body…) to an ErpError. */
export function errorFromResponse(status: number, bodyText: string): ErpError {
  const kind = kindForStatus(status);
  let parsed: z.infer<typeof totvsEnvelopeSchema> | null = null;
  try {
    const result = totvsEnvelopeSchema.safeParse(JSON.parse(bodyText));
    if (result.success) parsed = result.data;
  } catch {
    /* not JSON: an HTML error page from a proxy, or nothing */
  }
  // 5xx messages come from infrastructure more often than from business rules: keep them generic.
  const useErpMessage = parsed && parsed.message.trim() && status < 500;
  const fields = useErpMessage ? (parsed!.details ?? []).flatMap((d) => fieldDetailSchema.safeParse(d).data ?? []) : [];
  return new ErpError(kind, useErpMessage ? parsed!.message.trim() : GENERIC[kind], {
    status,
    fields,
    code: parsed?.code === undefined ? null : String(parsed.code),
    detail: parsed?.detailedMessage ?? (parsed ? undefined : bodyText.slice(0, 500)),
  });
}

export function genericErpError(kind: ErpErrorKind, detail?: string) {
  return new ErpError(kind, GENERIC[kind], { detail });
}

/** A fetch that threw (no answer): the timeout, or the connection's own failure, as an ErpError. */
export function noAnswerError(error: unknown, path: string, timeoutMs: number): ErpError {
  const name = error instanceof Error ? error.name : "";
  if (name === "TimeoutError" || name === "AbortError")
    return genericErpError("timeout", `${path}: no answer in ${timeoutMs} ms`);
  return genericErpError(
    "unavailable",
    `${path}: ${error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error)}`,
  );
}
