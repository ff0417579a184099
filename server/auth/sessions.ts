import "server-only";
import { and, eq, gt, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import { cachedSession, sessionWritten } from "./session-cache";
import type { Tenant } from "@/lib/erp/tenant";
import type { Privileges } from "@/lib/privileges";
import type { EndpointKey } from "@/lib/erp/endpoints";
import { env } from "@/server/env";
import { ErpError, genericErpError } from "@/server/erp/errors";
import { invalidateToken, refreshToken, type ErpTokens } from "@/server/erp/protheus/auth";
import { endpointsForAlias } from "@/server/erp/protheus/endpoints";
import type { ErpTarget } from "@/server/erp/protheus/transport";
import { mingleRefresh, type MingleIds } from "@/server/erp/mingle/client";
import { getDb } from "@/server/store/db";
import { runExclusive } from "@/server/sync/lock";
import { sessions, type BranchRow } from "@/server/store/schema";
import { log } from "@/server/log";
import { newSessionId, seal, unseal } from "./secrets";

/** What the session row keeps sealed: the ERP token pair and, in Mingle mode, the ids its refresh needs. */
export type SessionTokens = ErpTokens & { mingle?: MingleIds };

type NewSession = {
  login: string;
  userName: string;
  alias: string;
  mode: "direct" | "mingle";
  baseUrl: string;
  tenant: Tenant;
  companyName: string;
  seller: { code: string; name: string } | null;
  isAdmin: boolean;
  branches: BranchRow[];
  tokens: SessionTokens;
  privileges: Privileges;
  /** What the login's capability probe found missing (server/services/capabilities.ts). */
  missingEndpoints: EndpointKey[];
};

export type SessionRow = typeof sessions.$inferSelect;

export async function createSession(input: NewSession): Promise<string> {
  const db = await getDb();
  const id = newSessionId();
  await db.insert(sessions).values({
    id,
    login: input.login,
    userName: input.userName,
    alias: input.alias,
    mode: input.mode,
    baseUrl: input.baseUrl,
    company: input.tenant.company,
    companyName: input.companyName,
    branch: input.tenant.branch,
    sellerCode: input.seller?.code ?? null,
    sellerName: input.seller?.name ?? null,
    isAdmin: input.isAdmin,
    branches: input.branches,
    privileges: input.privileges,
    missingEndpoints: input.missingEndpoints,
    tokens: seal(input.tokens),
    tokenExpiresAt: new Date(input.tokens.expiresAt),
    expiresAt: new Date(Date.now() + env().SESSION_MAX_HOURS * 3_600_000),
  });
  return id;
}

/** Writes columns of a session row; every update of a session row goes through here (session-cache.ts). */
export async function updateSession(id: string, values: PgUpdateSetSource<typeof sessions>) {
  const db = await getDb();
  try {
    await db.update(sessions).set(values).where(eq(sessions.id, id));
  } finally {
    sessionWritten(id);
  }
}

/** For tests that edit a session row behind the portal's back (aging it): forgets this instance's copy. */
export function forgetCachedSession(id: string) {
  sessionWritten(id);
}

async function readLiveSession(id: string): Promise<SessionRow | null> {
  const db = await getDb();
  const idleSince = new Date(Date.now() - env().SESSION_IDLE_MINUTES * 60_000);
  const [row] = await db
    .select()
    .from(sessions)
    .where(
      and(
        eq(sessions.id, id),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, new Date()),
        gt(sessions.lastSeenAt, idleSince),
      ),
    )
    .limit(1);
  return row ?? null;
}

/**
 * The live session for an id: not revoked, inside the absolute lifetime and the idle window.
 * `touch: false` for what the page does by itself (the bell's poll, the sync heartbeat, queue
 * progress): those read the session without moving `last_seen_at`, so the idle timeout measures
 * the person, not an open tab. `last_seen_at` is written at most once a minute so reads stay cheap.
 */
