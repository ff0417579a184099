import { beforeEach, describe, expect, it } from "vitest";
import { login } from "@/server/auth/login";
import { sandboxAdmin } from "../sandbox-admin";
import { resetWorld } from "./reset";

const admin = sandboxAdmin();
const tokenCalls = async () => (await admin.requests()).items.filter((r) => r.path === "/rest/api/oauth2/v1/token").length;

describe("failed-login throttling", () => {
  beforeEach(async () => {
    await resetWorld();
  });

  // Risk: password guessing against the ERP through the portal. After LOGIN_MAX_FAILURES (5)
  // failures the account is locked and the ERP token endpoint sees no further attempt.
  it("locks the account after 5 failures; the ERP sees exactly 5 token calls", async () => {
    for (let i = 0; i < 5; i++) {
      expect(await login({ alias: "demo", username: "bruno", password: `wrong${i}` }, `203.0.113.${i}`)).toEqual({ ok: false, failure: "BAD_CREDENTIALS" });
    }
    const locked = await login({ alias: "demo", username: "bruno", password: "bruno123" }, "203.0.113.99");
    expect(locked.ok).toBe(false);
    expect(!locked.ok && locked.failure).toBe("THROTTLED");
    expect(!locked.ok && locked.retryAfter).toBeGreaterThan(0);
    expect(await tokenCalls()).toBe(5);
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
    for (let i = 0; i < 4; i++) await login({ alias: "demo", username: "ana", password: "wrong" }, "192.0.2.2");
    expect((await login({ alias: "demo", username: "ana", password: "ana123" }, "192.0.2.2")).ok).toBe(true);
  });
});
