import { describe, expect, it, vi } from "vitest";
import type { SessionRow } from "@/server/auth/sessions";

// Next compiles the pages and server actions apart from the route handlers: each bundle holds its
// own copy of a module. Two imports after `vi.resetModules()` play two bundles of one process; what
// one writes (an action's logout, a notification marked read) must reach the other's memory.
async function twoBundles<M>(load: () => Promise<M>): Promise<[M, M]> {
  vi.resetModules();
  const action = await load();
  vi.resetModules();
  const route = await load();
  expect(action).not.toBe(route);
  return [action, route];
}

describe("in-process memory shared by the server's bundles", () => {
  it("a write to a scope's notifications counted in one bundle is seen by another (the bell's poll)", async () => {
    const [action, route] = await twoBundles(() => import("@/server/store/writes"));
    const before = route.storeWrites("scope-x", "notifications");
    action.storeWritten("scope-x", "notifications");
    expect(route.storeWrites("scope-x", "notifications")).toBe(before + 1);
  });

  it("a session row written in one bundle (logout, revoke) is read again by another", async () => {
    const [action, route] = await twoBundles(() => import("@/server/auth/session-cache"));
    const now = Date.now();
    const row = {
      id: "sid-shared",
      revokedAt: null,
      expiresAt: new Date(now + 3_600_000),
      lastSeenAt: new Date(now),
    } as unknown as SessionRow;
    const read = vi.fn(async () => row);
    expect(await route.cachedSession(row.id, read)).toBe(row);
    expect(await route.cachedSession(row.id, read)).toBe(row);
    expect(read).toHaveBeenCalledTimes(1);
    action.sessionWritten(row.id);
    await route.cachedSession(row.id, read);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it("a sync run started in one bundle is joined by another, not run twice (the embedded store has no advisory lock)", async () => {
    const [page, route] = await twoBundles(() => import("@/server/sync/lock"));
    let release!: () => void;
    const first = vi.fn(() => new Promise<void>((resolve) => (release = resolve)));
    const second = vi.fn(async () => undefined);
    const running = page.runExclusive("scope-y|customers", first);
    // The first run opens the store (and, on PostgreSQL, takes the advisory lock) before it starts.
    await vi.waitFor(() => expect(first).toHaveBeenCalled(), { timeout: 20_000 });
    expect(route.isRunning("scope-y|customers")).toBe(true);
    const joined = route.runExclusive("scope-y|customers", second);
    release();
    expect(await running).toBe(true);
    expect(await joined).toBe(false);
    expect(second).not.toHaveBeenCalled();
    expect(route.isRunning("scope-y|customers")).toBe(false);
  });
});
