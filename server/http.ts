import "server-only";
import type { z } from "zod";
import { allowedAny, type PrivilegeKey } from "@/lib/privileges";
import { can, canSell, getViewer, type Viewer } from "@/server/auth/viewer";
import { getTranslations } from "@/server/i18n";
import { ErpError } from "@/server/erp/errors";
import { FeatureUnavailableError } from "@/server/erp/protheus/endpoints";
import { log } from "@/server/log";

const noStore = { "Cache-Control": "private, no-store" };

export function json(body: unknown, init: ResponseInit = {}) {
  return Response.json(body, { ...init, headers: { ...noStore, ...init.headers } });
}

/**
 * Sales route handlers: the viewer from the server-side session, or a 401 answer; 403 for a
 * SESI/SENAI finance login that is no seller, or when the ERP profile denies `privilege`
 * (lib/privileges.ts). `background` for the routes a page polls by itself (bell, sync heartbeat
 * and progress, queue progress, pending orders): they keep the session's idle clock where the
 * person left it.
 */
export async function withViewer(
  handler: (viewer: Viewer) => Promise<Response>,
  options: { background?: boolean; privilege?: PrivilegeKey | { anyOf: readonly PrivilegeKey[] } } = {},
): Promise<Response> {
  const viewer = await getViewer(options);
  if (!viewer) return json({ error: "unauthorized" }, { status: 401 });
  if (!canSell(viewer)) return json({ error: "forbidden" }, { status: 403 });
  return (options.privilege && (await privilegeDenied(viewer, options.privilege))) || handler(viewer);
}

/**
 * A 403 with the viewer's words when their ERP profile denies `needed` (a key, or several of which
 * one suffices), else null; routes whose key depends on the request call it themselves.
 */
export async function privilegeDenied(
  viewer: Viewer,
  needed: PrivilegeKey | { anyOf: readonly PrivilegeKey[] },
): Promise<Response | null> {
  if (typeof needed === "string" ? can(viewer, needed) : allowedAny(viewer.privileges, needed.anyOf)) return null;
  const t = await getTranslations("privileges");
  return json(
    { error: "forbidden", message: t("denied", { profile: viewer.privileges?.profile ?? "" }) },
    { status: 403 },
  );
}

/** A list route's query string through its zod schema: the data, or a 400 with one message per field. */
export function parseQuery<S extends z.ZodType>(schema: S, req: Request): { data: z.infer<S> } | { error: Response } {
  const parsed = schema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (parsed.success) return { data: parsed.data };
  const fieldErrors = Object.fromEntries(parsed.error.issues.map((i) => [i.path.join(".") || "query", i.message]));
  return { error: json({ error: "invalid_query", fieldErrors }, { status: 400 }) };
}

/**
 * An ERP failure of a route that reads the ERP online: 503 `erp_unavailable` for the page to word,
 * logged with its kind and detail (never sent). Anything that is not an ErpError goes on up. A
 * feature this ERP lacks (server/services/capabilities.ts) is 409 `feature_unavailable` with its line.
 */
export function erpUnavailable(error: unknown, event: string): Response | Promise<Response> {
  if (error instanceof FeatureUnavailableError) return featureUnavailable(error.feature);
  if (!(error instanceof ErpError)) throw error;
  log.warn(event, { kind: error.kind, detail: error.detail });
  return json({ error: "erp_unavailable" }, { status: 503 });
}

/** 409 with the one line saying why this ERP does not offer a feature (`capabilities.<feature>`). */
export async function featureUnavailable(feature: FeatureUnavailableError["feature"]): Promise<Response> {
  const t = await getTranslations("capabilities");
  return json({ error: "feature_unavailable", feature, message: t(feature) }, { status: 409 });
}

/** A file for the browser to download (PDF, CSV), never cached on the way: a missing one is a 404. */
export function download(file: { bytes: Uint8Array | Buffer; filename: string } | null, contentType: string): Response {
  if (!file) return json({ error: "not_found" }, { status: 404 });
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      ...noStore,
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
    },
  });
}
