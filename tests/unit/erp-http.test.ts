import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ErpError, errorFromResponse } from "@/server/erp/errors";
import { backoffMs, erpFetch, httpTiming, type ErpAdapter } from "@/server/erp/http";

/**
 * The one ERP HTTP loop (server/erp/http.ts) with `fetch`, the clock, sleep and randomness replaced:
 * no network, no real waiting, no wall clock.
 */
const schema = z.object({ ok: z.literal(true) });
const adapter: ErpAdapter = { name: "test", baseUrl: "http://erp.test/rest/", failure: errorFromResponse };
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
const networkError = () => Object.assign(new TypeError("fetch failed"), { cause: new Error("ECONNRESET") });

let fetchMock: ReturnType<typeof vi.fn>;
let sleeps: number[];
let clock: number;
const original = { ...httpTiming };

beforeEach(() => {
  fetchMock = vi.fn();
  vi.stubGlobal("fetch", fetchMock);
  sleeps = [];
  clock = 1_000_000;
  httpTiming.now = () => clock;
  httpTiming.random = () => 0.5;
  httpTiming.sleep = async (ms) => {
    sleeps.push(ms);
    clock += ms;
  };
});

afterEach(() => {
  vi.unstubAllGlobals();
  Object.assign(httpTiming, original);
});

async function failure(promise: Promise<unknown>): Promise<ErpError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ErpError) return error;
    throw error;
  }
  throw new Error("expected an ErpError");
}

describe("backoff", () => {
  it("is exponential, capped at 2 s, and fully jittered by the injected random", () => {
    expect([0, 1, 2, 3, 4, 5, 8].map((n) => backoffMs(n, () => 1))).toEqual([200, 400, 800, 1600, 2000, 2000, 2000]);
    expect([0, 3, 8].map((n) => backoffMs(n, () => 0))).toEqual([0, 0, 0]);
    expect(backoffMs(2, () => 0.25)).toBe(200);
  });

  it("sleeps the jittered backoff between the attempts of a GET (0–200 ms, then 0–400 ms)", async () => {
    fetchMock
      .mockResolvedValueOnce(json(502, {}))
      .mockResolvedValueOnce(json(503, {}))
      .mockResolvedValueOnce(json(200, { ok: true }));
    expect(await erpFetch(adapter, "/a", { schema, timeoutMs: 1000 })).toEqual({ ok: true });
    expect(fetchMock).toHaveBeenCalledTimes(3);
    expect(sleeps).toEqual([100, 200]);
    expect(String(fetchMock.mock.calls[0]![0])).toBe("http://erp.test/rest/a");
  });
});

