import { vi } from "vitest";

/**
 * Replays a recorded answer through the portal's real client code: `fetch` is replaced for the
 * duration of `run` by one that answers every call with `body` (the text exactly as recorded) and
 * `status`, and remembers what was asked.
 */
export async function replay<T>(
  answer: { body: string; status?: number; contentType?: string },
  run: () => Promise<T>,
): Promise<{ result: T; calls: { url: string; method: string }[] }> {
  const calls: { url: string; method: string }[] = [];
  vi.stubGlobal("fetch", async (input: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(input instanceof Request ? input.url : input), method: init?.method ?? "GET" });
    return new Response(answer.body, {
      status: answer.status ?? 200,
      headers: { "content-type": answer.contentType ?? "application/json; charset=utf-8" },
    });
  });
  try {
    return { result: await run(), calls };
  } finally {
    vi.unstubAllGlobals();
  }
}