export async function loadSession(id: string, options: { touch?: boolean } = {}): Promise<SessionRow | null> {
  void purgeEndedSessions();
  const row = await cachedSession(id, readLiveSession);
  if (!row) return null;
  if (options.touch !== false && Date.now() - row.lastSeenAt.getTime() > 60_000) {
    await updateSession(id, { lastSeenAt: sql`now()` });
  }
  return row;
}

const PURGE_EVERY_MS = 5 * 60_000;
let lastPurge = 0;

/**
 * Sessions that ended by themselves (past SESSION_MAX_HOURS, idle past SESSION_IDLE_MINUTES) still
 * hold a live ERP token: invalidate it and delete the row, with the rows of revoked sessions. Runs
 * from session reads, at most every 5 minutes per instance; `now` is the wall clock it is measured by.
 */
export async function purgeEndedSessions(now = Date.now()): Promise<number> {
  if (now - lastPurge < PURGE_EVERY_MS) return 0;
  lastPurge = now;
  try {
    const db = await getDb();
    const idleSince = new Date(now - env().SESSION_IDLE_MINUTES * 60_000);
    const ended = or(
      isNotNull(sessions.revokedAt),
      lt(sessions.expiresAt, new Date(now)),
      lt(sessions.lastSeenAt, idleSince),
    );
    const rows = await db.delete(sessions).where(ended).returning();
    rows.forEach((row) => sessionWritten(row.id));
    for (const row of rows) if (!row.revokedAt) await invalidateSessionTokens(row);
    return rows.length;
  } catch (error) {
    log.unexpected("session.purge_failed", error);
    return 0;
  }
}

export async function updateSessionBranch(id: string, branch: string, seller: { code: string; name: string } | null) {
  await updateSession(id, { branch, sellerCode: seller?.code ?? null, sellerName: seller?.name ?? null });
}

/** Revokes the row (a copied cookie stops working) and invalidates the ERP token, best effort. */
export async function revokeSession(id: string) {
  const db = await getDb();
  const [row] = await db
    .update(sessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)))
    .returning();
  sessionWritten(id);
  tokenCache.delete(id);
  if (row) await invalidateSessionTokens(row);
}

async function invalidateSessionTokens(row: SessionRow) {
  tokenCache.delete(row.id);
  try {
    // Through the Mingle gateway the call reaches Protheus with the mapped token; the refresh token
    // is Mingle's own there, so only direct mode revokes it too.
    const tokens = unseal<SessionTokens>(row.tokens);
    await invalidateToken(row.baseUrl, {
      accessToken: tokens.accessToken,
      refreshToken: row.mode === "direct" ? tokens.refreshToken : undefined,
    });
  } catch (error) {
    log.warn("erp.invalidate_failed", { kind: error instanceof ErpError ? error.kind : "unknown" });
  }
}

// Decrypted tokens per session in this process; the row stays the source of truth across instances.
const tokenCache = new Map<string, SessionTokens>();
const REFRESH_AHEAD_MS = 60_000;

async function currentTokens(row: SessionRow): Promise<SessionTokens> {
  const cached = tokenCache.get(row.id);
  const tokens =
    cached && cached.expiresAt >= row.tokenExpiresAt.getTime() ? cached : unseal<SessionTokens>(row.tokens);
  tokenCache.set(row.id, tokens);
  if (tokens.expiresAt - Date.now() < REFRESH_AHEAD_MS) return refreshSessionTokens(row, tokens.accessToken);
  return tokens;
}

/**
 * One refresh per session at a time, across instances too: concurrent callers on one instance
 * share it, and another instance on the same PostgreSQL waits for it (advisory lock) and then uses
 * the tokens it stored. With single-use refresh tokens, two refreshes at once would otherwise make
 * the second one fail and end a session that is fine.
 */
export async function refreshSessionTokens(row: SessionRow, rejected: string): Promise<SessionTokens> {
  let refreshed: SessionTokens | undefined;
  await runExclusive(`session-refresh:${row.id}`, async () => {
    refreshed = await doRefresh(row, rejected);
  });
  return refreshed ?? storedTokens(row.id);
}