describe("what is retried", () => {
  it.each([429, 502, 503, 504])("a GET answered %i is tried 3 times in all, then fails", async (status) => {
    fetchMock.mockImplementation(async () => json(status, {}));
    const error = await failure(erpFetch(adapter, "a", { schema, timeoutMs: 1000 }));
    expect(error.status).toBe(status);
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it("a GET answered 500 or 400 is not retried (the ERP ran it and said no)", async () => {
    fetchMock.mockImplementation(async () => json(500, {}));
    await failure(erpFetch(adapter, "a", { schema, timeoutMs: 1000 }));
    fetchMock.mockClear().mockImplementation(async () => json(400, { message: "no" }));
    await failure(erpFetch(adapter, "a", { schema, timeoutMs: 1000 }));
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it("a GET whose connection fails is retried; its last failure is `erp.unavailable`", async () => {
    fetchMock.mockRejectedValueOnce(networkError()).mockResolvedValueOnce(json(200, { ok: true }));
    expect(await erpFetch(adapter, "a", { schema, timeoutMs: 1000 })).toEqual({ ok: true });
    fetchMock.mockReset().mockRejectedValue(networkError());
    const error = await failure(erpFetch(adapter, "a", { schema, timeoutMs: 1000 }));
    expect([error.kind, error.code]).toEqual(["unavailable", "erp.unavailable"]);
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it.each(["POST", "PUT", "DELETE"] as const)("a %s is sent once, on a 503 or a failed connection", async (method) => {
    fetchMock.mockImplementation(async () => json(503, {}));
    await failure(erpFetch(adapter, "a", { method, body: {}, schema, timeoutMs: 1000 }));
    fetchMock.mockReset().mockRejectedValue(networkError());
    await failure(erpFetch(adapter, "a", { method, body: {}, schema, timeoutMs: 1000 }));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(sleeps).toEqual([]);
  });

  it("a POST declared safe to repeat is retried on a failed connection only, never on an answer", async () => {
    fetchMock.mockRejectedValueOnce(networkError()).mockResolvedValueOnce(json(200, { ok: true }));
    const safe = { method: "POST", body: {}, schema, timeoutMs: 1000, safeToRepeat: true } as const;
    expect(await erpFetch(adapter, "token", safe)).toEqual({ ok: true });
    fetchMock.mockReset().mockImplementation(async () => json(503, {}));
    await failure(erpFetch(adapter, "token", safe));
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it("a timeout is `erp.timeout` and is not repeated (the ERP may still be working on it)", async () => {
    fetchMock.mockRejectedValue(new DOMException("The operation was aborted due to timeout", "TimeoutError"));
    const error = await failure(erpFetch(adapter, "a", { schema, timeoutMs: 1000 }));
    expect([error.kind, error.code, error.fromErp]).toEqual(["timeout", "erp.timeout", false]);
    expect(error.detail).toContain("1000 ms");
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});

describe("deadline budget", () => {
  it("no attempt starts once less than 500 ms of the deadline is left", async () => {
    fetchMock.mockImplementation(async () => {
      clock += 300;
      return json(503, {});
    });
    await failure(erpFetch(adapter, "a", { schema, timeoutMs: 5000, deadline: clock + 900 }));
    // After the 1st attempt (300 ms) 600 ms are left: a 2nd starts after its backoff; after it only 200 ms.
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it("each attempt's timeout is cut to what is left of the deadline", async () => {
    fetchMock.mockResolvedValue(json(200, { ok: true }));
    const spy = vi.spyOn(AbortSignal, "timeout");
    await erpFetch(adapter, "a", { schema, timeoutMs: 5000, deadline: clock + 1200 });
    expect(spy).toHaveBeenCalledWith(1200);
    spy.mockRestore();
  });
});

describe("answers", () => {
  it("an answer that does not fit the schema is `invalid_response`, and so is a body that is not JSON", async () => {
    fetchMock.mockResolvedValueOnce(json(200, { ok: "yes" }));
    const mismatch = await failure(erpFetch(adapter, "a", { schema, timeoutMs: 1000 }));
    expect([mismatch.kind, mismatch.code]).toEqual(["invalid_response", "erp.invalid_response"]);
    expect(mismatch.detail).toContain("test a");
    fetchMock.mockResolvedValueOnce(new Response("<html>oops</html>", { status: 200 }));
    expect((await failure(erpFetch(adapter, "a", { schema, timeoutMs: 1000 }))).kind).toBe("invalid_response");
  });

  it("sends the adapter's headers, the JSON body and the query without undefined (or empty, when asked) values", async () => {
    fetchMock.mockResolvedValue(json(200, { ok: true }));
    const sge = { ...adapter, headers: { "x-erp-module": "FAT" }, dropEmptyQuery: true };
    await erpFetch(sge, "a", {
      method: "POST",
      body: { n: 1 },
      query: { x: 1, y: undefined, z: "" },
      schema,
      timeoutMs: 9,
    });
    const [url, init] = fetchMock.mock.calls[0] as [URL, RequestInit];
    expect(url.search).toBe("?x=1");
    expect(init.body).toBe('{"n":1}');
    expect(init.headers).toMatchObject({
      Accept: "application/json",
      "x-erp-module": "FAT",
      "Content-Type": "application/json",
    });
  });

  it("a 401 refreshes the credential once and repeats the call with the new one (any method)", async () => {
    fetchMock.mockResolvedValueOnce(json(401, {})).mockResolvedValueOnce(json(200, { ok: true }));
    const refresh = vi.fn(async () => "Bearer new");
    const auth = { header: async () => "Bearer old", refresh };
    expect(await erpFetch({ ...adapter, auth }, "a", { method: "POST", body: {}, schema, timeoutMs: 9 })).toEqual({
      ok: true,
    });
    expect(refresh).toHaveBeenCalledWith("Bearer old");
    expect((fetchMock.mock.calls[1]![1] as RequestInit).headers).toMatchObject({ Authorization: "Bearer new" });
    fetchMock.mockReset().mockImplementation(async () => json(401, {}));
    expect((await failure(erpFetch({ ...adapter, auth }, "a", { schema, timeoutMs: 9 }))).kind).toBe("unauthorized");
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it("a 2xx the adapter reads as a refusal is thrown as the adapter says", async () => {
    fetchMock.mockResolvedValue(json(200, { Status: "Erro" }));
    const refusing = { ...adapter, refusalIn: () => new ErpError("business", "RM disse não") };
    const error = await failure(erpFetch(refusing, "a", { schema, timeoutMs: 9 }));
    expect([error.kind, error.message, error.fromErp]).toEqual(["business", "RM disse não", true]);
  });
});
