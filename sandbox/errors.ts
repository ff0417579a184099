import type { Context, MiddlewareHandler } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/**
 * The TOTVS REST error envelope (ERP-CONTRACT.md §1): `message` is user-safe Portuguese,
 * `detailedMessage` is technical (the portal logs it, never shows it). `code` is the HTTP status,
 * as Protheus' own framework APIs answer.
 */
export type TotvsErrorBody = { code: number; message: string; detailedMessage: string; helpUrl: string };

const HELP_URL = "https://tdn.totvs.com/display/public/framework/REST+API";

export class TotvsError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
    readonly detailedMessage: string,
  ) {
    super(message);
  }

  body(): TotvsErrorBody {
    return { code: this.status, message: this.message, detailedMessage: this.detailedMessage, helpUrl: HELP_URL };
  }
}

/** Mingle answers errors as `{ message }` (what @totvs/mingle reads), not the TOTVS envelope. */
export class MingleError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
  ) {
    super(message);
  }
}

export function totvsError(
  c: Context,
  status: ContentfulStatusCode,
  message: string,
  detailedMessage: string,
): Response {
  return c.json(new TotvsError(status, message, detailedMessage).body(), status);
}

/** Reads a JSON body; malformed JSON is the caller's fault (400), never a 500. */
export async function readJsonBody(c: Context, realm: "protheus" | "mingle" = "protheus"): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    const detail = `Malformed JSON body: ${(err as Error).message}`;
    if (realm === "mingle") throw new MingleError(400, "Invalid JSON body");
    throw new TotvsError(400, "O conteúdo da requisição não é um JSON válido.", detail);
  }
}

/**
 * Checks JSON bodies before any route runs, so every /rest path (today's and the PGV routes to come)
 * answers a malformed body with the 400 envelope. Hono caches the body: handlers can still read it.
 */
export const rejectMalformedJson: MiddlewareHandler = async (c, next) => {
  const hasBody = !["GET", "HEAD", "OPTIONS"].includes(c.req.method);
  if (hasBody && (c.req.header("content-type") ?? "").includes("json")) await readJsonBody(c);
  await next();
};

/** Last-resort mapping used by `app.onError`. */
export function errorResponse(c: Context, err: unknown): Response {
  if (err instanceof TotvsError) return c.json(err.body(), err.status);
  if (err instanceof MingleError) return c.json({ message: err.message }, err.status);
  const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  console.error("[sandbox] unexpected error", err);
  return totvsError(c, 500, "Erro interno no servidor Protheus.", detail);
}
