import { describe, expect, it } from "vitest";
import { addDays, isoOfProtheus, messageDate, nextBusinessDay } from "@/sandbox/orders/dates";
import { chartBuckets, parseIndicatorDate } from "@/sandbox/orders/indicator-period";
import { businessDayOnOrAfter, dateOf, dayOf, monthOf, monthStart, weekdayOf } from "@/sandbox/seed/dates";
import { monthsBetween } from "@/sandbox/sge/dates";

// The sandbox keeps Protheus' YYYYMMDD; these adapters put it through lib/dates, so a slip in one
// would move every seeded due date or period the integration tests compare with.
describe("sandbox Protheus-date adapters", () => {
  it("moves YYYYMMDD by days across year and leap-day ends; DataValida skips weekends only", () => {
    expect(addDays("20261231", 1)).toBe("20270101");
    expect(addDays("20280301", -1)).toBe("20280229");
    expect(isoOfProtheus("20261118")).toBe("2026-11-18");
    expect(() => isoOfProtheus("        ")).toThrow(/not a Protheus date/);
    expect(() => isoOfProtheus("20270229")).toThrow(/not a Protheus date/);
    expect(nextBusinessDay("20261121")).toBe("20261123"); // Saturday → Monday
    expect(nextBusinessDay("20261122")).toBe("20261123"); // Sunday → Monday
    // No holiday calendar in the sandbox's SX5 (table 63): Christmas, a Friday, stays a due date.
    expect(nextBusinessDay("20261225")).toBe("20261225");
    expect(messageDate("20280229")).toBe("29/02/2028");
  });

  it("the seed's day numbers round-trip and know weekdays and month starts", () => {
    const day = dayOf("20261118");
    expect(dateOf(day)).toBe("20261118");
    expect(weekdayOf(day)).toBe(3);
    expect(dateOf(businessDayOnOrAfter(dayOf("20261121")))).toBe("20261123");
    expect(dateOf(monthStart(day))).toBe("20261101");
    expect(dateOf(monthStart(day, 3))).toBe("20270201");
    expect(dateOf(monthStart(day, -11))).toBe("20251201");
    expect(monthOf(dayOf("20280229"))).toBe(2);
    expect(dayOf("19700101")).toBe(0);
  });

  it("an RM contract counts every started month", () => {
    expect(monthsBetween("2022-07-08", "2022-11-07")).toBe(4);
    expect(monthsBetween("2022-07-08", "2022-11-08")).toBe(5);
    expect(monthsBetween("2026-01-31", "2026-02-28")).toBe(1);
    expect(monthsBetween("2026-12-01", "2026-12-01")).toBe(1);
  });

  it("indicator periods: months to their ends, the comparison a year earlier with 29/02 → 28/02", () => {
    expect(parseIndicatorDate("2028-02", "endDate")).toBe("20280229");
    expect(parseIndicatorDate("2028-02", "startDate")).toBe("20280201");
    expect(() => parseIndicatorDate("2027-02-29", "endDate")).toThrow(/inexistente/);
    const [feb] = chartBuckets({ start: "20280201", end: "20280229" }, "monthly");
    expect(feb).toEqual({
      label: "2028-02",
      period: { start: "20280201", end: "20280229" },
      comparisonLabel: "2027-02",
      comparison: { start: "20270201", end: "20270228" },
    });
    const buckets = chartBuckets({ start: "20261115", end: "20270110" }, "monthly");
    expect(buckets.map((b) => b.label)).toEqual(["2026-11", "2026-12", "2027-01"]);
    expect(buckets[0]!.period).toEqual({ start: "20261115", end: "20261130" });
  });
});
