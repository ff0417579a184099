import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/**
 * The answer envelope of the FIEC customisation (sge-enrolment-api.txt): `{ Message, Status,
 * StatusCode, ...}` with StatusCode equal to the HTTP status (sandbox/docs/sge.md).
 */
type SgeStatus = "Sucesso" | "Erro";

export class SgeError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
  ) {
    super(message);
  }
}

export const badRequest = (message: string) => new SgeError(400, message);
export const notFound = (message: string) => new SgeError(404, message);
export const conflict = (message: string) => new SgeError(409, message);

export function sgeSuccess(c: Context, message: string, extra: Record<string, unknown> = {}): Response {
  return c.json({ Message: message, Status: "Sucesso" satisfies SgeStatus, StatusCode: 200, ...extra }, 200);
}

/** RealizarMatricula puts its payload before the envelope fields, as the seed shows. */
export function sgeSuccessLeading(c: Context, leading: Record<string, unknown>, message: string): Response {
  return c.json({ ...leading, Message: message, Status: "Sucesso" satisfies SgeStatus, StatusCode: 200 }, 200);
}

export function sgeError(c: Context, status: ContentfulStatusCode, message: string): Response {
  return c.json({ Message: message, Status: "Erro" satisfies SgeStatus, StatusCode: status }, status);
}

/** Array endpoints: the message names the 1-based item, "Item 2: campo CodCFO ..." (sandbox/docs/sge.md). */
export function inItem(index: number | null, message: string): string {
  if (index === null) return message.charAt(0).toUpperCase() + message.slice(1);
  return `Item ${index + 1}: ${message.charAt(0).toLowerCase()}${message.slice(1)}`;
}
