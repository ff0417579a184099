import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import { env } from "@/server/env";
import { getDb } from "@/server/store/db";
import { loginAttempts } from "@/server/store/schema";

/**
 * Failed-login throttling per account and per client address, kept in the store so every portal
 * instance shares it. A locked key answers 429 before any ERP call: the ERP token endpoint never
 * sees more than the threshold.
 */
export const throttleKeys = {
  account: (alias: string, user: string) => `acct:${alias.trim().toLowerCase()}:${user.trim().toLowerCase()}`,
  ip: (ip: string) => `ip:${ip}`,
};

/** Seconds until every given key is unlocked; 0 when none is locked. */
export async function lockedFor(keys: string[]): Promise<number> {
  const db = await getDb();
  const rows = await db.select({ lockedUntil: loginAttempts.lockedUntil }).from(loginAttempts).where(inArray(loginAttempts.key, keys));
  const until = Math.max(0, ...rows.map((r) => r.lockedUntil?.getTime() ?? 0));
  return until > Date.now() ? Math.ceil((until - Date.now()) / 1000) : 0;
}

export async function recordFailure(key: string, max: number) {
  const db = await getDb();
  const windowSeconds = env().LOGIN_LOCK_SECONDS;
  const stale = sql`${loginAttempts.windowStart} < now() - make_interval(secs => ${windowSeconds})`;
  const [row] = await db
    .insert(loginAttempts)
    .values({ key, failures: 1 })
    .onConflictDoUpdate({
      target: loginAttempts.key,
      set: {
        failures: sql`CASE WHEN ${stale} THEN 1 ELSE ${loginAttempts.failures} + 1 END`,
        windowStart: sql`CASE WHEN ${stale} THEN now() ELSE ${loginAttempts.windowStart} END`,
      },
    })
    .returning({ failures: loginAttempts.failures });
  if (row && row.failures >= max) {
    await db
      .update(loginAttempts)
      .set({ lockedUntil: sql`now() + make_interval(secs => ${windowSeconds})` })
      .where(eq(loginAttempts.key, key));
  }
}

export async function clearFailures(key: string) {
  const db = await getDb();
  await db.delete(loginAttempts).where(eq(loginAttempts.key, key));
}
