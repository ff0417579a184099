import "server-only";
import { and, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import { env } from "@/server/env";
import { getDb } from "@/server/store/db";
import { loginAttempts } from "@/server/store/schema";

/**
 * Login throttling, kept in the store so every portal instance shares it. Three budgets per
 * LOGIN_LOCK_SECONDS window:
 * - the account from one client address (LOGIN_MAX_FAILURES, 5): what stops guessing;
 * - the client address over every account (LOGIN_IP_MAX_FAILURES, 20): what stops spraying;
 * - the account from every address (LOGIN_ACCOUNT_MAX_FAILURES, 30): the ceiling for guessing
 *   spread over many addresses.
 * Why a pair and a higher ceiling rather than one account lock: with only "5 failures lock the
 * account", anyone who knows a rep's login can keep them out of the portal all day from their own
 * machine (lockout abuse). Keyed by (account, address), the abuser locks only themselves; to lock
 * the account everywhere they need 30 failures in a window, from at least 6 addresses, each of
 * which also spends its own budget — and a guesser gets no more than 30 tries a window.
 *
 * Attempts are reserved before the ERP is called: one atomic upsert per budget returns the new
 * count, and an attempt past any budget never reaches the ERP. So 40 wrong passwords sent at once
 * still let at most 5 through. A success, or an outcome that says nothing about the password (ERP
 * down), gives the reservation back.
 */
type Budget = { key: string; max: number };

const throttleKeys = {
  pair: (alias: string, user: string, ip: string) => `pair:${normal(alias)}:${normal(user)}@${ip}`,
  account: (alias: string, user: string) => `acct:${normal(alias)}:${normal(user)}`,
  ip: (ip: string) => `ip:${ip}`,
};

function normal(text: string): string {
  return text.trim().toLowerCase();
}

/** The budgets one sign-in attempt spends: the client address, and with a login also the account's two. */
export function loginBudgets(ip: string, account?: { alias: string; user: string }): Budget[] {
  const config = env();
  const budgets: Budget[] = [{ key: throttleKeys.ip(ip), max: config.LOGIN_IP_MAX_FAILURES }];
  if (account?.alias && account.user) {
    budgets.push({ key: throttleKeys.pair(account.alias, account.user, ip), max: config.LOGIN_MAX_FAILURES });
    budgets.push({ key: throttleKeys.account(account.alias, account.user), max: config.LOGIN_ACCOUNT_MAX_FAILURES });
  }
  return budgets;
}

/** Seconds until every given key is unlocked; 0 when none is locked. */
export async function lockedFor(keys: string[]): Promise<number> {
  const db = await getDb();
  const rows = await db
    .select({ lockedUntil: loginAttempts.lockedUntil })
    .from(loginAttempts)
    .where(inArray(loginAttempts.key, keys));
  const until = Math.max(0, ...rows.map((r) => r.lockedUntil?.getTime() ?? 0));
  return until > Date.now() ? Math.ceil((until - Date.now()) / 1000) : 0;
}

type Reservation = { ok: true; budgets: Budget[] } | { ok: false; retryAfter: number };

/**
 * Counts the attempt against every budget before it is made (a budget's count starts again when
 * its window is over). Past any budget: that key is locked for the window, and the answer says for
 * how long; the attempt is not made.
 */
export async function reserveAttempt(budgets: Budget[]): Promise<Reservation> {
  await purgeStaleAttempts();
  const locked = await lockedFor(budgets.map((b) => b.key));
  if (locked > 0) return { ok: false, retryAfter: locked };
  const db = await getDb();
  const windowSeconds = env().LOGIN_LOCK_SECONDS;
  const stale = sql`${loginAttempts.windowStart} < now() - make_interval(secs => ${windowSeconds})`;
  let over = false;
  for (const budget of budgets) {
    const [row] = await db
      .insert(loginAttempts)
      .values({ key: budget.key, failures: 1 })
      .onConflictDoUpdate({
        target: loginAttempts.key,
        set: {
          failures: sql`CASE WHEN ${stale} THEN 1 ELSE ${loginAttempts.failures} + 1 END`,
          windowStart: sql`CASE WHEN ${stale} THEN now() ELSE ${loginAttempts.windowStart} END`,
        },
      })
      .returning({ failures: loginAttempts.failures });
    if ((row?.failures ?? 0) > budget.max) {
      over = true;
      await lock(budget.key);
    }
  }
  if (!over) return { ok: true, budgets };
  await release(budgets);
  return { ok: false, retryAfter: Math.max(1, await lockedFor(budgets.map((b) => b.key))) };
}

/**
 * What the attempt turned out to be:
 * - `success`: the account's budgets from this address start again; the others get the attempt back;
 * - `bad_credentials`: the attempt stays counted, and a budget it used up locks now, so the next
 *   try is refused before anything else happens;
 * - `unknown_alias`: counted against the address only (there is no account to protect);
 * - `neutral`: the ERP said nothing about the password (down, refused the company): given back.
 */
export async function settleAttempt(
  budgets: Budget[],
  outcome: "success" | "bad_credentials" | "unknown_alias" | "neutral",
): Promise<void> {
  const db = await getDb();
  if (outcome === "bad_credentials") {
    const rows = await db
      .select({ key: loginAttempts.key, failures: loginAttempts.failures })
      .from(loginAttempts)
      .where(
        inArray(
          loginAttempts.key,
          budgets.map((b) => b.key),
        ),
      );
    for (const b of budgets) if ((rows.find((r) => r.key === b.key)?.failures ?? 0) >= b.max) await lock(b.key);
    return;
  }
  const isIp = (b: Budget) => b.key.startsWith("ip:");
  if (outcome === "success") {
    await db.delete(loginAttempts).where(
      inArray(
        loginAttempts.key,
        budgets.filter((b) => b.key.startsWith("pair:")).map((b) => b.key),
      ),
    );
    await release(budgets.filter((b) => !b.key.startsWith("pair:")));
  } else if (outcome === "unknown_alias") {
    await release(budgets.filter((b) => !isIp(b)));
  } else {
    await release(budgets);
  }
}

/**
 * Gives the attempt back, one row per statement: a single statement over several rows locks them
 * in whatever order it scans them, and two parallel attempts doing so deadlock on PostgreSQL.
 */
async function release(budgets: Budget[]): Promise<void> {
  const db = await getDb();
  for (const budget of budgets) {
    await db
      .update(loginAttempts)
      .set({ failures: sql`GREATEST(${loginAttempts.failures} - 1, 0)` })
      .where(eq(loginAttempts.key, budget.key));
  }
}

async function lock(key: string): Promise<void> {
  const db = await getDb();
  await db
    .update(loginAttempts)
    .set({ lockedUntil: sql`now() + make_interval(secs => ${env().LOGIN_LOCK_SECONDS})` })
    .where(
      and(eq(loginAttempts.key, key), or(isNull(loginAttempts.lockedUntil), lt(loginAttempts.lockedUntil, sql`now()`))),
    );
}

const PURGE_EVERY_MS = 60_000;
let lastPurge = 0;

/** Rows whose window and lock are both over say nothing any more: deleted, at most once a minute per instance. */
export async function purgeStaleAttempts(now = Date.now()): Promise<void> {
  if (now - lastPurge < PURGE_EVERY_MS) return;
  lastPurge = now;
  const db = await getDb();
  const windowSeconds = env().LOGIN_LOCK_SECONDS;
  await db
    .delete(loginAttempts)
    .where(
      and(
        sql`${loginAttempts.windowStart} < now() - make_interval(secs => ${windowSeconds})`,
        or(isNull(loginAttempts.lockedUntil), lt(loginAttempts.lockedUntil, sql`now()`)),
      ),
    );
}
