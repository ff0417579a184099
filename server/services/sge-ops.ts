import "server-only";
import { randomUUID } from "node:crypto";
import { and, desc, eq, max } from "drizzle-orm";
import type { FinanceLogEntry, FinanceOperation, RecentFinanceContract, SgeColigada } from "@/lib/sge/ops/types";
import type { SgePermission, Viewer } from "@/server/auth/viewer";
import type { SgeConnectionConfig } from "@/server/env";
import { ErpError, erpWords, isRefusal, sourceText, type ErpWords } from "@/server/erp/errors";
import { configuredColigada, sgeConnection } from "@/server/erp/sge/connection";
import { log } from "@/server/log";
import { getDb } from "@/server/store/db";
import { sgeFinanceLog } from "@/server/store/schema";

/**
 * What the SGE back-office services (PJ contracts, finance, CRM services) share: the outcome every
 * operation returns, the permission re-check, RM's failures sorted into "RM refused, show its
 * message" and "RM is not answering", and the finance audit trail.
 */

export type OpFailure =
  /** The viewer lacks the permission (re-checked here, whatever the caller did). */
  | { ok: false; reason: "forbidden" }
  /** The alias has no SGE connection. */
  | { ok: false; reason: "no_connection" }
  /** The contract, launch, settlement or agreement is not in SGE (or not in this contract). */
  | { ok: false; reason: "not_found" }
  /** Refused before sending: `code` says why; `field` where the form should show it. */
  | { ok: false; reason: "refused"; code: string; field?: string }
  /** RM answered "Erro": its message is user-safe pt-BR and shown as is (`wordsText`). */
  | ({ ok: false; reason: "rejected"; fieldErrors: Record<string, string> } & ErpWords)
  /** RM did not answer usefully (down, timeout, unexpected answer); words only when they say something actionable. */
  | ({ ok: false; reason: "unavailable" } & Partial<ErpWords>);

export type OpOutcome<T> = { ok: true; data: T; message: string } | OpFailure;

export type SgeContext = { connection: SgeConnectionConfig };

/** The viewer's SGE connection when they hold `permission`, else the failure to return. */
export function sgeContext(viewer: Viewer, permission: SgePermission): SgeContext | OpFailure {
  if (!viewer.sge?.[permission]) return { ok: false, reason: "forbidden" };
  const connection = sgeConnection(viewer.alias);
  return connection ? { connection } : { ok: false, reason: "no_connection" };
}

/** The alias' configured coligadas with their names (what the pages label and offer); [] without an SGE connection. */
export function sgeColigadas(viewer: Viewer): SgeColigada[] {
  return sgeConnection(viewer.alias)?.coligadas.map((c) => ({ code: c.code, name: c.name })) ?? [];
}

/** A form's coligada the configuration does not list: refused on the form's field, before anything is sent. */
export function unknownColigada(context: SgeContext, coligada: number, field = "coligada"): OpFailure | null {
  return configuredColigada(context.connection, coligada)
    ? null
    : { ok: false, reason: "refused", code: "coligada_unknown", field };
}

export const isFailure = (value: unknown): value is OpFailure =>
  typeof value === "object" && value !== null && (value as { ok?: unknown }).ok === false;

/**
 * RM's refusals (validation, missing record, state conflict) carry a message written for the user;
 * anything else (network, timeout, an answer that does not parse) is "SGE unavailable". Errors
 * that are not ErpError are bugs and propagate (the action logs them with a correlation id).
 */
export function sgeFailure(error: unknown, wireFields: Record<string, string> = {}): OpFailure {
  if (!(error instanceof ErpError)) throw error;
  if (isRefusal(error)) {
    const fieldErrors: Record<string, string> = {};
    for (const f of error.fields) {
      const field = wireFields[f.field.split(".").pop() ?? ""] ?? wireFields[f.field];
      if (field) fieldErrors[field] ??= f.message;
    }
    // RM names the field in its message ("campo CNPJ ..."): put it under that field too.
    for (const [wire, field] of Object.entries(wireFields))
      if (new RegExp(`\\b${wire}\\b`, "i").test(error.message)) fieldErrors[field] ??= error.message;
    return { ok: false, reason: "rejected", ...erpWords(error), fieldErrors };
  }
  // The integration user refused (401, mapped by the transport) is a configuration problem worth naming.
  return error.status === 401
    ? { ok: false, reason: "unavailable", ...erpWords(error) }
    : { ok: false, reason: "unavailable" };
}

