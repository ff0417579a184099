import { differenceInCalendarDays } from "date-fns";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  addMonthsToMonth,
  dayOfMonthAfter,
  dayOfWeek,
  daysBetween,
  endOfMonth,
  fromProtheusDate,
  fromSgeDate,
  fromSgeDateTime,
  isIsoDate,
  isIsoMonth,
  localDate,
  monthBounds,
  monthOf,
  monthsFrom,
  startOfMonth,
  toIsoDate,
  toProtheusDate,
  toSgeDate,
  utcMidnight,
} from "@/lib/dates";
import { cardPeriods, coversWholeMonths, isRunning, periodDates, yearBefore } from "@/lib/indicator-query";

describe("calendar dates: real ISO dates only", () => {
  it("knows leap days and refuses days that do not exist", () => {
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2027-02-29")).toBe(false);
    expect(isIsoDate("2026-02-30")).toBe(false);
    expect(isIsoDate("2026-13-01")).toBe(false);
    expect(isIsoDate("2026-11-2")).toBe(false);
    expect(isIsoDate("20261122")).toBe(false);
    expect(isIsoDate("2026-11-22T00:00:00Z")).toBe(false);
    expect(isIsoMonth("2026-12")).toBe(true);
    expect(isIsoMonth("2026-00")).toBe(false);
  });
});

describe("Protheus YYYYMMDD", () => {
  it("converts both ways, blank and zeros being no date", () => {
    expect(fromProtheusDate("20261122")).toBe("2026-11-22");
    expect(fromProtheusDate("20280229")).toBe("2028-02-29");
    expect(toProtheusDate("2028-02-29")).toBe("20280229");
    expect(toProtheusDate("2027-01-01")).toBe("20270101");
    expect(fromProtheusDate("        ")).toBeNull();
    expect(fromProtheusDate("00000000")).toBeNull();
    expect(fromProtheusDate(null)).toBeNull();
  });

  it("refuses dates that do not exist", () => {
    expect(fromProtheusDate("20270229")).toBeNull();
    expect(fromProtheusDate("20260230")).toBeNull();
    expect(() => toProtheusDate("2027-02-29")).toThrow(/not a calendar date/);
    expect(() => toProtheusDate("2026-02-30")).toThrow(/not a calendar date/);
  });

  it("an ERP date is ISO, an ISO date-time (its day) or Protheus; anything else is no date", () => {
    expect(toIsoDate("2026-11-22")).toBe("2026-11-22");
    expect(toIsoDate("2026-11-22T10:00:00Z")).toBe("2026-11-22");
    expect(toIsoDate(" 20261122 ")).toBe("2026-11-22");
    expect(toIsoDate("2026-02-30")).toBeNull();
    expect(toIsoDate("20260230")).toBeNull();
    expect(toIsoDate("")).toBeNull();
    expect(toIsoDate(undefined)).toBeNull();
  });
});

describe("SGE dd/mm/yyyy", () => {
  it("converts both ways", () => {
    expect(toSgeDate("2026-03-05")).toBe("05/03/2026");
    expect(toSgeDate("2028-02-29")).toBe("29/02/2028");
    expect(fromSgeDate("05/03/2026")).toBe("2026-03-05");
    expect(fromSgeDate("29/02/2028")).toBe("2028-02-29");
    expect(fromSgeDateTime("2022-07-08T00:00:00")).toBe("2022-07-08");
  });

  it("refuses dates that do not exist, and other shapes", () => {
    expect(fromSgeDate("29/02/2027")).toBeNull();
    expect(fromSgeDate("30/02/2026")).toBeNull();
    expect(fromSgeDate("5/3/2026")).toBeNull();
    expect(fromSgeDate("2026-03-05")).toBeNull();
    expect(fromSgeDateTime("2027-02-29T00:00:00")).toBeNull();
    expect(() => toSgeDate("2027-02-29")).toThrow(/not a calendar date/);
    expect(() => toSgeDate("2026-02-30")).toThrow(/not a calendar date/);
  });
});

describe("days between and moving by days", () => {
  it("counts calendar days across month, year and leap-day ends", () => {
    expect(daysBetween("2026-01-31", "2026-02-01")).toBe(1);
    expect(daysBetween("2026-12-30", "2027-01-02")).toBe(3);
    expect(daysBetween("2028-02-28", "2028-03-01")).toBe(2);
    expect(daysBetween("2027-02-28", "2027-03-01")).toBe(1);
    expect(daysBetween("2027-01-01", "2026-01-01")).toBe(-365);
    expect(daysBetween("2028-01-01", "2029-01-01")).toBe(366);
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2027-01-01", -1)).toBe("2026-12-31");
  });

  it("counts what date-fns' differenceInCalendarDays counts, across the daylight-saving years", () => {
    // Brazil kept daylight saving until 2019: the days it began and ended were 23 and 25 hours long.
    for (let from = "2017-10-01"; from < "2020-03-01"; from = addDays(from, 7))
      for (const span of [0, 1, 13, 29, 120, 400, -45])
        expect(daysBetween(from, addDays(from, span))).toBe(
          differenceInCalendarDays(localDate(addDays(from, span)), localDate(from)),
        );
  });

  it("refuses a date that does not exist rather than counting from a shifted one", () => {
    expect(() => daysBetween("2026-02-30", "2026-03-01")).toThrow(/not a calendar date/);
    expect(() => addDays("2027-02-29", 1)).toThrow(/not a calendar date/);
  });
});

