import { beforeAll, describe, expect, it } from "vitest";

beforeAll(() => {
  process.env.AUTH_SECRET = "unit-test-secret-0123456789abcdef0123";
});

describe("session token sealing (AES-256-GCM)", () => {
  it("round-trips and never contains the clear token", async () => {
    const { seal, unseal } = await import("@/server/auth/secrets");
    const tokens = { accessToken: "erp-access-token-123", refreshToken: "erp-refresh-456", expiresAt: 1 };
    const sealed = seal(tokens);
    expect(sealed).not.toContain("erp-access-token-123");
    expect(unseal(sealed)).toEqual(tokens);
    expect(seal(tokens)).not.toBe(sealed);
  });

  it("rejects a tampered value", async () => {
    const { seal, unseal } = await import("@/server/auth/secrets");
    const parts = seal({ a: 1 }).split(".");
    const data = Buffer.from(parts[3]!, "base64url");
    data[0] = data[0]! ^ 1;
    parts[3] = data.toString("base64url");
    expect(() => unseal(parts.join("."))).toThrow();
  });

  it("makes session ids that are long and unique", async () => {
    const { newSessionId } = await import("@/server/auth/secrets");
    const ids = new Set(Array.from({ length: 100 }, newSessionId));
    expect(ids.size).toBe(100);
    expect([...ids][0]!.length).toBeGreaterThanOrEqual(43);
  });
});
