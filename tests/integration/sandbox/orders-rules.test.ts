import { describe, expect, it } from "vitest";
import { analyseCredit, DEFAULT_RISK_THRESHOLDS, type CreditInput } from "@/sandbox/orders/credit-rules";
import { instalmentDays, nextBusinessDay, splitInstalments } from "@/sandbox/orders/dates";
import { chartBuckets } from "@/sandbox/orders/indicator-period";
import { itemCodes, MAX_ORDER_ITEMS, nextItemCode } from "@/sandbox/orders/item-sequence";
import { discountPercent, lineTotal, toCents } from "@/sandbox/orders/money";
import { orderStatus } from "@/sandbox/orders/order-status";

// Pure rules of the order job, tested without the sandbox process (they live in the integration
// project because they are part of the sandbox, which the unit project does not cover).

describe("C6_ITEM sequence (Soma1)", () => {
  it("counts 01..99 in decimal, then continues alphanumerically as MATA410 does", () => {
    const codes = itemCodes(MAX_ORDER_ITEMS);
    expect(codes.slice(0, 3)).toEqual(["01", "02", "03"]);
    expect(codes[8]).toBe("09");
    expect(codes[9]).toBe("10");
    expect(codes.slice(97, 101)).toEqual(["98", "99", "9A", "9B"]);
    expect(codes.slice(122, 126)).toEqual(["9X", "9Y", "9Z", "A0"]);
    expect(nextItemCode("A9")).toBe("AA");
    expect(codes.at(-1)).toBe("ZZ");
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("refuses to go past ZZ or take bad input", () => {
    expect(() => nextItemCode("ZZ")).toThrow(/overflow/);
    expect(() => itemCodes(MAX_ORDER_ITEMS + 1)).toThrow();
    expect(() => nextItemCode("1")).toThrow();
  });
});

describe("credit analysis (MaAvalCred rules)", () => {
  const base: CreditInput = {
    risk: "B",
    limit: 100_000,
    openOrders: 0,
    openTitles: 0,
    limitExpiry: "",
    businessDate: "20261122",
    maxOverdueDays: 0,
    orderTotal: 10_000,
    thresholds: DEFAULT_RISK_THRESHOLDS,
  };

  it("never blocks risk A, not even with overdue titles, an expired limit or no limit left", () => {
    expect(analyseCredit({ ...base, risk: "A", maxOverdueDays: 400, limitExpiry: "20200101", limit: 0 }).code).toBe("");
  });

  it("always blocks risk E", () => expect(analyseCredit({ ...base, risk: "E" }).code).toBe("06"));

  it.each([
    ["B", 10, "06"],
    ["B", 9, ""],
    ["C", 20, "06"],
    ["C", 19, ""],
    ["D", 30, "06"],
    ["D", 29, ""],
  ])("risk %s with a title %i days overdue → '%s'", (risk, days, code) => {
    expect(analyseCredit({ ...base, risk, maxOverdueDays: days }).code).toBe(code);
  });

  it("blocks an expired limit (04) and an order above A1_LC − A1_SALPEDL − A1_SALDUP (01)", () => {
    expect(analyseCredit({ ...base, limitExpiry: "20261121" }).code).toBe("04");
    expect(analyseCredit({ ...base, limitExpiry: "20261122" }).code).toBe("");
    expect(analyseCredit({ ...base, openOrders: 50_000, openTitles: 40_000, orderTotal: 10_001 }).code).toBe("01");
    expect(analyseCredit({ ...base, openOrders: 50_000, openTitles: 40_000, orderTotal: 10_000 }).code).toBe("");
  });
});

describe("order status (MATA410 legend)", () => {
  it("derives the status from C5_NOTA, C5_BLQ and the SC9 codes", () => {
    expect(orderStatus({ invoice: "", ruleBlock: "", releases: [] }).status).toBe("open");
    expect(orderStatus({ invoice: "", ruleBlock: "", releases: [{ blcred: "", blest: "" }] }).status).toBe("released");
    expect(orderStatus({ invoice: "", ruleBlock: "", releases: [{ blcred: "", blest: "02" }] }).status).toBe(
      "stock_blocked",
    );
    expect(orderStatus({ invoice: "", ruleBlock: "", releases: [{ blcred: "01", blest: "02" }] })).toMatchObject({
      status: "credit_blocked",
      blockcode: "01",
    });
    expect(orderStatus({ invoice: "", ruleBlock: "1", releases: [] }).status).toBe("rule_blocked");
    expect(orderStatus({ invoice: "000000123", ruleBlock: "", releases: [{ blcred: "10", blest: "10" }] }).status).toBe(
      "invoiced",
    );
  });
});

describe("money, instalments, periods", () => {
  it("keeps centavos exact", () => {
    expect(toCents("1234.5")).toBe(123_450);
    expect(lineTotal(3, 333)).toBe(999);
    expect(lineTotal(1.5, 1001)).toBe(1502);
    expect(discountPercent(10_000, 9_000)).toBe(10);
  });

  it("splits receivables per E4_COND with the remainder on the first instalment", () => {
    expect(instalmentDays("30,60,90")).toEqual([30, 60, 90]);
    expect(instalmentDays("0")).toEqual([0]);
    expect(splitInstalments(10_000, 3)).toEqual([3_334, 3_333, 3_333]);
    expect(nextBusinessDay("20261128")).toBe("20261130"); // Saturday → Monday
  });

  it("limits chart comparisons to 12 months / 10 years", () => {
    expect(chartBuckets({ start: "20260101", end: "20261231" }, "monthly")).toHaveLength(12);
    expect(() => chartBuckets({ start: "20251201", end: "20261231" }, "monthly")).toThrow(/12 meses/);
    expect(chartBuckets({ start: "20170101", end: "20261231" }, "yearly")).toHaveLength(10);
    expect(() => chartBuckets({ start: "20160101", end: "20261231" }, "yearly")).toThrow(/10 anos/);
  });
});