describe("month arithmetic", () => {
  it("adds months keeping the day, clamped to the month's end", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2026-03-31", -1)).toBe("2026-02-28");
    expect(addMonths("2028-02-29", 12)).toBe("2029-02-28");
    expect(addMonths("2026-11-10", 2)).toBe("2027-01-10");
    expect(dayOfMonthAfter("2026-12-14", 2, 31)).toBe("2027-02-28");
    expect(dayOfMonthAfter("2026-12-14", 1, 5)).toBe("2027-01-05");
  });

  it("starts and ends months, leap Februaries included", () => {
    expect(startOfMonth("2026-11-18")).toBe("2026-11-01");
    expect(endOfMonth("2026-11-18")).toBe("2026-11-30");
    expect(endOfMonth("2028-02-10")).toBe("2028-02-29");
    expect(endOfMonth("2027-02-10")).toBe("2027-02-28");
    expect(monthBounds("2026-12")).toEqual({ first: "2026-12-01", last: "2026-12-31" });
    expect(monthOf("2026-11-18")).toBe("2026-11");
  });

  it("counts and moves months across year ends", () => {
    expect(monthsFrom("2026-11", "2027-02")).toBe(3);
    expect(monthsFrom("2026-11", "2026-11")).toBe(0);
    expect(addMonthsToMonth("2026-11", 2)).toBe("2027-01");
    expect(yearBefore("2028-02")).toBe("2027-02");
    expect(periodDates("2028-01", "2028-02")).toEqual({ startDate: "2028-01-01", endDate: "2028-02-29" });
  });
});

describe("weekday and display instant", () => {
  it("reads the weekday of the calendar day, whatever the machine's zone", () => {
    expect(dayOfWeek("2026-11-18")).toBe(3);
    expect(dayOfWeek("2026-11-22")).toBe(0);
    expect(utcMidnight("2026-11-22").toISOString()).toBe("2026-11-22T00:00:00.000Z");
  });
});

describe("the home cards' periods (like for like while a period runs)", () => {
  const q = (start: string, end: string, basis: "todate" | "whole" = "todate") => ({ start, end, basis }) as const;

  it("a running month: its days so far against the same days a year before", () => {
    expect(cardPeriods(q("2026-12", "2026-12"), "2026-12-02")).toEqual({
      current: { startDate: "2026-12-01", endDate: "2026-12-02" },
      previous: { startDate: "2025-12-01", endDate: "2025-12-02" },
      toDate: true,
    });
    expect(isRunning(q("2026-12", "2026-12"), "2026-12-02")).toBe(true);
  });

  it("a running period of several months starts where it starts; 29 February a year back is the 28th", () => {
    expect(cardPeriods(q("2028-01", "2028-03"), "2028-02-29")).toEqual({
      current: { startDate: "2028-01-01", endDate: "2028-02-29" },
      previous: { startDate: "2027-01-01", endDate: "2027-02-28" },
      toDate: true,
    });
  });

  it("whole months: when asked, on a period's last day, and for a closed or future period", () => {
    const whole = {
      current: { startDate: "2026-12-01", endDate: "2026-12-31" },
      previous: { startDate: "2025-12-01", endDate: "2025-12-31" },
      toDate: false,
    };
    expect(cardPeriods(q("2026-12", "2026-12", "whole"), "2026-12-02")).toEqual(whole);
    expect(cardPeriods(q("2026-12", "2026-12"), "2026-12-31")).toEqual(whole);
    expect(cardPeriods(q("2026-12", "2026-12"), "2027-01-01")).toEqual(whole);
    expect(cardPeriods(q("2026-12", "2026-12"), "2026-11-30")).toEqual(whole);
  });

  it("names a period by months only when it covers whole months", () => {
    expect(coversWholeMonths({ startDate: "2025-12-01", endDate: "2025-12-31" })).toBe(true);
    expect(coversWholeMonths({ startDate: "2025-01-01", endDate: "2025-03-31" })).toBe(true);
    expect(coversWholeMonths({ startDate: "2025-12-01", endDate: "2025-12-02" })).toBe(false);
    expect(coversWholeMonths({ startDate: "2027-02-01", endDate: "2027-02-28" })).toBe(true);
  });
});
