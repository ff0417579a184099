import { afterEach, describe, expect, it, vi } from "vitest";
import { cachedTokenSid } from "@/server/auth/session-cache";

// The session cookie is opened (decrypted) once per value and minute, never past its own expiry;
// the session row behind it is still checked on every request (session-cache.test.ts).
describe("opened session cookies", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("a value is opened once and its id reused until the token's own expiry, then opened again", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.UTC(2026, 0, 10, 12));
    const expiresAt = Date.now() + 30_000;
    const open = vi.fn(async () => ({ sid: "sid-1", expiresAt }));
    expect(await cachedTokenSid("cookie-a", open)).toBe("sid-1");
    vi.setSystemTime(Date.now() + 29_000);
    expect(await cachedTokenSid("cookie-a", open)).toBe("sid-1");
    expect(open).toHaveBeenCalledTimes(1);
    // Past the token's expiry the value is opened again, and an expired token no longer opens.
    vi.setSystemTime(Date.now() + 2_000);
    open.mockResolvedValueOnce(null as never);
    expect(await cachedTokenSid("cookie-a", open)).toBeNull();
    expect(open).toHaveBeenCalledTimes(2);
  });

  it("a long-lived token is opened again after a minute", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.UTC(2026, 0, 10, 12));
    const open = vi.fn(async () => ({ sid: "sid-2", expiresAt: Date.now() + 3_600_000 }));
    await cachedTokenSid("cookie-b", open);
    vi.setSystemTime(Date.now() + 59_000);
    await cachedTokenSid("cookie-b", open);
    expect(open).toHaveBeenCalledTimes(1);
    vi.setSystemTime(Date.now() + 2_000);
    await cachedTokenSid("cookie-b", open);
    expect(open).toHaveBeenCalledTimes(2);
  });

  it("a value that does not open is never remembered", async () => {
    const open = vi.fn(async () => null);
    expect(await cachedTokenSid("forged", open)).toBeNull();
    expect(await cachedTokenSid("forged", open)).toBeNull();
    expect(open).toHaveBeenCalledTimes(2);
  });
});
