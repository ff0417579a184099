import { describe, expect, it } from "vitest";
import { applyRate, prorate } from "@/sandbox/orders/money";
import { fiscalProfile } from "@/sandbox/seed/tax-showcase";
import {
  adjustedMargin,
  cfopOf,
  computeTaxes,
  icmsRateOf,
  type TaxParameters,
  type TaxRequest,
  type TaxTes,
} from "@/sandbox/taxes/engine";
import { parseStateRates, parseUfList } from "@/sandbox/taxes/load";
import { parseTaxPayload } from "@/sandbox/taxes/payload";

// The pure SalesTaxes engine (sandbox/docs/taxes.md): rate choice, adjusted MVA, proration and the
// TES flags the HTTP tests cannot all reach with the seeded TES. Rates are basis points (18% = 1800).

const parameters = (branchUf: string): TaxParameters => ({
  branchUf,
  internalRates: parseStateRates("SP18MG18BA20.5CE20ES17PA19XX4"),
  defaultRate: 1700,
  northUfs: parseUfList("AC/AL/AM/AP/BA/CE/DF/ES/GO/MA/MS/MT/PA/PB/PE/PI/RN/RO/RR/SE/TO"),
});

const sale: TaxTes = {
  code: "501",
  cfop: "5102",
  icms: true,
  ipi: true,
  st: true,
  ipiInIcmsBase: false,
  pisCofins: "3",
};
const national = { code: "P1", ipiRate: 1000, origin: "0", taxGroup: "001" };

function request(patch: Partial<TaxRequest> & { tes?: Partial<TaxTes> }): TaxRequest {
  const { tes, ...rest } = patch;
  return {
    parameters: parameters("SP"),
    customer: { uf: "SP", type: "R", contributor: true },
    lines: [{ item: "01", product: national, tes: { ...sale, ...tes }, quantity: 1, price: 10_000 }],
    freight: 0,
    margins: [],
    ...rest,
  };
}

describe("MV_ESTICM / MV_NORTE", () => {
  it("reads UF + rate pairs with decimals, and UF lists with any separator", () => {
    expect([...parseStateRates("AC19AL20.5RJ22")]).toEqual([
      ["AC", 1900],
      ["AL", 2050],
      ["RJ", 2200],
    ]);
    expect([...parseUfList("ba/ce, ES")]).toEqual(["BA", "CE", "ES"]);
  });
});

describe("ICMS rate of the operation", () => {
  it.each([
    ["SP", "SP", "0", 1800, "internal: the branch UF's rate"],
    ["SP", "MG", "0", 1200, "Southeast → Southeast"],
    ["SP", "BA", "0", 700, "Southeast → Northeast"],
    ["SP", "ES", "0", 700, "ES is in MV_NORTE"],
    ["CE", "SP", "0", 1200, "from the Northeast: always 12%"],
    ["CE", "BA", "0", 1200, "Northeast → Northeast"],
    ["SP", "BA", "1", 400, "imported (origin 1) between states"],
    ["SP", "MG", "8", 400, "imported (origin 8) between states"],
    ["SP", "SP", "1", 1800, "imported, internal sale"],
    ["SP", "MG", "5", 1200, "origin 5 is national"],
    ["SP", "RR", "0", 700, "a UF missing from MV_ESTICM is still north by MV_NORTE"],
  ])("%s → %s origin %s: %i (%s)", (from, to, origin, rate) => {
    expect(icmsRateOf(parameters(from), to, origin)).toBe(rate);
  });
});

describe("adjusted MVA", () => {
  it("is [(1 + MVA) × (1 − inter) / (1 − intra)] − 1, two decimals", () => {
    // 1.40 × 0.88 / 0.82 = 1.502439… → 50.24%
    expect(adjustedMargin(4000, 1200, 1800)).toBe(5024);
    // 1.70 × 0.96 / 0.795 = 2.052830… → 105.28%
    expect(adjustedMargin(7000, 400, 2050)).toBe(10528);
  });

  it("keeps the original margin when the interstate rate is not below the internal one", () => {
    expect(adjustedMargin(4000, 1200, 1200)).toBe(4000);
    expect(adjustedMargin(4000, 1200, 400)).toBe(4000);
  });
});

describe("money helpers", () => {
  it("rounds a rate half-up to the centavo", () => {
    expect(applyRate(6509, 1800)).toBe(1172); // 11.7162
    expect(applyRate(250, 1800)).toBe(45); // 0.45 exactly
    expect(applyRate(25, 1000)).toBe(3); // 0.025 → 0.03 (half-up)
  });

  it("prorates by weight with the remainder on the last part", () => {
    expect(prorate(1000, [1000, 1000, 1000])).toEqual([333, 333, 334]);
    expect(prorate(1250, [5985, 8296])).toEqual([524, 726]);
    expect(prorate(100, [0, 0])).toEqual([50, 50]);
    expect(prorate(0, [500, 700])).toEqual([0, 0]);
    expect(prorate(100, [])).toEqual([]);
  });
});

