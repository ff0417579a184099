import { inArray } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { login } from "@/server/auth/login";
import { purgeStaleAttempts } from "@/server/auth/throttle";
import { getDb } from "@/server/store/db";
import { loginAttempts } from "@/server/store/schema";
import { sandboxAdmin } from "../sandbox-admin";
import { resetWorld } from "./reset";

const admin = sandboxAdmin();
const tokenCalls = async () =>
  (await admin.requests()).items.filter((r) => r.path === "/rest/api/oauth2/v1/token").length;
const wrong = (ip: string, i = 0) => login({ alias: "demo", username: "bruno", password: `wrong${i}` }, ip);

describe("failed-login throttling", () => {
  beforeEach(async () => {
    await resetWorld();
  });

  // Risk: password guessing against the ERP through the portal. After LOGIN_MAX_FAILURES (5)
  // failures from one address the account is locked there and the ERP sees no further attempt.
  it("locks the account from an address after 5 failures; the ERP sees exactly 5 token calls", async () => {
    for (let i = 0; i < 5; i++)
      expect(await wrong("203.0.113.7", i)).toEqual({ ok: false, failure: "BAD_CREDENTIALS" });
    const locked = await login({ alias: "demo", username: "bruno", password: "bruno123" }, "203.0.113.7");
    expect(locked.ok).toBe(false);
    expect(!locked.ok && locked.failure).toBe("THROTTLED");
    expect(!locked.ok && locked.retryAfter).toBeGreaterThan(0);
    expect(await tokenCalls()).toBe(5);
  });

  // Risk: a script fires many wrong passwords at once, each checking the lock before any failure
  // is written, so all of them reach the ERP.
  it("40 parallel wrong passwords for one account let at most 5 reach the ERP", async () => {
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => wrong("203.0.113.40", i)));
    expect(await tokenCalls()).toBeLessThanOrEqual(5);
    expect(results.filter((r) => !r.ok && r.failure === "BAD_CREDENTIALS").length).toBeLessThanOrEqual(5);
    expect(results.filter((r) => !r.ok && r.failure === "THROTTLED").length).toBeGreaterThanOrEqual(35);
    expect(results.every((r) => r.ok || r.failure !== "THROTTLED" || (r.retryAfter ?? 0) > 0)).toBe(true);
  });

  // Risk: lockout abuse. Someone who knows a rep's login keeps them out all day by failing on purpose.
  it("an abuser locks only their own address: the rep still signs in from theirs", async () => {
    for (let i = 0; i < 6; i++) await wrong("198.51.100.66", i);
    expect((await login({ alias: "demo", username: "bruno", password: "bruno123" }, "192.0.2.10")).ok).toBe(true);
  });

  it("guessing spread over many addresses meets the account-wide ceiling (30)", async () => {
    for (let a = 0; a < 6; a++) for (let i = 0; i < 5; i++) await wrong(`198.51.100.${a}`, i);
    expect(await tokenCalls()).toBe(30);
    const result = await login({ alias: "demo", username: "bruno", password: "bruno123" }, "192.0.2.77");
    expect(!result.ok && result.failure).toBe("THROTTLED");
    expect(await tokenCalls()).toBe(30);
  });

  it("locks a client address that sprays many accounts", async () => {
    const ip = "203.0.113.200";
    for (let i = 0; i < 20; i++) await login({ alias: "demo", username: `user${i}`, password: "x" }, ip);
    const result = await login({ alias: "demo", username: "ana", password: "ana123" }, ip);
    expect(!result.ok && result.failure).toBe("THROTTLED");
    expect(await tokenCalls()).toBe(20);
  });

  it("a success clears the account's failure count", async () => {
    for (let i = 0; i < 4; i++) await login({ alias: "demo", username: "ana", password: "wrong" }, "192.0.2.1");
    expect((await login({ alias: "demo", username: "ana", password: "ana123" }, "192.0.2.1")).ok).toBe(true);
    for (let i = 0; i < 4; i++) await login({ alias: "demo", username: "ana", password: "wrong" }, "192.0.2.1");
    expect((await login({ alias: "demo", username: "ana", password: "ana123" }, "192.0.2.1")).ok).toBe(true);
  });

  it("an ERP that is down says nothing about the password: those attempts are given back", async () => {
    await admin.faults([{ pathPrefix: "/rest/api/oauth2/v1/token", kind: "status", status: 503 }]);
    for (let i = 0; i < 6; i++)
      expect((await login({ alias: "demo", username: "ana", password: "ana123" }, "192.0.2.5")).ok).toBe(false);
    await admin.faults([]);
    expect((await login({ alias: "demo", username: "ana", password: "ana123" }, "192.0.2.5")).ok).toBe(true);
  });

  it("purges the rows whose window and lock are over", async () => {
    const db = await getDb();
    // Attempt windows and locks are wall-clock time (how long ago), not business dates.
    const old = new Date(Date.now() - 2 * 3_600_000);
    await db.insert(loginAttempts).values([
      { key: "ip:purge-me", failures: 3, windowStart: old },
      { key: "ip:purge-me-too", failures: 20, windowStart: old, lockedUntil: new Date(Date.now() - 3_600_000) },
      { key: "ip:still-locked", failures: 20, windowStart: old, lockedUntil: new Date(Date.now() + 3_600_000) },
    ]);
    // Past the once-a-minute guard (the argument is the wall clock the guard compares with).
    await purgeStaleAttempts(Date.now() + 120_000);
    const left = await db
      .select({ key: loginAttempts.key })
      .from(loginAttempts)
      .where(inArray(loginAttempts.key, ["ip:purge-me", "ip:purge-me-too", "ip:still-locked"]));
    expect(left).toEqual([{ key: "ip:still-locked" }]);
  });
});
