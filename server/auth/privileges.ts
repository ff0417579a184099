import "server-only";
import { processState } from "@/server/process-state";
import type { Privileges } from "@/lib/privileges";
import { ErpError } from "@/server/erp/errors";
import { getPrivileges } from "@/server/erp/protheus/privileges";
import type { ErpTarget } from "@/server/erp/protheus/transport";
import { log } from "@/server/log";
import { erpTargetForSession, updateSession, type SessionRow } from "./sessions";

/**
 * The session's menu and action privileges (lib/privileges.ts): read at login, kept on the session
 * row, and read again on use once they are PRIVILEGES_REFRESH_MS old — so a profile changed in the
 * ERP takes effect at the next login or within 15 minutes, without signing anyone out.
 *
 * Failures, decided for safety:
 * - 404: the ERP has no privileges endpoint → no restriction (the role alone decides, as before
 *   the endpoint existed), at login and on refresh alike.
 * - At login, the ERP down or slow (timeout, 5xx) → "ERP indisponível", like every other login
 *   call; any other failure (403, a refusal, an answer that is not the contract's) → the login is
 *   refused with its own words (PRIVILEGES_UNAVAILABLE). Never "no restriction": a timeout
 *   must not hand a restricted rep every menu.
 * - On refresh, any failure but a 404 keeps the privileges the session already holds (read from
 *   this ERP earlier) and tries again a minute later.
 */
export const PRIVILEGES_REFRESH_MS = 15 * 60_000;
const RETRY_AFTER_FAILURE_MS = 60_000;

/** The ERP answered the privileges call with something other than privileges or a 404 (login refused). */
export class PrivilegesUnreadable extends Error {}

const transient = (error: ErpError) =>
  error.kind === "unavailable" ||
  error.kind === "timeout" ||
  error.kind === "rate_limited" ||
  error.kind === "no_license";

/** For the login sequence: the user's privileges, `null` without an endpoint; see above for failures. */
export async function readPrivileges(target: ErpTarget, deadline: number): Promise<Privileges> {
  try {
    return await getPrivileges(target, deadline);
  } catch (error) {
    if (!(error instanceof ErpError)) throw error;
    if (error.kind === "not_found") return null;
    if (transient(error)) throw error;
    log.warn("login.privileges_unreadable", { kind: error.kind, status: error.status, detail: error.detail });
    throw new PrivilegesUnreadable(error.kind);
  }
}

// One refresh per session at a time in this process: a page's parallel requests share it.
const refreshing = processState("privilegesRefreshing", () => new Map<string, Promise<SessionRow>>());

/**
 * The session row with privileges no older than PRIVILEGES_REFRESH_MS: read again from the ERP
 * when due (`now`: the wall clock they are aged by), else the row as it is.
 */
export function withCurrentPrivileges(row: SessionRow, now = Date.now()): Promise<SessionRow> {
  if (now - row.privilegesCheckedAt.getTime() < PRIVILEGES_REFRESH_MS) return Promise.resolve(row);
  const running = refreshing.get(row.id);
  if (running) return running;
  const run = refresh(row, now).finally(() => refreshing.delete(row.id));
  refreshing.set(row.id, run);
  return run;
}

async function refresh(row: SessionRow, now: number): Promise<SessionRow> {
  let privileges = row.privileges;
  let checkedAt = new Date(now);
  try {
    privileges = await getPrivileges(erpTargetForSession(row));
  } catch (error) {
    if (error instanceof ErpError && error.kind === "not_found") privileges = null;
    else {
      log.warn("session.privileges_refresh_failed", {
        kind: error instanceof ErpError ? error.kind : "unexpected",
        detail: error instanceof ErpError ? error.detail : error instanceof Error ? error.message : String(error),
      });
      checkedAt = new Date(now - PRIVILEGES_REFRESH_MS + RETRY_AFTER_FAILURE_MS);
    }
  }
  await updateSession(row.id, { privileges, privilegesCheckedAt: checkedAt });
  if (JSON.stringify(privileges) !== JSON.stringify(row.privileges))
    log.info("session.privileges_changed", { login: row.login, profile: privileges?.profile ?? null });
  return { ...row, privileges, privilegesCheckedAt: checkedAt };
}
