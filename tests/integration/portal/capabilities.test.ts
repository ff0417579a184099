import { beforeEach, describe, expect, it, vi } from "vitest";
import { OPTIONAL_ENDPOINT_KEYS } from "@/lib/erp/endpoints";
import { login } from "@/server/auth/login";
import { loadSession } from "@/server/auth/sessions";
import { erpForViewer, viewerFromSession, type Viewer } from "@/server/auth/viewer";
import { FeatureUnavailableError } from "@/server/erp/protheus/endpoints";
import { requestToken } from "@/server/erp/protheus/auth";
import {
  CAPABILITY_TTL_MS,
  clearCapabilityCache,
  missingAtLogin,
  probeEndpoints,
  unavailableFor,
} from "@/server/services/capabilities";
import { productStock } from "@/server/services/stock";
import { syncNow } from "@/server/sync/orchestrator";
import { sandboxAdmin } from "../sandbox-admin";
import { forgetScope, resetWorld } from "./reset";

// The login's capability probe against the sandbox: which optional endpoints answer, with the
// ERP's own "route missing" (faults answering 404 on a path prefix, an alias' map pointing at a path
// nobody serves) told from a slow one (a hang: unknown, taken as present).
const admin = sandboxAdmin();
const aliases = JSON.parse(process.env.ERP_ALIASES ?? "{}") as Record<string, Record<string, unknown>>;
vi.stubEnv(
  "ERP_ALIASES",
  JSON.stringify({ ...aliases, semestoque: { ...aliases.demo, endpoints: { stock: "api/tgv/nostock/{code}" } } }),
);

let ip = 0;
async function signIn(alias: string, username = "ana", password = `${username}123`): Promise<Viewer> {
  const result = await login({ alias, username, password }, `10.41.1.${++ip}`);
  if (!result.ok) throw new Error(result.failure);
  return viewerFromSession((await loadSession(result.sessionId))!);
}

/** A target like the login's: ana's token, the demo alias' tenant, no endpoint map. */
async function anaTarget() {
  const restUrl = `${admin.url}/rest`;
  const tokens = await requestToken(restUrl, "ana", "ana123");
  return {
    baseUrl: restUrl,
    tenant: { company: "01", branch: "01" },
    credentials: { kind: "bearer" as const, token: async () => tokens.accessToken },
  };
}

describe("capability probe (server/services/capabilities.ts)", () => {
  beforeEach(async () => {
    await resetWorld();
    clearCapabilityCache();
  });

  it("finds every optional endpoint of the sandbox present, each with its status and time", async () => {
    const target = await anaTarget();
    await admin.clearRequests();
    const report = await probeEndpoints(target);
    expect(Object.keys(report).sort()).toEqual([...OPTIONAL_ENDPOINT_KEYS].sort());
    for (const key of OPTIONAL_ENDPOINT_KEYS) expect(report[key], key).toMatchObject({ present: true });
    // SalesTaxes' empty simulation is refused as a bad request: present, and nothing was written.
    expect(report.salesTaxes.status).toBe(400);
    expect(report.quotations.status).toBe(200);
    // A write path answers as its queue.
    expect(report.customerWrites).toEqual({ ...report.customersQueue, ms: 0 });
    const probes = (await admin.requests()).items.filter((r) => r.method !== "GET");
    expect(probes.map((r) => `${r.method} ${r.path}`)).toEqual(["POST /rest/api/fat/v1/SalesTaxes"]);
  });

  it("reads a 404 of the route as missing, and the session hides its features without failing the login", async () => {
    await admin.faults([
      { pathPrefix: "/rest/api/tgv/products/", kind: "status", status: 404 },
      { pathPrefix: "/rest/api/tgv/quotationsqueue", kind: "status", status: 404 },
      { pathPrefix: "/rest/api/tgv/salesindicators/charts", kind: "status", status: 501 },
    ]);
    const ana = await signIn("demo");
    expect([...(ana.missingEndpoints ?? [])].sort()).toEqual(["indicatorCharts", "quotationsQueue", "stock"]);
    expect(unavailableFor(ana)).toEqual(["stock", "indicators", "quotations"]);
    // What still reaches a missing endpoint is refused before any request, with its feature.
    await admin.clearRequests();
    await expect(productStock(ana, "P00004")).rejects.toBeInstanceOf(FeatureUnavailableError);
    expect((await admin.requests()).items).toEqual([]);
    // The sync leaves the missing queue out and still finishes its initial load.
    await admin.faults([]);
    await forgetScope(ana);
    const status = await syncNow(ana);
    expect(status.ready).toBe(true);
    expect(status.entities.map((e) => e.entity)).not.toContain("quotationqueue");
    expect(status.entities.map((e) => e.entity)).toContain("quotations");
    expect((await admin.requests()).items.some((r) => r.path.includes("quotationsqueue"))).toBe(false);
  });

  it("reads an alias' map pointing at a path nobody serves as missing", async () => {
    const viewer = await signIn("semestoque");
    expect(viewer.missingEndpoints).toEqual(["stock"]);
    const asked = (await admin.requests()).items.filter((r) => r.path.startsWith("/rest/api/tgv/nostock/"));
    expect(asked.map((r) => r.status)).toEqual([404]);
    // The same ERP under the demo alias has it.
    expect((await signIn("demo")).missingEndpoints).toEqual([]);
  });

  it("takes a hanging endpoint as unknown (present): the login goes on and hides nothing", async () => {
    await admin.faults([{ pathPrefix: "/rest/api/fat/v1/SalesTaxes", kind: "hang" }]);
    const report = await probeEndpoints(await anaTarget(), { deadline: Date.now() + 1_500 });
    expect(report.salesTaxes).toMatchObject({ present: null, status: null });
    expect(report.stock.present).toBe(true);
    const ana = await signIn("demo");
    expect(ana.missingEndpoints).toEqual([]);
    expect(unavailableFor(ana)).toEqual([]);
  });

  it("probes an alias once while its report is fresh, and again after it expires", async () => {
    const target = await anaTarget();
    await admin.faults([{ pathPrefix: "/rest/api/tgv/prospectsqueue", kind: "status", status: 404 }]);
    const now = 1_000_000;
    expect(await missingAtLogin("demo", target, Date.now() + 10_000, now)).toEqual(["prospectsQueue"]);
    await admin.faults([]);
    await admin.clearRequests();
    // Within the TTL: the cached report, no request.
    expect(await missingAtLogin("demo", target, Date.now() + 10_000, now + CAPABILITY_TTL_MS - 1)).toEqual([
      "prospectsQueue",
    ]);
    expect((await admin.requests()).items).toEqual([]);
    // Past it: probed again, and the endpoint is back.
    expect(await missingAtLogin("demo", target, Date.now() + 10_000, now + CAPABILITY_TTL_MS)).toEqual([]);
    expect((await admin.requests()).items.some((r) => r.path === "/rest/api/tgv/prospectsqueue")).toBe(true);
  });

  it("keeps the session's target refusing only what its login found missing", async () => {
    await admin.faults([{ pathPrefix: "/rest/api/tgv/salesindicators/cards", kind: "status", status: 404 }]);
    const ana = await signIn("demo");
    const target = await erpForViewer(ana);
    expect(target.missing).toEqual(["indicatorCards"]);
    expect(target.endpoints).toEqual({});
  });
});