// ---- finance audit ---------------------------------------------------------------------------

type FinanceAudit = { coligada: number; xnumpro: string; operation: FinanceOperation; request: unknown };

/**
 * Runs one finance call against RM and writes its audit row whatever the answer (who, contract,
 * operation, the body sent, ok, RM's message). The row is written even when RM did not answer:
 * the operation may have happened in RM, and the finance team must see it was attempted.
 */
export async function auditedFinanceCall<T>(
  viewer: Viewer,
  audit: FinanceAudit,
  call: () => Promise<T>,
  messageOf: (value: T) => string,
  wireFields: Record<string, string> = {},
): Promise<OpOutcome<T>> {
  let outcome: OpOutcome<T>;
  try {
    const value = await call();
    outcome = { ok: true, data: value, message: messageOf(value) };
  } catch (error) {
    if (!(error instanceof ErpError)) {
      await writeFinanceLog(viewer, audit, false, sourceText("sge.portal_error"));
      throw error;
    }
    outcome = sgeFailure(error, wireFields);
  }
  const message = outcome.ok
    ? outcome.message
    : outcome.reason === "rejected"
      ? outcome.message
      : outcome.reason === "unavailable"
        ? (outcome.message ?? sourceText("sge.no_answer"))
        : outcome.reason;
  await writeFinanceLog(viewer, audit, outcome.ok, message);
  log.info("sge.finance", {
    alias: viewer.alias,
    login: viewer.login,
    xnumpro: audit.xnumpro,
    operation: audit.operation,
    ok: outcome.ok,
  });
  return outcome;
}

async function writeFinanceLog(viewer: Viewer, audit: FinanceAudit, ok: boolean, message: string) {
  const db = await getDb();
  await db.insert(sgeFinanceLog).values({
    id: randomUUID(),
    alias: viewer.alias,
    login: viewer.login,
    coligada: audit.coligada,
    xnumpro: audit.xnumpro,
    operation: audit.operation,
    request: audit.request as object,
    ok,
    message: message.slice(0, 1000),
  });
}

/** The contract's operation history, newest first (the alias' rows only). */
export async function financeHistory(
  viewer: Viewer,
  coligada: number,
  xnumpro: string,
  limit = 50,
): Promise<FinanceLogEntry[]> {
  if (!viewer.sge?.finance) return [];
  const db = await getDb();
  const rows = await db
    .select({
      id: sgeFinanceLog.id,
      at: sgeFinanceLog.at,
      login: sgeFinanceLog.login,
      operation: sgeFinanceLog.operation,
      ok: sgeFinanceLog.ok,
      message: sgeFinanceLog.message,
    })
    .from(sgeFinanceLog)
    .where(
      and(
        eq(sgeFinanceLog.alias, viewer.alias),
        eq(sgeFinanceLog.coligada, coligada),
        eq(sgeFinanceLog.xnumpro, xnumpro),
      ),
    )
    .orderBy(desc(sgeFinanceLog.at))
    .limit(limit);
  return rows.map((r) => ({ ...r, at: r.at.toISOString(), operation: r.operation as FinanceLogEntry["operation"] }));
}

/** The contracts the alias' finance team worked on from the portal lately, most recent first. */
export async function recentFinanceContracts(viewer: Viewer, limit = 8): Promise<RecentFinanceContract[]> {
  if (!viewer.sge?.finance) return [];
  const db = await getDb();
  const last = max(sgeFinanceLog.at);
  const rows = await db
    .select({ coligada: sgeFinanceLog.coligada, xnumpro: sgeFinanceLog.xnumpro, at: last })
    .from(sgeFinanceLog)
    .where(eq(sgeFinanceLog.alias, viewer.alias))
    .groupBy(sgeFinanceLog.coligada, sgeFinanceLog.xnumpro)
    .orderBy(desc(last))
    .limit(limit);
  return rows.map((r) => ({ coligada: r.coligada, xnumpro: r.xnumpro, at: r.at ? new Date(r.at).toISOString() : "" }));
}
