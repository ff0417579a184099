import { describe, expect, it } from "vitest";
import { taxRequestSchema } from "@/lib/schemas/taxes";
import { toTaxPayload, toTaxWorksheet } from "@/server/erp/protheus/sales-taxes";

describe("SalesTaxes wire (server/erp/protheus/sales-taxes.ts)", () => {
  const line = {
    item: "01",
    product: "P00001  ",
    tes: "501",
    cfop: "6102",
    goodsvalue: 59.85,
    discountvalue: 3.15,
    freightvalue: 5,
    icmsbase: 64.85,
    icmsrate: 12,
    icmsvalue: 7.78,
    ipibase: 64.85,
    ipirate: 5,
    ipivalue: 3.24,
    stbase: 97.37,
    mva: 43.5,
    stvalue: 9.75,
    difalbase: 0,
    difalvalue: 0,
    pisvalue: 0.99,
    cofinsvalue: 4.55,
    total: 77.84,
  };

  it("reads the answer in exact centavos, per item and the ERP's own totals (never re-added)", () => {
    const { item: _i, product: _p, tes: _t, cfop: _c, icmsrate: _r, ipirate: _q, mva: _m, ...sums } = line;
    const worksheet = toTaxWorksheet(
      {
        items: [line],
        totals: { ...sums, total: 77.85 },
        branchuf: "SP",
        customeruf: "MG",
        interstate: "true",
      },
      "2026-12-02T13:00:00.000Z",
    );
    expect(worksheet.lines[0]).toMatchObject({
      item: "01",
      product: "P00001",
      cfop: "6102",
      goods: 5985,
      discount: 315,
      freight: 500,
      icms: 778,
      icmsRate: 12,
      ipi: 324,
      st: 975,
      mva: 43.5,
      total: 7784,
    });
    // The totals are what the ERP said, even where they differ from the sum of the lines.
    expect(worksheet.totals.total).toBe(7785);
    expect(worksheet).toMatchObject({ branchUf: "SP", customerUf: "MG", interstate: true });
  });

  it("sends the form's complete lines in reais, numbered as the ERP numbers them, with each line's operation", () => {
    const request = taxRequestSchema.parse({
      customer: "000002",
      store: "01",
      operationType: "01",
      freightType: "C",
      freightValue: 1250,
      items: [
        { product: "P00001", quantity: 3, price: 1995, listPrice: 2100 },
        { product: "P00002", quantity: 2, price: 1000, operationType: "02" },
      ],
    });
    expect(toTaxPayload(request)).toEqual({
      customer: "000002",
      store: "01",
      freighttype: "C",
      freightvalue: 12.5,
      operationtype: "01",
      items: [
        { item: "01", product: "P00001", quantity: 3, price: 19.95, listprice: 21, operationtype: "01" },
        { item: "02", product: "P00002", quantity: 2, price: 10, operationtype: "02" },
      ],
    });
  });

  it("refuses a form the order schema refuses (the same field codes)", () => {
    const parsed = taxRequestSchema.safeParse({
      customer: "",
      store: "01",
      operationType: "01",
      freightType: "C",
      freightValue: 0,
      items: [{ product: "P00001", quantity: 0, price: 10 }],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["customer", "required"],
      ["items.0.quantity", "positive"],
    ]);
  });
});
