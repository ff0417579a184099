import "server-only";
import { processState } from "@/server/process-state";
import { env } from "@/server/env";
import type { SessionRow } from "./sessions";

/**
 * Session rows this process read lately, kept SESSION_CACHE_MS: a page's parallel requests and the
 * bell's poll then cost no store query each. Every write of a session row (sessions.ts `updateSession`,
 * revoke, purge) forgets its copy (`sessionWritten`), so a logout, a revoke, a refused refresh, a privilege
 * refresh or a branch switch is seen at once on this instance; another instance on the same
 * PostgreSQL (scale-out) sees it within SESSION_CACHE_MS — the bound on how long a session revoked
 * elsewhere still opens pages here. Only live rows are kept, at most SESSION_CACHE_MAX of them.
 */
const SESSION_CACHE_MS = 2_000;
const SESSION_CACHE_MAX = 5_000;
const state = processState("sessionCache", () => ({
  rows: new Map<string, { until: number; row: SessionRow }>(),
  /** Reads in flight by id: concurrent requests of one session share one query. */
  reading: new Map<string, Promise<SessionRow | null>>(),
  /** Bumped by every write: a read that started before a write does not keep its (older) row. */
  writes: 0,
  /** Session ids by cookie value (`cachedTokenSid`). */
  tokens: new Map<string, { until: number; sid: string }>(),
}));
// One copy per process, not per bundle (server/process-state.ts): a logout in a server action
// empties the copy the route handlers read too.
const cachedRows = state.rows;
const readingRows = state.reading;

/** A session row changed or went away: this instance's copy is dropped (see `cachedRows`). */
export function sessionWritten(id: string) {
  cachedRows.delete(id);
  readingRows.delete(id);
  state.writes++;
}

/** The row when it is live at `now`: not revoked, inside the absolute lifetime and the idle window. */
function live(row: SessionRow, now: number): SessionRow | null {
  const idleSince = now - env().SESSION_IDLE_MINUTES * 60_000;
  return !row.revokedAt && row.expiresAt.getTime() > now && row.lastSeenAt.getTime() > idleSince ? row : null;
}

/** The live row, from this instance's copy when fresh, else one store read shared by concurrent callers. */
export async function cachedSession(
  id: string,
  read: (id: string) => Promise<SessionRow | null>,
): Promise<SessionRow | null> {
  const now = Date.now();
  const hit = cachedRows.get(id);
  if (hit && hit.until > now) return live(hit.row, now);
  let reading = readingRows.get(id);
  if (!reading) {
    const writes = state.writes;
    reading = read(id).then((row) => {
      if (readingRows.get(id) === reading) readingRows.delete(id);
      if (row && writes === state.writes) remember(row, Date.now());
      return row;
    });
    readingRows.set(id, reading);
    reading.catch(() => readingRows.get(id) === reading && readingRows.delete(id));
  }
  return reading;
}

function remember(row: SessionRow, now: number) {
  cachedRows.delete(row.id);
  if (cachedRows.size >= SESSION_CACHE_MAX) cachedRows.delete(cachedRows.keys().next().value!);
  cachedRows.set(row.id, { until: now + SESSION_CACHE_MS, row });
}

/**
 * Session ids this process decrypted lately, by cookie value. Opening next-auth's cookie (a key
 * derivation, then AES) was the costliest step of a cheap request such as the bell's poll; a given
 * value always holds the same id, so it is opened once per TOKEN_CACHE_MS and never past its own
 * expiry. The id's row is still checked on every request (revoked, idle, expired: `cachedSession`).
 * Only values that opened are kept (a forged one is not remembered), at most SESSION_CACHE_MAX.
 */
const TOKEN_CACHE_MS = 60_000;
const openedTokens = state.tokens;

export async function cachedTokenSid(
  raw: string,
  open: (raw: string) => Promise<{ sid: string; expiresAt: number } | null>,
): Promise<string | null> {
  const now = Date.now();
  const hit = openedTokens.get(raw);
  if (hit && hit.until > now) return hit.sid;
  const opened = await open(raw);
  openedTokens.delete(raw);
  if (!opened) return null;
  if (openedTokens.size >= SESSION_CACHE_MAX) openedTokens.delete(openedTokens.keys().next().value!);
  openedTokens.set(raw, { until: Math.min(now + TOKEN_CACHE_MS, opened.expiresAt), sid: opened.sid });
  return opened.sid;
}
