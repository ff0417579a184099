import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { login } from "@/server/auth/login";
import { loadSession } from "@/server/auth/sessions";
import { erpForViewer, viewerFromSession, type Viewer } from "@/server/auth/viewer";
import { fetchQueueItem } from "@/server/erp/protheus/orders";
import { clearCapabilityCache } from "@/server/services/capabilities";
import { productStock } from "@/server/services/stock";
import { syncNow } from "@/server/sync/orchestrator";
import { sandboxAdmin } from "../sandbox-admin";
import { forgetScope, resetWorld } from "./reset";

// An alias whose ERP serves two of the portal's endpoints under the customer's own namespace
// (ERP_ALIASES `endpoints`): the sandbox publishes them there (`customPaths`, sandbox/docs/tgv-api.md)
// and the portal reads stock and follows the order queue through them, never the default paths.
const admin = sandboxAdmin();
const ACME = { stock: "api/acme/v1/estoque/{code}", salesOrdersQueue: "api/acme/v1/filapedidos" };
const aliases = JSON.parse(process.env.ERP_ALIASES ?? "{}") as Record<string, Record<string, unknown>>;
vi.stubEnv("ERP_ALIASES", JSON.stringify({ ...aliases, acme: { ...aliases.demo, endpoints: ACME } }));

const publish = () =>
  admin.config({
    customPaths: [
      { path: ACME.stock, serves: "api/tgv/products/{code}/stock" },
      { path: ACME.salesOrdersQueue, serves: "api/tgv/salesordersqueue" },
    ],
  });

async function signIn(alias: string): Promise<Viewer> {
  const result = await login({ alias, username: "ana", password: "ana123" }, "10.41.0.19");
  if (!result.ok) throw new Error(result.failure);
  return viewerFromSession((await loadSession(result.sessionId))!);
}

describe("an alias' endpoint map (ERP_ALIASES endpoints)", () => {
  let acme: Viewer;
  let demo: Viewer;

  beforeAll(async () => {
    await resetWorld();
    clearCapabilityCache();
    await publish();
    demo = await signIn("demo");
    acme = await signIn("acme");
    await forgetScope(acme);
    expect((await syncNow(acme)).ready).toBe(true);
  }, 120_000);

  beforeEach(async () => {
    await publish();
    await admin.clearRequests();
  });

  it("probes and reads stock at the alias' path, with the same figures as the default path", async () => {
    expect(acme.missingEndpoints).toEqual([]);
    const [mapped, standard] = [await productStock(acme, "P00004"), await productStock(demo, "P00004")];
    // The same SB2 rows either way (demo is not synced: its figure sums the warehouses instead).
    expect(mapped?.warehouses.length).toBeGreaterThan(0);
    expect(mapped?.warehouses).toEqual(standard?.warehouses);
    expect(mapped?.warehouse).toBe("01");
    const asked = (await admin.requests()).items.find((r) => r.path === "/rest/api/acme/v1/estoque/P00004");
    expect(asked?.status).toBe(200);
  });

  it("syncs and follows the order queue at the alias' path", async () => {
    await syncNow(acme);
    const synced = (await admin.requests()).items.filter((r) => r.path.startsWith("/rest/api/acme/v1/filapedidos"));
    expect(synced.map((r) => r.path)).toContainEqual(
      expect.stringMatching(/^\/rest\/api\/acme\/v1\/filapedidos\/(sync\/)?diff\//),
    );
    expect(synced.every((r) => r.status === 200)).toBe(true);
    await admin.clearRequests();
    expect(await fetchQueueItem(await erpForViewer(acme), "no-such-item")).toBeNull();
    expect((await admin.requests()).items.map((r) => r.path)).toContain("/rest/api/acme/v1/filapedidos");
  });

  it("answers 404 at a path the customer did not publish: the stock read says the ERP does not know it", async () => {
    await admin.config({ customPaths: [] });
    // The login's probe already found stock present for this session; the read itself fails as not found.
    expect(await productStock(acme, "P00004")).toBeNull();
    const log = (await admin.requests()).items;
    expect(log.find((r) => r.path === "/rest/api/acme/v1/estoque/P00004")?.status).toBe(404);
  });
});
