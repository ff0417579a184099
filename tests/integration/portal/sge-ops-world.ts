import { and, eq } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { vi } from "vitest";
import { login } from "@/server/auth/login";
import { loadSession } from "@/server/auth/sessions";
import { viewerFromSession, type Viewer } from "@/server/auth/viewer";
import { getDb } from "@/server/store/db";
import { sgeFinanceLog, sgePjAudit, sgePjContracts } from "@/server/store/schema";
import { loadContract } from "@/server/services/sge-finance-read";
import { sandboxAdmin } from "../sandbox-admin";
import { jar } from "./session-jar";

// What the SGE back-office tests share (sge-pj, sge-finance-*, sge-admin): the demo logins, the
// browser's session for actions, and a watch on what the portal sends to SGE. Each test file mocks
// next/headers with session-jar.ts and does its own resetWorld() in beforeAll.

export const admin = sandboxAdmin();

export type SignedIn = { viewer: Viewer; sessionId: string };

export async function signIn(username: string, password: string): Promise<SignedIn> {
  const result = await login({ alias: "demo", username, password }, "10.41.0.9");
  if (!result.ok) throw new Error(`${username}: ${result.failure}`);
  return { viewer: viewerFromSession((await loadSession(result.sessionId))!), sessionId: result.sessionId };
}

/** ana sells (enrol, PJ) without finance; fabio has finance only; admin has everything. */
export const signInAll = async () => ({
  ana: await signIn("ana", "ana123"),
  fabio: await signIn("fabio", "fabio123"),
  boss: await signIn("admin", "admin123"),
});

export async function actAs(sessionId: string | null) {
  jar.clear();
  if (sessionId)
    jar.set("next-auth.session-token", await encode({ token: { sid: sessionId }, secret: process.env.AUTH_SECRET! }));
}

// What the portal sent to SGE (the sandbox's request log keeps no bodies): fetch is watched, and
// `failAt` makes one SGE path fail at the network level, as an unreachable RM would.
type SentCall = { path: string; method: string; body: unknown };
export const sent: SentCall[] = [];
let failing: string | null = null;
export const failAt = (path: string | null) => {
  failing = path;
};
const realFetch = globalThis.fetch;
vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (url.pathname.startsWith("/rm/api/")) {
    sent.push({
      path: url.pathname,
      method: init?.method ?? "GET",
      body: typeof init?.body === "string" ? JSON.parse(init.body) : undefined,
    });
    if (failing && url.pathname.endsWith(failing)) throw new TypeError("fetch failed");
  }
  return realFetch(input, init);
});

/** Before each test: SGE as seeded, nothing sent, no finance audit, no PJ contract remembered. */
export async function resetSgeOps() {
  await admin.reset();
  sent.length = 0;
  failing = null;
  const db = await getDb();
  await db.delete(sgeFinanceLog);
  await db.delete(sgePjContracts);
  await db.delete(sgePjAudit);
}

export const sgeCalls = async (path: string) => sent.filter((r) => r.path.includes(path) && r.method === "POST");
export const auditRows = async (xnumpro: string) =>
  (await getDb())
    .select()
    .from(sgeFinanceLog)
    .where(and(eq(sgeFinanceLog.alias, "demo"), eq(sgeFinanceLog.xnumpro, xnumpro)));
export const launchOf = async (viewer: Viewer, xnumpro: string, idLan: number) => {
  const contract = await loadContract(viewer, 3, xnumpro);
  if (!contract.ok) throw new Error(`contract ${xnumpro}: ${contract.reason}`);
  return contract.data.launches.find((l) => l.id === idLan)!;
};
