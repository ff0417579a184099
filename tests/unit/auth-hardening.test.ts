import { describe, expect, it } from "vitest";
import { expiredSessionCookies } from "@/server/auth/viewer";
import { readBodyWithin } from "@/server/http-body";
import { clientAddress, trustedHopsOf } from "@/scripts/client-address.mjs";

// Risk: a client writes X-Forwarded-For to pick its own throttling key.
describe("client address", () => {
  it("is the socket's without trusted proxies, whatever X-Forwarded-For says", () => {
    expect(clientAddress("10.1.2.3", "198.51.100.7, 203.0.113.9", 0)).toBe("10.1.2.3");
    expect(clientAddress("::ffff:127.0.0.1", undefined, 0)).toBe("127.0.0.1");
    expect(clientAddress(undefined, "198.51.100.7", 0)).toBe("unknown");
  });

  it("behind N trusted proxies, is the address the outermost one received from, counted from the right", () => {
    // client → proxy A (appends client) → proxy B (appends A) → portal (socket = B)
    expect(clientAddress("10.0.0.2", "203.0.113.50, 10.0.0.1", 2)).toBe("203.0.113.50");
    expect(clientAddress("10.0.0.1", "203.0.113.50", 1)).toBe("203.0.113.50");
    // The client's own entries sit to the left and are never taken.
    expect(clientAddress("10.0.0.1", "1.2.3.4, 5.6.7.8, 203.0.113.50", 1)).toBe("203.0.113.50");
    // A request that skipped a proxy: the leftmost entry there is.
    expect(clientAddress("10.0.0.1", "", 2)).toBe("10.0.0.1");
    expect(clientAddress("10.0.0.1", ["198.51.100.1", "198.51.100.2"], 1)).toBe("198.51.100.2");
  });

  it("TRUST_PROXY_HOPS is a whole number from 0 to 10", () => {
    expect(trustedHopsOf(undefined)).toBe(0);
    expect(trustedHopsOf("2")).toBe(2);
    for (const bad of ["-1", "1.5", "11", "yes"]) expect(() => trustedHopsOf(bad)).toThrow(/TRUST_PROXY_HOPS/);
  });
});

describe("sign-out cookies", () => {
  it("expire every session cookie, the __Secure- one as Secure (browsers ignore a plain delete of it)", () => {
    const cookies = expiredSessionCookies();
    expect(cookies.map((c) => [c.name, c.secure, c.maxAge, c.value])).toEqual([
      ["__Secure-next-auth.session-token", true, 0, ""],
      ["next-auth.session-token", false, 0, ""],
    ]);
    expect(cookies.every((c) => c.expires.getTime() === 0 && c.path === "/" && c.httpOnly)).toBe(true);
  });
});

describe("bodies before authentication", () => {
  const chunked = (parts: string[]) =>
    new Request("http://portal.test/api/auth/callback/credentials", {
      method: "POST",
      body: new ReadableStream({
        start(controller) {
          for (const p of parts) controller.enqueue(new TextEncoder().encode(p));
          controller.close();
        },
      }),
      // @ts-expect-error -- Node's Request needs `duplex` for a stream body; the DOM types lack it.
      duplex: "half",
    });

  it("reads a body within the limit", async () => {
    const read = await readBodyWithin(chunked(["alias=demo&", "username=ana"]), 100);
    expect(read.ok && new TextDecoder().decode(read.bytes)).toBe("alias=demo&username=ana");
  });

  it("refuses a declared length past the limit without reading, and cuts a chunked body off at it", async () => {
    const declared = new Request("http://portal.test/x", {
      method: "POST",
      body: "x".repeat(50),
      headers: { "content-length": "50" },
    });
    expect(await readBodyWithin(declared, 10)).toEqual({ ok: false });
    expect(await readBodyWithin(chunked(["x".repeat(8), "x".repeat(8)]), 10)).toEqual({ ok: false });
  });
});
