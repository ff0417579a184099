import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { login } from "@/server/auth/login";
import {
  erpTargetForSession,
  forgetCachedSession,
  loadSession,
  purgeEndedSessions,
  refreshSessionTokens,
  type SessionTokens,
} from "@/server/auth/sessions";
import { unseal } from "@/server/auth/secrets";
import { getPgvVersion } from "@/server/erp/protheus/auth";
import { getDb } from "@/server/store/db";
import { sessions } from "@/server/store/schema";
import { sandboxAdmin } from "../sandbox-admin";
import { resetWorld } from "./reset";

const admin = sandboxAdmin();

async function anaSession() {
  const result = await login({ alias: "demo", username: "ana", password: "ana123" }, "10.77.0.1");
  if (!result.ok) throw new Error(result.failure);
  return (await loadSession(result.sessionId))!;
}

async function lastSeen(id: string): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ at: sessions.lastSeenAt }).from(sessions).where(eq(sessions.id, id));
  return row!.at.getTime();
}

async function seenMinutesAgo(id: string, minutes: number) {
  const db = await getDb();
  await db
    .update(sessions)
    .set({ lastSeenAt: sql`now() - make_interval(mins => ${minutes})` })
    .where(eq(sessions.id, id));
  forgetCachedSession(id);
}

describe("sessions that really end", () => {
  beforeEach(async () => {
    await resetWorld();
  });

  // Risk: an open tab polling the bell keeps a session alive for ever on an unattended phone.
  it("background reads (bell, heartbeat, queue progress) leave the idle clock where the person left it", async () => {
    const row = await anaSession();
    await seenMinutesAgo(row.id, 5);
    const before = await lastSeen(row.id);
    expect(await loadSession(row.id, { touch: false })).not.toBeNull();
    expect(await lastSeen(row.id)).toBe(before);
    // A real navigation or action does move it.
    expect(await loadSession(row.id)).not.toBeNull();
    expect(await lastSeen(row.id)).toBeGreaterThan(before);
    // Idle past SESSION_IDLE_MINUTES (120 here): polling cannot bring it back.
    await seenMinutesAgo(row.id, 121);
    expect(await loadSession(row.id, { touch: false })).toBeNull();
    expect(await loadSession(row.id)).toBeNull();
  });

  // Risk: a session that ended by timeout keeps a live ERP token in the store.
  it("the purge invalidates the ERP tokens of idle and expired sessions and deletes their rows", async () => {
    const idle = await anaSession();
    const expired = await anaSession();
    const live = await anaSession();
    await seenMinutesAgo(idle.id, 121);
    const db = await getDb();
    await db
      .update(sessions)
      .set({ expiresAt: sql`now() - interval '1 minute'` })
      .where(eq(sessions.id, expired.id));
    await admin.clearRequests();
    // Past the every-5-minutes guard (the argument is the wall clock the guard compares with:
    // session lifetimes are elapsed time, not business dates).
    expect(await purgeEndedSessions(Date.now() + 10 * 60_000)).toBeGreaterThanOrEqual(2);
    const rows = await db.select({ id: sessions.id }).from(sessions);
    expect(rows.map((r) => r.id)).toContain(live.id);
    expect(rows.map((r) => r.id)).not.toContain(idle.id);
    expect(rows.map((r) => r.id)).not.toContain(expired.id);
    const invalidations = (await admin.requests()).items.filter(
      (r) => r.path === "/rest/api/framework/v1/invalidateToken",
    );
    expect(invalidations.length).toBeGreaterThanOrEqual(2);
    // The idle session's token no longer opens the ERP.
    const token = unseal<SessionTokens>(idle.tokens).accessToken;
    const res = await fetch(`${admin.url}/rest/api/tgv/version`, {
      headers: { Authorization: `Bearer ${token}`, tenantId: "01,01" },
    });
    expect(res.status).toBe(401);
  });

  // Risk: two portal instances refresh one session's token at once; the ERP's refresh tokens are
  // single-use, so the second refresh is refused and the rep is logged out for nothing.
  it("two instances refreshing the same session at once keep it signed in", async () => {
    const row = await anaSession();
    const rejected = unseal<SessionTokens>(row.tokens).accessToken;
    vi.resetModules();
    const other = await import("@/server/auth/sessions");
    await admin.clearRequests();
    const [a, b] = await Promise.all([refreshSessionTokens(row, rejected), other.refreshSessionTokens(row, rejected)]);
    expect(a.accessToken).not.toBe(rejected);
    expect(b.accessToken).not.toBe(rejected);
    expect(await loadSession(row.id)).not.toBeNull();
    const refreshes = (await admin.requests()).items.filter(
      (r) => r.path === "/rest/api/oauth2/v1/token" && r.query.grant_type === "refresh_token",
    );
    // One on PostgreSQL (the advisory lock makes the other instance wait and use its tokens); on
    // PGlite (one process per data dir, no such lock) at most two, the refused one recovering.
    expect(refreshes.length).toBeGreaterThanOrEqual(1);
    expect(refreshes.length).toBeLessThanOrEqual(2);
    expect((await getPgvVersion(erpTargetForSession((await loadSession(row.id))!))).packageVersion).toBeTruthy();
  });
});
