import { describe, expect, it } from "vitest";
import { targetProgress } from "@/lib/indicators";
import { isWorkingDay, nationalHolidays, workingDaysBetween } from "@/lib/working-days";

describe("working days: weekdays less Brazil's national holidays", () => {
  it("2 to 31 December 2026 leaves Christmas out", () => {
    // The home showed "22 dias úteis restantes" for 2–31 December 2026: the 22 weekdays from
    // Wednesday the 2nd, Christmas (Friday the 25th) among them. The right figure is 21.
    expect(workingDaysBetween("2026-12-02", "2026-12-31")).toBe(21);
    expect(isWorkingDay("2026-12-25")).toBe(false);
    expect(isWorkingDay("2026-12-24")).toBe(true);
  });

  it("November 2026: Finados and Consciência Negra are off; Proclamação da República falls on a Sunday", () => {
    // 21 weekdays; 2 November (Monday) and 20 November (Friday) are national holidays; 15 November
    // is a Sunday anyway. 20 November is in the library's list as national from 2024 (Lei 14.759/2023).
    expect(workingDaysBetween("2026-11-01", "2026-11-30")).toBe(19);
    expect(isWorkingDay("2026-11-02")).toBe(false);
    expect(isWorkingDay("2026-11-20")).toBe(false);
    expect(nationalHolidays(2026).map((h) => h.date)).toEqual(
      expect.arrayContaining(["2026-11-02", "2026-11-15", "2026-11-20"]),
    );
    // Before the law it was a state/municipal date only, so a working day nationally.
    expect(nationalHolidays(2023).map((h) => h.date)).not.toContain("2023-11-20");
    expect(isWorkingDay("2023-11-20")).toBe(true);
    // 2024: 15 November a Friday, 20 November a Wednesday, both off.
    expect(workingDaysBetween("2024-11-11", "2024-11-22")).toBe(8);
  });

  it("Carnaval and Corpus Christi are pontos facultativos, not holidays: working days", () => {
    expect(isWorkingDay("2026-02-17")).toBe(true);
    expect(isWorkingDay("2026-06-04")).toBe(true);
    expect(isWorkingDay("2026-04-03")).toBe(false); // Sexta-feira Santa
  });

  it("a weekend-only range has none, and a range ending before it starts has none", () => {
    expect(workingDaysBetween("2026-11-21", "2026-11-22")).toBe(0);
    expect(workingDaysBetween("2026-11-22", "2026-11-22")).toBe(0);
    expect(workingDaysBetween("2026-11-19", "2026-11-18")).toBe(0);
    expect(workingDaysBetween("2026-11-18", "2026-11-18")).toBe(1);
  });

  it("the home's pace on the suite's pinned date 2026-11-18 spreads the target over 8 working days", () => {
    // 18–30 November 2026: 9 weekdays, 20 November (Consciência Negra) not one of them to work.
    const cards = { target: 8_000_00, invoiced: 0, startDate: "2026-11-01", endDate: "2026-11-30" };
    const progress = targetProgress({ ...cards, businessDate: "2026-11-18" });
    expect(progress.daysLeft).toBe(8);
    expect(progress.pace).toBe(1_000_00);
    // Before the period starts the count is the whole month; after it ends, none.
    expect(targetProgress({ ...cards, businessDate: "2026-10-30" }).daysLeft).toBe(19);
    expect(targetProgress({ ...cards, businessDate: "2026-12-01" }).daysLeft).toBe(0);
    // An ERP period in another shape counts no days (no pace) instead of breaking the home.
    expect(targetProgress({ ...cards, endDate: "20261130", businessDate: "2026-11-18" }).pace).toBeNull();
  });
});
