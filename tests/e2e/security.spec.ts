import http from "node:http";
import { E2E } from "../../playwright.config";
import { expect, test } from "./fixtures";
import { DIRECT, loginAs, sandbox } from "./helpers";

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** One HTTP request from a chosen loopback address (127.0.0.0/8), as another machine would make it. */
function send(options: {
  method: "GET" | "POST";
  path: string;
  from: string;
  headers?: Record<string, string>;
  body?: string;
}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port: E2E.directPort,
        method: options.method,
        path: options.path,
        localAddress: options.from,
        headers: { Host: `localhost:${E2E.directPort}`, ...options.headers },
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

/** A credentials sign-in the way the login form posts it, from `from`, with whatever X-Forwarded-For the client chooses to write. */
async function signIn(from: string, username: string, password: string, forwardedFor?: string): Promise<Answer> {
  const csrf = await send({ method: "GET", path: "/api/auth/csrf", from });
  const cookie = (Array.isArray(csrf.headers["set-cookie"]) ? csrf.headers["set-cookie"] : [])
    .map((c) => c.split(";")[0])
    .join("; ");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const body = new URLSearchParams({
    alias: "demo",
    username,
    password,
    csrfToken,
    callbackUrl: "/",
    json: "true",
  }).toString();
  return send({
    method: "POST",
    path: "/api/auth/callback/credentials",
    from,
    body,
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      "X-Auth-Return-Redirect": "1",
      Cookie: cookie,
      ...(forwardedFor ? { "X-Forwarded-For": forwardedFor } : {}),
    },
  });
}

test.beforeEach(async ({ request }) => {
  await sandbox(request).reset();
});

// Risk: a guesser writes a new X-Forwarded-For on every attempt so the portal takes each one for a
// new client, and every guess reaches the ERP. Then, lockout abuse: someone who knows a rep's login
// fails on purpose to keep the rep out.
test("a forged X-Forwarded-For buys no extra attempts, and an abuser's failures do not lock the rep out", async ({
  page,
  request,
}) => {
  const erp = sandbox(request);
  await erp.clearRequests();
  const answers: Answer[] = [];
  for (let i = 0; i < 8; i++)
    answers.push(await signIn("127.0.0.23", "bruno", `errada${i}`, `198.51.100.${i}, 203.0.113.${i}`));
  const error = (a: Answer) => new URL((JSON.parse(a.body) as { url: string }).url, DIRECT).searchParams.get("error");
  expect(answers.slice(0, 5).map(error)).toEqual(Array(5).fill("BAD_CREDENTIALS"));
  for (const locked of answers.slice(5)) {
    expect(locked.status).toBe(429);
    expect(Number(locked.headers["retry-after"])).toBeGreaterThan(0);
  }
  const tokenCalls = (await erp.requests()).filter((r) => r.path === "/rest/api/oauth2/v1/token");
  expect(tokenCalls).toHaveLength(5);
  // bruno himself, from his own machine, still gets in.
  await loginAs(page, "demo", "bruno", "bruno123");
});

// Risk: the real login page as a phishing redirect. Browsers strip the tab, so `/<TAB>/evil.example`
// sends a freshly signed-in rep to evil.example.
test("a signed-in visit to /login never redirects off the portal, whatever callbackUrl says", async ({ page }) => {
  await loginAs(page, "demo", "ana", "ana123");
  for (const callbackUrl of [
    "/%09/evil.example/x",
    "/%0A/evil.example",
    "/%5C/evil.example",
    "//evil.example",
    "https:evil.example",
    "javascript:alert(1)",
  ]) {
    const res = await page.request.get(`${DIRECT}/login?callbackUrl=${callbackUrl}`, { maxRedirects: 0 });
    expect(res.status(), callbackUrl).toBe(307);
    expect(res.headers()["location"], callbackUrl).toBe("/");
  }
  const kept = await page.request.get(`${DIRECT}/login?callbackUrl=${encodeURIComponent("/orders?status=open")}`, {
    maxRedirects: 0,
  });
  expect(kept.headers()["location"]).toBe("/orders?status=open");
});

test("a sign-in body past 16 kB is refused with 413 before anything reaches the ERP", async ({ request }) => {
  const erp = sandbox(request);
  await erp.clearRequests();
  const res = await signIn("127.0.0.24", "ana", "x".repeat(20_000));
  expect(res.status).toBe(413);
  expect((await erp.requests()).filter((r) => r.path.startsWith("/rest/"))).toEqual([]);
});

// Risk: next-auth's own POST /api/auth/signout only clears the browser's cookie; a copy of it
// taken before (another device, a proxy log) keeps the session and its ERP token alive.
test("next-auth's own sign-out revokes the session: a copied cookie stops working and the ERP token is invalidated", async ({
  page,
  request,
  playwright,
}) => {
  await loginAs(page, "demo", "ana", "ana123");
  const session = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"))!;
  await sandbox(request).clearRequests();
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const out = await page.request.post("/api/auth/signout", {
    form: { csrfToken, callbackUrl: "/login", json: "true" },
  });
  expect(out.ok()).toBe(true);
  expect(
    (await sandbox(request).requests()).some(
      (c) => c.path === "/rest/api/framework/v1/invalidateToken" && c.status === 200,
    ),
  ).toBe(true);
  const replay = await playwright.request.newContext({
    baseURL: DIRECT,
    extraHTTPHeaders: { cookie: `${session.name}=${session.value}` },
  });
  expect((await replay.get("/api/notifications/unread")).status()).toBe(401);
  await replay.dispose();
});
