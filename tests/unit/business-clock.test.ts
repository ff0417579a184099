import { afterEach, describe, expect, it, vi } from "vitest";
import { localDraft } from "@/components/ui/use-draft-autosave";
import { addDays } from "@/lib/dates";
import { pinnedClock, todayIso } from "@/lib/today";
import { EDGE_BUSINESS_DATES, testBusinessDate } from "@/scripts/business-date.mjs";

describe("business clock", () => {
  it("takes the Brasília date of an instant, not the UTC one", () => {
    // 01:30 UTC on 1 March is still 28 February in Brasília (UTC-3).
    expect(todayIso(new Date("2027-03-01T01:30:00Z"))).toBe("2027-02-28");
    expect(todayIso(new Date("2027-03-01T03:00:00Z"))).toBe("2027-03-01");
  });

  it("a pinned clock keeps its date and shifts instants by whole days, so processes pinned the same day agree", () => {
    const started = Date.parse("2026-12-02T10:15:00Z");
    const clock = pinnedClock("2028-02-29", started);
    expect(clock.today()).toBe("2028-02-29");
    expect(clock.offsetMs % 86_400_000).toBe(0);
    expect(todayIso(new Date(started + clock.offsetMs))).toBe("2028-02-29");
    // Another process started later the same real day gets the same shift.
    expect(pinnedClock("2028-02-29", started + 5 * 3_600_000).offsetMs).toBe(clock.offsetMs);
    expect(() => pinnedClock("2026-02-30")).toThrow(/not an ISO date/);
  });

  it("moves ISO dates by calendar days across month, year and leap-day edges", () => {
    expect(addDays("2028-02-29", 1)).toBe("2028-03-01");
    expect(addDays("2027-03-01", -1)).toBe("2027-02-28");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-11-18", -365)).toBe("2025-11-18");
  });

  it("the suite's date is one real date, overridable, and the edges are the calendar's", () => {
    expect(testBusinessDate({})).toBe("2026-11-18");
    expect(testBusinessDate({ TEST_BUSINESS_DATE: "2028-02-29" })).toBe("2028-02-29");
    expect(() => testBusinessDate({ TEST_BUSINESS_DATE: "2027-02-29" })).toThrow(/real date/);
    expect(EDGE_BUSINESS_DATES.map((d) => d.slice(5))).toEqual(["03-01", "12-31", "02-29"]);
  });
});

describe("a draft's copy on this device", () => {
  const store = new Map<string, string>();
  vi.stubGlobal("window", {
    localStorage: {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => store.set(k, v),
      removeItem: (k: string) => store.delete(k),
    },
  });
  afterEach(() => store.clear());

  it("wins over the server copy it was typed over, whatever the device's clock says", () => {
    store.set("pgv-draft:d1", JSON.stringify({ base: "2026-11-18T12:00:00.000Z", data: { items: [1] } }));
    expect(localDraft("d1", "2026-11-18T12:00:00.000Z")).toEqual({ items: [1] });
  });

  it("loses to a server copy saved since (another device, or this one before the copy was dropped)", () => {
    store.set("pgv-draft:d1", JSON.stringify({ base: "2026-11-18T12:00:00.000Z", data: { items: [1] } }));
    expect(localDraft("d1", "2026-11-18T12:05:00.000Z")).toBeNull();
  });

  it("of a draft the server never had is kept until the server has one", () => {
    store.set("pgv-draft:d2", JSON.stringify({ base: null, data: { items: [] } }));
    expect(localDraft("d2", null)).toEqual({ items: [] });
    expect(localDraft("d2", "2026-11-18T12:00:00.000Z")).toBeNull();
    expect(localDraft("missing", null)).toBeNull();
  });
});
