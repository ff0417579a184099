import { eq, sql } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { beforeEach, describe, expect, inject, it, vi } from "vitest";
import { login } from "@/server/auth/login";
import { forgetCachedSession } from "@/server/auth/sessions";
import { getDb } from "@/server/store/db";
import { sessions } from "@/server/store/schema";
import { sandboxAdmin } from "../sandbox-admin";
import { resetWorld } from "./reset";
import { jar } from "./session-jar";

// The browser's cookie jar, with `set` for the logout action (it expires the session cookies).
vi.mock("next/headers", async () => {
  const { jar, nextHeaders } = await import("./session-jar");
  const base = nextHeaders();
  return {
    ...base,
    cookies: async () => ({
      ...(await base.cookies()),
      set: (cookie: { name: string; value: string }) =>
        cookie.value ? jar.set(cookie.name, cookie.value) : jar.delete(cookie.name),
    }),
  };
});
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { getViewer } = await import("@/server/auth/viewer");
const { logout, switchBranch } = await import("@/server/actions/session");
const { GET: unreadRoute } = await import("@/app/api/notifications/unread/route");

const admin = sandboxAdmin();
const COOKIE = "next-auth.session-token";

// Session rows are kept in memory for a few seconds (server/auth/sessions.ts): every change of a
// row on this instance must be seen by the very next request, not when the copy runs out.

/** Signs `username` in and plays their browser: the session cookie in the jar; returns it. */
async function signIn(username: string): Promise<{ sessionId: string; cookie: string }> {
  const result = await login({ alias: "demo", username, password: `${username}123` }, "10.51.0.3");
  if (!result.ok) throw new Error(result.failure);
  const cookie = await encode({ token: { sid: result.sessionId }, secret: process.env.AUTH_SECRET! });
  jar.clear();
  jar.set(COOKIE, cookie);
  return { sessionId: result.sessionId, cookie };
}

const unread = () => unreadRoute(new Request("http://portal.test/api/notifications/unread"));

const privilegeCalls = async () =>
  (await admin.requests()).items.filter((r) => r.path === "/rest/api/tgv/privileges").length;

const setProfile = (login: string, profile: string | null) =>
  fetch(`${admin.url}/__admin/privileges/users/${login}`, {
    method: "PUT",
    headers: { "x-sandbox-admin-key": inject("sandboxAdminKey"), "content-type": "application/json" },
    body: JSON.stringify({ profile }),
  }).then((res) => expect(res.status).toBe(200));

describe("the in-process session cache never outlives a change made on this instance", () => {
  beforeEach(async () => {
    await resetWorld();
  });

  // Risk: a copied cookie keeps opening pages for the cache's lifetime after the rep clicked Exit.
  it("logout: the same cookie is refused by the next request", async () => {
    const { cookie } = await signIn("ana");
    expect((await getViewer())?.login).toBe("ana");
    expect((await unread()).status).toBe(200);
    const exit = await logout().catch((error: unknown) => error);
    expect(String((exit as { digest?: string }).digest)).toMatch(/^NEXT_REDIRECT/);
    expect(jar.has(COOKIE)).toBe(false);
    // Someone who copied the cookie before the logout.
    jar.set(COOKIE, cookie);
    expect(await getViewer()).toBeNull();
    expect((await unread()).status).toBe(401);
  });

  // Risk: a switched branch shows the old branch's data until the cached row runs out.
  it("branch switch: the next request reads the new branch and seller", async () => {
    await signIn("ana");
    expect((await getViewer())?.tenant.branch).toBe("01");
    expect(await switchBranch({ branch: "02" })).toEqual({ ok: true, data: { branch: "02" } });
    const viewer = await getViewer();
    expect(viewer?.tenant).toEqual({ company: "01", branch: "02" });
    expect(viewer?.seller?.code).toBe("000001");
  });

  // Risk: a stale cached row keeps asking the ERP for privileges on every request, or hides the new profile.
  it("privilege refresh: the new profile is seen at once, and read from the ERP once", async () => {
    const { sessionId } = await signIn("ana");
    expect((await getViewer())?.privileges).toBeNull();
    await setProfile("ana", "VEND_CONSULTA");
    try {
      const db = await getDb();
      await db
        .update(sessions)
        .set({ privilegesCheckedAt: sql`now() - interval '16 minutes'` })
        .where(eq(sessions.id, sessionId));
      forgetCachedSession(sessionId);
      await admin.clearRequests();
      expect((await getViewer())?.privileges?.profile).toBe("VEND_CONSULTA");
      expect((await getViewer())?.privileges?.profile).toBe("VEND_CONSULTA");
      expect((await unread()).status).toBe(200);
      expect(await privilegeCalls()).toBe(1);
    } finally {
      await setProfile("ana", null);
    }
  });

  // Risk: a session the ERP ended (refresh token refused) goes on opening pages from the cache.
  it("a refused token refresh ends the session for the next request", async () => {
    await signIn("ana");
    const viewer = (await getViewer())!;
    await admin.expireTokens("all");
    const { erpForViewer } = await import("@/server/auth/viewer");
    const { getPgvVersion } = await import("@/server/erp/protheus/auth");
    await expect(getPgvVersion(await erpForViewer(viewer))).rejects.toMatchObject({ kind: "session_expired" });
    expect(await getViewer()).toBeNull();
    expect((await unread()).status).toBe(401);
  });
});
