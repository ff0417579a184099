import { beforeEach, describe, expect, it } from "vitest";
import { login } from "@/server/auth/login";
import { loadSession } from "@/server/auth/sessions";
import { viewerFromSession } from "@/server/auth/viewer";
import { switchBranch } from "@/server/services/branches";
import { sandboxAdmin } from "../sandbox-admin";
import { resetWorld } from "./reset";

const admin = sandboxAdmin();

async function viewerOf(username: string, password: string) {
  const result = await login({ alias: "demo", username, password }, "10.20.30.40");
  if (!result.ok) throw new Error(result.failure);
  return viewerFromSession((await loadSession(result.sessionId))!);
}

describe("branch switch (service)", () => {
  beforeEach(async () => {
    await resetWorld();
  });

  it("moves ana to branch 02 after the ERP confirms her seller there, with the new tenant", async () => {
    const ana = await viewerOf("ana", "ana123");
    await admin.clearRequests();
    expect(await switchBranch(ana, "02")).toEqual({ ok: true });
    const row = (await loadSession(ana.sessionId))!;
    expect(row).toMatchObject({ branch: "02", sellerCode: "000001" });
    const [call] = (await admin.requests()).items;
    expect(call).toMatchObject({ path: "/rest/api/tgv/sellers/codeuser", tenant: "01,02" });
  });

  // Risk: a seller reaching another branch's data by sending a branch code they do not work in.
  it("refuses a branch outside the viewer's session without asking the ERP", async () => {
    const bruno = await viewerOf("bruno", "bruno123");
    await admin.clearRequests();
    expect(await switchBranch(bruno, "02")).toEqual({ ok: false, reason: "unknown_branch" });
    expect((await admin.requests()).items).toEqual([]);
    expect((await loadSession(bruno.sessionId))!.branch).toBe("01");
  });

  it("refuses when the ERP no longer allows the branch (PrepareIn changed since login)", async () => {
    const ana = await viewerOf("ana", "ana123");
    await admin.config({ prepareIn: ["02"] });
    await expect(switchBranch(ana, "02")).rejects.toMatchObject({ kind: "forbidden" });
    expect((await loadSession(ana.sessionId))!.branch).toBe("01");
  });
});
