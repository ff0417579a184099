import { describe, expect, it } from "vitest";
import { prospectTaxRequestSchema, taxRequestSchema, taxRequestSchemaFor } from "@/lib/schemas/taxes";
import { toTaxPayload } from "@/server/erp/protheus/sales-taxes";

// A prospect's quotation asks SalesTaxes for the prospect as the buyer (sandbox/docs/taxes.md:
// `prospect` + `prospectstore`, exactly one of customer and prospect).
describe("SalesTaxes request for a prospect's quotation", () => {
  const lines = {
    operationType: "01",
    freightType: "C",
    freightValue: 0,
    items: [{ product: "P00014", quantity: 2, price: 4148 }],
  };

  it("is checked with the prospect's schema when it names a prospect, else with the customer's", () => {
    expect(taxRequestSchemaFor({ ...lines, prospect: "000001", prospectStore: "01" })).toBe(prospectTaxRequestSchema);
    expect(taxRequestSchemaFor({ ...lines, customer: "000002", store: "01", prospect: "" })).toBe(taxRequestSchema);
    const halfNamed = prospectTaxRequestSchema.safeParse({ ...lines, prospect: "000001", prospectStore: " " });
    expect(halfNamed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["prospectStore", "required"]]);
  });

  it("sends the prospect and no customer", () => {
    const request = prospectTaxRequestSchema.parse({ ...lines, prospect: " 000001", prospectStore: "01 " });
    const payload = toTaxPayload(request);
    expect(payload).toMatchObject({ prospect: "000001", prospectstore: "01", operationtype: "01" });
    expect(payload).not.toHaveProperty("customer");
    expect(payload).not.toHaveProperty("store");
    expect(payload.items).toEqual([{ item: "01", product: "P00014", quantity: 2, price: 41.48, operationtype: "01" }]);
  });
});
