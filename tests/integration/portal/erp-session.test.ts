import { beforeEach, describe, expect, it } from "vitest";
import { login } from "@/server/auth/login";
import { erpTargetForSession, loadSession, revokeSession } from "@/server/auth/sessions";
import { getPgvVersion } from "@/server/erp/protheus/auth";
import { getUserSellers } from "@/server/erp/protheus/sellers";
import { ErpError } from "@/server/erp/errors";
import { sandboxAdmin } from "../sandbox-admin";
import { resetWorld } from "./reset";

const admin = sandboxAdmin();

async function anaSession() {
  const result = await login({ alias: "demo", username: "ana", password: "ana123" }, "10.9.8.7");
  if (!result.ok) throw new Error(result.failure);
  return (await loadSession(result.sessionId))!;
}

describe("ERP session: token refresh, tenant, invalidate", () => {
  beforeEach(async () => {
    await resetWorld();
  });

  it("sends the session's tenant and x-erp-module on every call", async () => {
    const row = await anaSession();
    await admin.clearRequests();
    await getUserSellers(erpTargetForSession(row));
    const [call] = (await admin.requests()).items;
    expect(call).toMatchObject({ path: "/rest/api/tgv/sellers/codeuser", tenant: "01,01", user: "ana", status: 200 });
  });

  it("10 parallel calls on an expired token cause exactly 1 refresh at the ERP", async () => {
    const row = await anaSession();
    await admin.expireTokens();
    await admin.clearRequests();
    const target = erpTargetForSession(row);
    const results = await Promise.all(Array.from({ length: 10 }, () => getPgvVersion(target)));
    expect(results.every((r) => r.packageVersion)).toBe(true);
    const refreshes = (await admin.requests()).items.filter(
      (r) => r.path === "/rest/api/oauth2/v1/token" && r.query.grant_type === "refresh_token",
    );
    expect(refreshes).toHaveLength(1);
    // The refreshed pair is stored (sealed) for the next request and other instances.
    const after = (await loadSession(row.id))!;
    expect(after.tokens).not.toBe(row.tokens);
  });

  it("refreshes ahead of expiry without waiting for a 401", async () => {
    await admin.config({ accessTokenTtl: 30 });
    const row = await anaSession();
    await admin.clearRequests();
    await getPgvVersion(erpTargetForSession(row));
    const paths = (await admin.requests()).items.map((r) => `${r.path}?${r.query.grant_type ?? ""}`);
    expect(paths).toEqual(["/rest/api/oauth2/v1/token?refresh_token", "/rest/api/tgv/version?"]);
  });

  it("ends the session cleanly when the refresh token is refused", async () => {
    const row = await anaSession();
    await admin.expireTokens("all");
    const error = await getPgvVersion(erpTargetForSession(row)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ErpError);
    expect((error as ErpError).kind).toBe("session_expired");
    expect(await loadSession(row.id)).toBeNull();
  });

  it("logout revokes the row and invalidates the ERP token", async () => {
    const row = await anaSession();
    await admin.clearRequests();
    await revokeSession(row.id);
    expect(await loadSession(row.id)).toBeNull();
    const invalidate = (await admin.requests()).items.find((r) => r.path === "/rest/api/framework/v1/invalidateToken");
    expect(invalidate).toMatchObject({ status: 200, user: "ana" });
    // The old token no longer works at the ERP, and there is nothing left to refresh with.
    const error = await getPgvVersion(erpTargetForSession(row)).catch((e: unknown) => e);
    expect((error as ErpError).kind).toBe("session_expired");
  });
});
