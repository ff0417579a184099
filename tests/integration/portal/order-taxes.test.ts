import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { TaxRequest } from "@/lib/schemas/taxes";
import { ErpError } from "@/server/erp/errors";
import { queueStatus } from "@/server/services/order-queue";
import { submitOrder } from "@/server/services/order-submit";
import { searchProducts } from "@/server/services/product-search";
import { formTaxes, orderTaxes } from "@/server/services/taxes";
import { sampleOrder } from "./sample-order";
import { admin, ordersWithKey, twoSellers } from "./order-world";

// The tax worksheet through the portal: the ERP's SalesTaxes, for the viewer's customers and orders
// only, with the form's own checks, and said plainly when the ERP refuses or is down.
describe("tax worksheet (services against the sandbox's SalesTaxes)", () => {
  const sellers = twoSellers();

  const requestOf = async (overrides: Partial<TaxRequest> = {}): Promise<TaxRequest> => {
    const form = await sampleOrder(sellers.ana);
    return {
      customer: form.customer,
      store: form.store,
      operationType: form.operationType,
      freightType: "C",
      freightValue: 1250,
      items: form.items,
      ...overrides,
    };
  };

  it("answers the ERP's figures per item and in total, in centavos, with the freight spread over the items", async () => {
    const request = await requestOf();
    const result = await formTaxes(sellers.ana, request);
    if (!result.ok) throw new Error(result.reason);
    const { lines, totals } = result.worksheet;
    expect(lines.map((l) => l.product)).toEqual(request.items.map((i) => i.product));
    expect(lines.map((l) => l.item)).toEqual(["01", "02"]);
    expect(totals.goods).toBe(request.items.reduce((n, i) => n + Math.round(i.quantity * i.price), 0));
    expect(totals.freight).toBe(1250);
    expect(lines.reduce((n, l) => n + l.freight, 0)).toBe(1250);
    // What the customer pays, as the ERP adds it: goods + freight + IPI + ST, DIFAL/PIS/COFINS outside.
    expect(totals.total).toBe(totals.goods + totals.freight + totals.ipi + totals.st);
    expect(result.worksheet.calculatedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it("a saved order's worksheet is the simulation of the same items", async () => {
    const form = await sampleOrder(sellers.ana);
    const sent = await submitOrder(sellers.ana, { draftId: randomUUID(), kind: "new", customerName: "x", form });
    if (!sent.ok) throw new Error(sent.reason);
    await admin.runJobs();
    expect((await queueStatus(sellers.ana, sent.queueId!))?.item.status).toBe("done");
    const [created] = await ordersWithKey(form.key);
    const saved = await orderTaxes(sellers.ana, created!.number);
    // The form carries each line's list price (the order keeps it as C6_PRUNIT): the discount follows from it.
    const list = await searchProducts(sellers.ana, { q: "", priceList: "002", codes: ["P00001", "P00002"] });
    const simulated = await formTaxes(sellers.ana, {
      customer: form.customer,
      store: form.store,
      operationType: form.operationType,
      freightType: form.freightType,
      freightValue: form.freightValue,
      items: form.items.map((i) => ({ ...i, listPrice: list.find((p) => p.code === i.product)!.listPrice })),
    });
    if (!simulated.ok) throw new Error(simulated.reason);
    expect(saved?.totals).toEqual(simulated.worksheet.totals);
    // Another seller's order number is not theirs: nothing is asked of the ERP.
    await admin.clearRequests();
    expect(await orderTaxes(sellers.bruno, created!.number)).toBeNull();
    expect((await admin.requests()).items.filter((r) => r.path.includes("SalesTaxes"))).toEqual([]);
  });

  it("another seller's customer, or a form the order schema refuses, never reaches the ERP", async () => {
    await admin.clearRequests();
    expect(await formTaxes(sellers.bruno, await requestOf())).toEqual({ ok: false, reason: "not_found" });
    const invalid = await formTaxes(sellers.ana, await requestOf({ items: [] }));
    expect(invalid).toMatchObject({ ok: false, reason: "invalid", fieldErrors: { items: "no_items" } });
    expect((await admin.requests()).items.filter((r) => r.path.includes("SalesTaxes"))).toEqual([]);
  });

  it("a refusal comes back in the ERP's words; the ERP down is an ErpError for the page to word", async () => {
    const request = await requestOf();
    const refused = await formTaxes(sellers.ana, { ...request, items: [{ ...request.items[0]!, product: "P99999" }] });
    expect(refused).toMatchObject({ ok: false, reason: "refused" });
    expect(refused.ok === false && refused.reason === "refused" ? refused.message : "").toContain("P99999");

    await admin.faults([{ pathPrefix: "/rest/api/fat/v1/SalesTaxes", kind: "status", status: 503 }]);
    await expect(formTaxes(sellers.ana, request)).rejects.toBeInstanceOf(ErpError);
  });
});
