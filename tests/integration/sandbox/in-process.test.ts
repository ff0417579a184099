import type { IncomingMessage } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandbox, type Sandbox } from "@/sandbox/app";

/**
 * The sandbox built in-process (`createSandbox` + `app.request`), with its own in-memory database:
 * covers what the spawned process cannot show from loopback, and the DBAccess row stamp.
 */
describe("createSandbox in-process", () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await createSandbox({ settings: { dataDir: "memory", adminKey: "k" } });
  });
  afterAll(() => sandbox?.close());

  it("serves the same routes through app.request", async () => {
    const res = await sandbox.app.request("/rest/api/oauth2/v1/token?grant_type=password", {
      method: "POST",
      headers: { username: "diego", password: "diego123" },
    });
    expect(res.status).toBe(201);
  });

  // Risk: the admin API (switches Security=0, reset) reachable from the network when SANDBOX_HOST=0.0.0.0.
  it("refuses admin calls from a non-loopback address even with the right key", async () => {
    const remote = (address: string) => ({
      incoming: { socket: { remoteAddress: address } } as unknown as IncomingMessage,
    });
    const headers = { "x-sandbox-admin-key": "k" };
    expect((await sandbox.app.request("/__admin/config", { headers }, remote("10.1.2.3"))).status).toBe(403);
    expect((await sandbox.app.request("/__admin/config", { headers }, remote("127.0.0.1"))).status).toBe(200);
    expect((await sandbox.app.request("/__admin/config", { headers }, remote("::1"))).status).toBe(200);
  });

  it("moves S_T_A_M_P_ on every update and keeps deleted rows (D_E_L_E_T_ = '*')", async () => {
    const before = await sandbox.db.query<{ stamp: Date }>(
      "SELECT S_T_A_M_P_ AS stamp FROM SA3010 WHERE A3_COD = '000003'",
    );
    await sandbox.db.query("UPDATE SA3010 SET D_E_L_E_T_ = '*' WHERE A3_COD = '000003'");
    const after = await sandbox.db.query<{ stamp: Date; deleted: string; recno: number }>(
      "SELECT S_T_A_M_P_ AS stamp, D_E_L_E_T_ AS deleted, R_E_C_N_O_ AS recno FROM SA3010 WHERE A3_COD = '000003'",
    );
    expect(after.rows[0]!.deleted).toBe("*");
    expect(after.rows[0]!.recno).toBeGreaterThan(0);
    expect(after.rows[0]!.stamp.getTime()).toBeGreaterThan(before.rows[0]!.stamp.getTime());
  });

  it("reset re-seeds the database", async () => {
    await sandbox.reset();
    const { rows } = await sandbox.db.query("SELECT 1 FROM SA3010 WHERE A3_COD = '000003' AND D_E_L_E_T_ = ' '");
    expect(rows).toHaveLength(1);
  });
});
