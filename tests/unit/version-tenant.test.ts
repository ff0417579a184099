import { describe, expect, it } from "vitest";
import { displayCode, parseTenantHeader, tenantHeader } from "@/lib/erp/tenant";
import { compareVersions, isAtLeast } from "@/lib/version";

describe("PGV package version comparison", () => {
  it.each([
    ["2026.11.1", "2026.11.1", 0],
    ["2026.11.2", "2026.11.1", 1],
    ["2026.9.9", "2026.11.1", -1],
    ["2026.11", "2026.11.0", 0],
    ["2027.1", "2026.12.31", 1],
    ["2026.10.15", "2026.11.1", -1],
  ] as const)("%s vs %s → %i", (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
  });

  it("compares numerically, not as text", () => {
    expect(isAtLeast("2026.11.10", "2026.11.9")).toBe(true);
    expect(isAtLeast("2026.2.0", "2026.11.0")).toBe(false);
  });
});

describe("tenantId header", () => {
  it("is company,branch with no space after the comma", () => {
    expect(tenantHeader({ company: "01", branch: "02" })).toBe("01,02");
  });

  it("keeps fixed-width padding in the key and trims only for display", () => {
    expect(tenantHeader({ company: "T1", branch: "D MG 01 " })).toBe("T1,D MG 01 ");
    expect(displayCode("D MG 01 ")).toBe("D MG 01");
  });

  it("rejects empty codes and commas inside codes", () => {
    expect(() => tenantHeader({ company: "", branch: "01" })).toThrow();
    expect(() => tenantHeader({ company: "01", branch: "  " })).toThrow();
    expect(() => tenantHeader({ company: "0,1", branch: "01" })).toThrow();
  });

  it("parses back what it builds", () => {
    expect(parseTenantHeader("01,02")).toEqual({ company: "01", branch: "02" });
    expect(parseTenantHeader("01")).toBeNull();
    expect(parseTenantHeader("01,")).toBeNull();
  });
});
