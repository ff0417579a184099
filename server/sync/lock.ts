import "server-only";
import { processState } from "@/server/process-state";
import { getAdvisoryLock } from "@/server/store/db";

// Once per process, not per bundle (server/process-state.ts): a sync started by a route handler and
// one started by a page or an action must join, not overlap.
const running = processState("syncRunning", () => new Map<string, Promise<boolean>>());

/**
 * One runner per key at a time. In this process, a second caller joins the run in progress; across
 * instances (PostgreSQL) an advisory lock makes the other instance wait for the holder and skip.
 * Resolves true when this call ran `fn`, false when it joined or waited for someone else's run.
 */
/** A run of `key` is in flight in this process (a `runExclusive` call would join it). */
export function isRunning(key: string): boolean {
  return running.has(key);
}

export function runExclusive(key: string, fn: () => Promise<void>): Promise<boolean> {
  const current = running.get(key);
  if (current) return current.then(() => false);
  const run = (async () => {
    const advisory = await getAdvisoryLock();
    if (!advisory) {
      await fn();
      return true;
    }
    return (await advisory(key, fn)).acquired;
  })().finally(() => running.delete(key));
  running.set(key, run);
  return run;
}
