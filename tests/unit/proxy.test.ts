import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";

const withSession = { cookie: "next-auth.session-token=abc" };

describe("proxy: login gate and security headers", () => {
  it("sends a visitor without a session cookie to /login, keeping where they were going", () => {
    const res = proxy(new NextRequest("http://localhost:3000/orders/000123?x=1"));
    expect(res.status).toBe(307);
    expect(res.headers.get("location")).toBe("http://localhost:3000/login?callbackUrl=%2Forders%2F000123%3Fx%3D1");
  });

  it("answers 401 JSON for API routes without a session", async () => {
    const res = proxy(new NextRequest("http://localhost:3000/api/customers"));
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: "unauthorized" });
  });

  it("lets /login and the auth routes through without a session", () => {
    expect(proxy(new NextRequest("http://localhost:3000/login")).headers.get("x-middleware-next")).toBe("1");
    expect(proxy(new NextRequest("http://localhost:3000/api/auth/csrf")).headers.get("x-middleware-next")).toBe("1");
  });

  it("sets a fresh CSP nonce per request, frame-ancestors 'none' and no-store on portal pages", () => {
    const a = proxy(new NextRequest("http://localhost:3000/", { headers: withSession }));
    const b = proxy(new NextRequest("http://localhost:3000/", { headers: withSession }));
    const csp = a.headers.get("content-security-policy")!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(csp).not.toBe(b.headers.get("content-security-policy"));
    expect(a.headers.get("cache-control")).toBe("private, no-store");
    expect(a.headers.get("strict-transport-security")).toBeNull();
  });

  it("adds HSTS and upgrade-insecure-requests behind TLS", () => {
    const res = proxy(
      new NextRequest("http://localhost:3000/", { headers: { ...withSession, "x-forwarded-proto": "https" } }),
    );
    expect(res.headers.get("strict-transport-security")).toContain("max-age=63072000");
    expect(res.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });
});
