import "server-only";
import { z } from "zod";
import ptBR, { type Messages } from "@/lib/i18n/messages/pt-BR";
import type { ErpErrorKind } from "@/lib/types/erp-error";

export type { ErpErrorKind };

/** TOTVS error envelope: `message` is user-safe, `detailedMessage` is technical (ERP-CONTRACT.md §1). */
const totvsEnvelopeSchema = z.object({
  code: z.union([z.string(), z.number()]).optional(),
  message: z.string(),
  detailedMessage: z.string().optional(),
  helpUrl: z.string().optional(),
  details: z.array(z.unknown()).optional(),
});

/**
 * A field-level message of a refused write. A registration's duplicate CPF/CNPJ also says so
 * (`reason`) and, only when the existing record is the caller's own, names it (`record`).
 */
export type ErpFieldError = {
  field: string;
  message: string;
  reason?: "duplicate";
  /** A duplicate's kind of record: a customer or a prospect. */
  duplicateOf?: "customer" | "prospect";
  record?: { code: string; store: string };
};

const recordKeySchema = z.object({ code: z.string().min(1), store: z.string().min(1) });
/**
 * A detail names its field as `field` (the portal's contract) or, as TOTVS REST 2.0's standard
 * error objects do, in `code` when that code is a Protheus column (`C5_CONDPAG`, `A1_CGC`).
 */
const PROTHEUS_COLUMN = /^[A-Z][A-Z0-9]{1,2}_[A-Z0-9_]+$/;
const fieldNamed = (detail: unknown) => {
  if (!detail || typeof detail !== "object" || "field" in detail) return detail;
  const code = (detail as { code?: unknown }).code;
  return typeof code === "string" && PROTHEUS_COLUMN.test(code.trim()) ? { ...detail, field: code.trim() } : detail;
};
const fieldDetailSchema = z.preprocess(
  fieldNamed,
  z
    .object({
      field: z.string().min(1),
      message: z.string().min(1),
      reason: z.literal("duplicate").optional().catch(undefined),
      duplicateOf: z.enum(["customer", "prospect"]).optional().catch(undefined),
      customer: recordKeySchema.optional().catch(undefined),
      prospect: recordKeySchema.optional().catch(undefined),
    })
    .transform(({ customer, prospect, reason, duplicateOf, ...detail }): ErpFieldError => ({
      ...detail,
      ...(reason ? { reason } : {}),
      ...(duplicateOf ? { duplicateOf } : {}),
      ...(customer || prospect ? { record: (customer ?? prospect)! } : {}),
    })),
);

/**
 * The stable machine code of an ErpError: `erp.<kind>` for the generic case, or one of the portal's
 * own SGE situations. It is also the key of its words under `erpErrors` in the message catalogues.
 */
export type ErpErrorCode = `erp.${ErpErrorKind}` | `sge.${keyof Messages["erpErrors"]["sge"]}`;

/** pt-BR (the source language) words of a code: what `message` carries for logs and audit records. */
export function sourceText(code: ErpErrorCode): string {
  const [group, key] = code.split(".") as [keyof Messages["erpErrors"], string];
  return (ptBR.erpErrors[group] as Record<string, string>)[key] ?? code;
}

/**
 * A failed ERP call. `code` is stable and translatable (`erpErrorText`); `message` is the ERP's own
 * user-safe text when `fromErp` (TOTVS envelope `message`, RM's `Message`), else the pt-BR words of
 * `code` for logs and audit rows. `erpCode` is the envelope's own code (support). `detail` (the ERP's
 * detailedMessage or the low-level cause) is for the log only and is kept out of JSON serialisation.
 */
export class ErpError extends Error {
  readonly kind: ErpErrorKind;
  readonly status: number | null;
  readonly code: ErpErrorCode;
  readonly erpCode: string | null;
  /** `message` was written by the ERP for the user (ERP-CONTRACT.md §1), not by the portal. */
  readonly fromErp: boolean;
  readonly retryable: boolean;
  declare readonly detail: string | undefined;
  /** Field-level messages of a rejected write (the envelope's `details`): user-safe, like `message`. */
  readonly fields: ErpFieldError[];

  constructor(
    kind: ErpErrorKind,
    /** The ERP's own words; null for the portal's generic text of `code`. */
    erpMessage: string | null,
    options: {
      status?: number | null;
      code?: ErpErrorCode;
      erpCode?: string | null;
      detail?: string;
      fields?: ErpFieldError[];
    } = {},
  ) {
    const code = options.code ?? `erp.${kind}`;
    super(erpMessage ?? sourceText(code));
    this.fields = options.fields ?? [];
    this.name = "ErpError";
    this.kind = kind;
    this.code = code;
    this.fromErp = erpMessage !== null;
    this.status = options.status ?? null;
    this.erpCode = options.erpCode ?? null;
    this.retryable = kind === "unavailable" || kind === "rate_limited" || kind === "no_license";
    Object.defineProperty(this, "detail", { value: options.detail, enumerable: false });
  }

  toJSON() {
    return { kind: this.kind, status: this.status, code: this.code, erpCode: this.erpCode, message: this.message };
  }
}

type RefusalKind = "business" | "bad_request" | "conflict" | "not_found";

/**
 * "The ERP itself refused this, and its answer is for the user": a rule of the ERP (business, 422),
 * a request it found wrong (bad_request), a record changed meanwhile (conflict) or one it does not
 * have (not_found). The call ran and was answered, so the caller reports a refusal (the user fixes
 * the input) instead of "ERP unavailable" (try again later); the words come from `erpErrorText`.
 * Everything else (no answer, timeout, 5xx, licence, auth, garbled answer) is infrastructure.
 * This is the set every caller used (SGE enrolment, people audit, SGE operations, order delete).
 */
export function isRefusal(error: unknown): error is ErpError & { kind: RefusalKind } {
  return (
    error instanceof ErpError &&
    (error.kind === "business" ||
      error.kind === "bad_request" ||
      error.kind === "conflict" ||
      error.kind === "not_found")
  );
}

/**
 * An order write's refusal: `isRefusal` plus `forbidden`. Protheus answers 403 with its envelope when
 * the seller may not send this order (customer of another seller, blocked routine): the draft goes
 * back to the rep with the ERP's reason, not as "not sent" (which invites a resend that fails again).
 */
export function isOrderRefusal(error: unknown): error is ErpError & { kind: RefusalKind | "forbidden" } {
  return isRefusal(error) || (error instanceof ErpError && error.kind === "forbidden");
}

/**
 * What a service hands on of an ErpError for the user, without a translator at hand: the ERP's own
 * words, or (`generic` set) the portal's, which the page or action translates (`wordsText`).
 * `message` is then the pt-BR source text, kept for records (audit rows, the draft's last problem).
 */
export type ErpWords = { message: string; generic?: ErpErrorCode };

export function erpWords(error: ErpError): ErpWords {
  return error.fromErp ? { message: error.message } : { message: error.message, generic: error.code };
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
  return new ErpError(kind, useErpMessage ? parsed!.message.trim() : null, {
    status,
    fields,
    erpCode: parsed?.code === undefined ? null : String(parsed.code),
    detail: parsed?.detailedMessage ?? (parsed ? undefined : bodyText.slice(0, 500)),
  });
}

/** An ErpError with the portal's words for `kind` (or for `code`, one of the SGE situations). */
export function genericErpError(
  kind: ErpErrorKind,
  detail?: string,
  status?: number | null,
  code?: ErpErrorCode,
): ErpError {
  return new ErpError(kind, null, { detail, status, code });
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