describe("computeTaxes", () => {
  it("puts the IPI in the ICMS base between contributors when F4_INCIDE = 'S'", () => {
    const [plain] = computeTaxes(request({})).items;
    const [incide] = computeTaxes(request({ tes: { ipiInIcmsBase: true } })).items;
    expect(plain).toMatchObject({ ipi: 1000, icmsBase: 10_000, icms: 1800 });
    expect(incide).toMatchObject({ ipi: 1000, icmsBase: 11_000, icms: 1980 });
  });

  it("puts the IPI in the ICMS base for a contributor buying as a final consumer, without DIFAL", () => {
    const result = computeTaxes(request({ customer: { uf: "MG", type: "F", contributor: true } }));
    expect(result.items[0]).toMatchObject({ icmsBase: 11_000, icmsRate: 1200, difal: 0, difalBase: 0 });
  });

  it("never answers a negative ST", () => {
    // Destination XX taxes 4% inside: base ST × 4% is below the 12% already paid.
    const result = computeTaxes(
      request({
        customer: { uf: "XX", type: "R", contributor: true },
        margins: [{ taxGroup: "001", uf: "XX", customerType: "R", margin: 3000 }],
      }),
    );
    expect(result.items[0]!.stBase).toBeGreaterThan(0);
    expect(result.items[0]!.st).toBe(0);
  });

  it("uses a '*' exception when none names the customer's type, and none for a blank tax group", () => {
    const margins = [{ taxGroup: "001", uf: "SP", customerType: "*", margin: 5000 }];
    expect(computeTaxes(request({ margins })).items[0]!.mva).toBe(5000);
    const noGroup = request({ margins });
    noGroup.lines = [{ ...noGroup.lines[0]!, product: { ...national, taxGroup: "" } }];
    expect(computeTaxes(noGroup).items[0]).toMatchObject({ mva: 0, stBase: 0, st: 0 });
  });

  it("calculates PIS and COFINS as F4_PISCOF says", () => {
    const of = (pisCofins: string) => {
      const [item] = computeTaxes(request({ tes: { pisCofins } })).items;
      return [item!.pis, item!.cofins];
    };
    expect(of("1")).toEqual([165, 0]);
    expect(of("2")).toEqual([0, 760]);
    expect(of("3")).toEqual([165, 760]);
    expect(of("4")).toEqual([0, 0]);
  });

  it("keeps the total free of ICMS, DIFAL, PIS and COFINS", () => {
    const result = computeTaxes(
      request({
        customer: { uf: "BA", type: "F", contributor: false },
        lines: [{ item: "01", product: national, tes: sale, quantity: "2.5", price: 1999, listPrice: 2100 }],
        freight: 333,
      }),
    );
    const item = result.items[0]!;
    // goods 2.5 × 19.99 = 49.975 → 49.98; discount 2.5 × 1.01 = 2.525 → 2.53.
    expect(item).toMatchObject({ goods: 4998, discount: 253, freight: 333 });
    expect(item.total).toBe(item.goods + item.freight + item.ipi + item.st);
    expect(result.totals.total).toBe(item.total);
  });
});

describe("CFOP", () => {
  it("turns 5 into 6 between states only", () => {
    expect(cfopOf("5102", true)).toBe("6102");
    expect(cfopOf("5102", false)).toBe("5102");
    expect(cfopOf("6108", true)).toBe("6108");
  });
});

describe("request body", () => {
  it("trims character fields padded to their dictionary size", () => {
    const parsed = parseTaxPayload({
      customer: "000002  ",
      store: "01",
      operationtype: "01 ",
      items: [{ product: "P00001         ", quantity: 1, price: 1 }],
    });
    expect(
      parsed.ok && [parsed.payload.customer, parsed.payload.operationtype, parsed.payload.items[0]!.product],
    ).toEqual(["000002", "01", "P00001"]);
  });
});

describe("seeded SA1 fiscal profile", () => {
  it("makes a customer without a state registration a non-contributor final consumer", () => {
    expect(fiscalProfile({ type: "R", registration: "ISENTO", company: true }, undefined)).toEqual({
      A1_TIPO: "F",
      A1_INSCR: "ISENTO",
      A1_CONTRIB: "2",
    });
    expect(fiscalProfile({ type: "R", registration: "123456789", company: true }, undefined).A1_CONTRIB).toBe("1");
  });

  it("applies a pin whatever was drawn", () => {
    const reseller = { code: "x", ibge: "3518800", type: "R" as const, contributor: true, case: "" };
    const consumer = { ...reseller, type: "F" as const, contributor: false };
    expect(fiscalProfile({ type: "F", registration: "ISENTO", company: true }, reseller)).toMatchObject({
      A1_TIPO: "R",
      A1_CONTRIB: "1",
    });
    expect(fiscalProfile({ type: "R", registration: "123456789", company: true }, consumer)).toEqual({
      A1_TIPO: "F",
      A1_INSCR: "ISENTO",
      A1_CONTRIB: "2",
    });
  });
});
