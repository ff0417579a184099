import { beforeEach, describe, expect, it } from "vitest";
import { sandboxAdmin } from "../sandbox-admin";
import { basic, json, rest } from "./protheus-client";

// The sandbox's `customPaths` switch (sandbox/protheus/custom-paths.ts): a customer's own path for
// an endpoint the portal needs answers exactly as the standard one, and paths below it too.
const admin = sandboxAdmin();
const ana = { authorization: basic("ana", "ana123") };
const tenant = "01,01";

describe("custom paths (a customer's own namespace)", () => {
  beforeEach(() => admin.reset());

  it("answers a custom path, and what is below it, as the standard one; reset forgets them", async () => {
    await admin.config({
      customPaths: [
        { path: "api/acme/v1/estoque/{code}", serves: "api/tgv/products/{code}/stock" },
        { path: "/api/acme/v1/filapedidos/", serves: "api/tgv/salesordersqueue" },
      ],
    });
    const standard = await rest("/api/tgv/products/P00004/stock", { headers: ana, tenant });
    const custom = await rest("/api/acme/v1/estoque/P00004", { headers: ana, tenant });
    expect(custom.status).toBe(200);
    const items = (r: { items: unknown[] }) => r.items;
    expect(items(await json(custom))).toEqual(items(await json(standard)));
    // Below the collection (a diff) and with the query, as the standard path's.
    const diff = await rest("/api/acme/v1/filapedidos/diff/1900-01-01T00:00:00Z?pageSize=1", { headers: ana, tenant });
    expect(diff.status).toBe(200);
    expect((await json<{ items: unknown[] }>(diff)).items.length).toBeLessThanOrEqual(1);
    // Credentials are still the standard route's business.
    expect((await rest("/api/acme/v1/estoque/P00004", { tenant })).status).toBe(401);
    // An unknown product is the standard route's own 404; a path nobody published, the usual one.
    expect((await rest("/api/acme/v1/estoque/NOPE", { headers: ana, tenant })).status).toBe(404);
    expect((await rest("/api/acme/v1/outra/P00004", { headers: ana, tenant })).status).toBe(404);
    await admin.reset();
    expect((await rest("/api/acme/v1/estoque/P00004", { headers: ana, tenant })).status).toBe(404);
  });

  it("refuses a custom path whose target uses a placeholder it does not have, or that climbs out of /rest", async () => {
    await expect(
      admin.config({ customPaths: [{ path: "api/acme/estoque", serves: "api/tgv/products/{code}/stock" }] }),
    ).rejects.toThrow(/400/);
    await expect(admin.config({ customPaths: [{ path: "api/../admin", serves: "api/tgv/carriers" }] })).rejects.toThrow(
      /400/,
    );
  });
});