/** The tokens the row holds now (someone else refreshed them); the session ended when there is none. */
async function storedTokens(id: string): Promise<SessionTokens> {
  const db = await getDb();
  const [row] = await db.select().from(sessions).where(eq(sessions.id, id)).limit(1);
  if (!row || row.revokedAt) throw genericErpError("session_expired", "session ended");
  const tokens = unseal<SessionTokens>(row.tokens);
  tokenCache.set(id, tokens);
  return tokens;
}

async function doRefresh(row: SessionRow, rejected: string): Promise<SessionTokens> {
  const db = await getDb();
  const [fresh] = await db.select().from(sessions).where(eq(sessions.id, row.id)).limit(1);
  if (!fresh || fresh.revokedAt) throw genericErpError("session_expired", "session ended");
  const stored = unseal<SessionTokens>(fresh.tokens);
  if (stored.accessToken !== rejected && stored.expiresAt - Date.now() > REFRESH_AHEAD_MS) {
    tokenCache.set(row.id, stored);
    return stored;
  }
  let next: SessionTokens;
  try {
    if (fresh.mode === "mingle" && stored.mingle) {
      const { MINGLE_URL, ERP_TIMEOUT_MS } = env();
      if (!MINGLE_URL) throw genericErpError("session_expired", "Mingle is no longer configured");
      const m = await mingleRefresh(MINGLE_URL, stored.mingle, stored.refreshToken, ERP_TIMEOUT_MS);
      next = {
        accessToken: m.accessToken,
        refreshToken: m.refreshToken,
        expiresAt: m.expiresAt,
        mingle: stored.mingle,
      };
    } else {
      next = await refreshToken(fresh.baseUrl, stored.refreshToken);
    }
  } catch (error) {
    // A refused refresh token ends the session cleanly; a network fault leaves it for the next try.
    if (
      error instanceof ErpError &&
      (error.kind === "unauthorized" || error.kind === "session_expired" || error.kind === "bad_request")
    ) {
      // Refused because another instance used the refresh token first (no shared lock: PGlite data
      // dirs are one process, but a row read a moment ago may be stale): its tokens win, no logout.
      if (await refreshedElsewhere(row.id, fresh.tokens)) return storedTokens(row.id);
      await updateSession(row.id, { revokedAt: sql`now()` });
      tokenCache.delete(row.id);
      throw genericErpError("session_expired", error.detail);
    }
    throw error;
  }
  await updateSession(row.id, { tokens: seal(next), tokenExpiresAt: new Date(next.expiresAt) });
  tokenCache.set(row.id, next);
  return next;
}

/**
 * Whether the row's tokens changed from `seen` (another instance's refresh landed), re-read for up
 * to a second: that refresh may have been answered a moment before ours but not yet written.
 */
async function refreshedElsewhere(id: string, seen: string): Promise<boolean> {
  const db = await getDb();
  for (let i = 0; i < 10; i++) {
    const [row] = await db
      .select({ tokens: sessions.tokens, revokedAt: sessions.revokedAt })
      .from(sessions)
      .where(eq(sessions.id, id))
      .limit(1);
    if (!row || row.revokedAt) return false;
    if (row.tokens !== seen) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/**
 * An ERP target bound to a session: its base URL, tenant, self-refreshing bearer token, the alias'
 * endpoint map and what its login found missing.
 */
export function erpTargetForSession(row: SessionRow, language?: string): ErpTarget {
  return {
    baseUrl: row.baseUrl,
    tenant: { company: row.company, branch: row.branch },
    language,
    endpoints: endpointsForAlias(row.alias),
    missing: row.missingEndpoints,
    credentials: {
      kind: "bearer",
      token: async () => (await currentTokens(row)).accessToken,
      refresh: async (rejected) => (await refreshSessionTokens(row, rejected)).accessToken,
    },
  };
}
