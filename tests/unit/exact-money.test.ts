import { describe, expect, it } from "vitest";
import { divideHalfUp, exactDecimal, multiplyScaled, ratioScaled, scaledToText, toScaled } from "@/lib/decimal";
import { centsToDecimal, decimalToCents, percentOf, toCents } from "@/lib/money";
import { discountOf, lineTotal, orderTotals, priceAfterDiscount } from "@/lib/order-lines";
import * as sandbox from "@/sandbox/orders/money";

/** The reference: C6_QTDVEN (in hundredths) × C6_PRCVEN (centavos) ÷ 100, half-up, in integers only. */
const reference = (hundredths: number, price: number) => {
  const product = hundredths * price; // < 2^53 here: exact
  return Math.floor(product / 100) + (product % 100 >= 50 ? 1 : 0);
};

describe("one exact arithmetic for the portal and the ERP sandbox", () => {
  it("2.01 × R$ 2,50 = R$ 5,03 in the portal's line total and in the sandbox's (issue 15)", () => {
    expect(2.01 * 250).toBeLessThan(502.5); // why: binary float makes the product 502.49999…
    expect(lineTotal(2.01, 250)).toBe(503);
    expect(sandbox.lineTotal(2.01, 250)).toBe(503);
  });

  it("rounds half-up as Protheus' A410Arred: 1.005 → 101 centavos", () => {
    expect(toCents(1.005)).toBe(101);
    expect(toCents("1.005")).toBe(101);
    expect(sandbox.toCents(1.005)).toBe(101);
    expect(sandbox.toCents("1.005")).toBe(101);
    expect(decimalToCents("1.0049")).toBe(100);
    expect(decimalToCents("-1.005")).toBe(-101);
    expect(divideHalfUp(-5n, 2n)).toBe(-3n);
    expect(divideHalfUp(5n, 2n)).toBe(3n);
    expect(divideHalfUp(-4n, 3n)).toBe(-1n);
  });

  it("portal and sandbox agree with the integer reference for every quantity 0.01–100.00 × several prices (0 mismatches)", () => {
    const prices = [1, 7, 99, 250, 333, 1001, 1987, 2092, 12_345, 99_999];
    const mismatches: string[] = [];
    let floatMismatches = 0; // the float product the portal used to take (Math.round(quantity × price))
    for (let hundredths = 1; hundredths <= 10_000; hundredths++) {
      const quantity = hundredths / 100; // the number the form holds for what the rep typed
      for (const price of prices) {
        const expected = reference(hundredths, price);
        const portal = lineTotal(quantity, price);
        const erp = sandbox.lineTotal(quantity, price);
        if (Math.round(quantity * price) !== expected) floatMismatches++;
        if (portal !== expected || erp !== expected)
          mismatches.push(`${quantity} × ${price}: ${portal} / ${erp} / ${expected}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(floatMismatches).toBeGreaterThan(0);
  });

  it("line totals of blank or invalid lines are zero; the order's quantity is summed exactly", () => {
    expect(lineTotal(Number.NaN, 100)).toBe(0);
    expect(lineTotal(Number.POSITIVE_INFINITY, 100)).toBe(0);
    expect(lineTotal("1.5", 1001)).toBe(1502);
    const lines = Array.from({ length: 10 }, () => ({ quantity: 0.1, price: 1 }));
    expect(orderTotals(lines, 0).quantity).toBe(1); // 0.1 + … + 0.1 in float is 0.9999999999999999
  });

  it("discount and price after discount are one pair of functions, exact", () => {
    expect(discountOf).toBe(sandbox.discountPercent);
    expect(discountOf(20_000, 19_999)).toBe(0.01); // 0.005 % → half-up, where (1/20000)×10000 is not exact in float
    expect(discountOf(2092, 1987)).toBe(5.02);
    expect(priceAfterDiscount(2092, 5)).toBe(1987);
    expect(priceAfterDiscount(1000, 33.35)).toBe(667); // 666.5 → 667
    expect(priceAfterDiscount(2092, 5.02)).toBe(1987);
  });

  it("percentages of centavos, one decimal half-up", () => {
    expect(percentOf(1, 8)).toBe(12.5);
    expect(percentOf(1, 16)).toBe(6.3); // 6.25 → 6.3
    expect(percentOf(5, 0)).toBe(0);
  });

  it("reads and writes plain decimals exactly", () => {
    expect(exactDecimal("1234.50")).toEqual({ units: 123450n, scale: 2 });
    expect(exactDecimal(1e-7)).toEqual({ units: 1n, scale: 7 });
    expect(exactDecimal(1e21)).toEqual({ units: 10n ** 21n, scale: 0 });
    expect(exactDecimal("1,5")).toBeNull();
    expect(exactDecimal(Number.NaN)).toBeNull();
    expect(toScaled("2.675", 2)).toBe(268); // 2.675 is 2.67499… as a double, 268 as the decimal written
    expect(multiplyScaled("0.1", "0.2", 3)).toBe(20);
    expect(ratioScaled(1, 3, 4)).toBe(3333);
    expect(ratioScaled(2, 3, 4)).toBe(6667);
    expect(scaledToText(-5, 2)).toBe("-0.05");
    expect(centsToDecimal(123_450)).toBe("1234.50");
    expect(sandbox.centsToNumber(123_450)).toBe(1234.5);
    expect(() => sandbox.toCents("1,5")).toThrow("Not a money value");
    expect(toCents("1.234,56")).toBe(123_456);
    expect(toCents("abc")).toBe(0);
  });
});
