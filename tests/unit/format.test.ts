import { describe, expect, it } from "vitest";
import { formatFor } from "@/lib/format";
import { ordersCsv } from "@/lib/orders-csv";

// Intl separates the currency symbol with a no-break space; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("one formatting module for the server and the client", () => {
  it("money in the three locales (always BRL, written the locale's way)", () => {
    expect(plain(formatFor("pt-BR").money(123_450))).toBe("R$ 1.234,50");
    expect(plain(formatFor("en").money(123_450))).toBe("R$1,234.50");
    // 16.20: Spanish writes the symbol and groups four-digit amounts like the others.
    expect(plain(formatFor("es").money(123_450))).toBe("1.234,50 R$");
    expect(plain(formatFor("es").money(292_809))).toBe("2.928,09 R$");
    expect(plain(formatFor("es").money(10_000))).toBe("100,00 R$");
    expect(plain(formatFor("pt-BR").money(503))).toBe("R$ 5,03");
    expect(plain(formatFor("pt-BR").money(-503))).toBe("-R$ 5,03");
  });

  it("numbers, bare amounts and percentages", () => {
    expect(formatFor("pt-BR").number(1500)).toBe("1.500");
    expect(formatFor("en").number(1500)).toBe("1,500");
    expect(formatFor("es").number(1234.56789)).toMatch(/^1\.?234,5679$/);
    expect(formatFor("pt-BR").amount(123_450)).toBe("1234,50");
    expect(formatFor("en").amount(123_450)).toBe("1234.50");
    expect(formatFor("pt-BR").percent(5.12)).toBe("5,1%");
    expect(formatFor("en").percent(5.12)).toBe("5.1%");
    expect(plain(formatFor("es").percent(5.12))).toBe("5,1 %");
  });

  it("ISO calendar dates as the locale writes them, never shifted to the day before", () => {
    expect(formatFor("pt-BR").date("2026-11-18")).toBe("18/11/2026");
    expect(formatFor("en").date("2026-11-18")).toBe("11/18/2026");
    expect(formatFor("es").date("2026-11-18")).toBe("18/11/2026");
    expect(formatFor("pt-BR").date("2026-01-01")).toBe("01/01/2026");
    expect(formatFor("pt-BR").date(null)).toBe("—");
    expect(formatFor("pt-BR").date("", "nunca")).toBe("nunca");
    expect(formatFor("pt-BR").date("not a date", "")).toBe("");
    expect(formatFor("pt-BR").month("2026-11")).toBe("nov. de 2026");
    expect(formatFor("en").month("2026-11")).toBe("Nov 2026");
    expect(formatFor("en").month("2026")).toBe("2026");
  });

  it("the orders CSV writes amounts with the same module", () => {
    const row = {
      number: "000123",
      issueDate: "2026-11-18",
      customer: "000002",
      store: "01",
      customerName: "ACME",
      customerDocument: "",
      status: "open",
      items: 2,
      total: 123_450,
      invoice: null,
    } as unknown as Parameters<typeof ordersCsv>[0][number];
    const csv = (locale: string) => ordersCsv([row], { locale, header: ["h"], status: () => "s" });
    expect(csv("pt-BR")).toContain(";1234,50;");
    expect(csv("en")).toContain(",1234.50,");
  });
});

describe("dayRange: two calendar days as one range, shared parts once", () => {
  // Intl.formatRange puts thin spaces around the dash.
  const spaced = (s: string) => s.replace(/[\u00a0\u202f\u2009]/g, " ");
  it("in each language, across months, never a day early", () => {
    expect(spaced(formatFor("pt-BR").dayRange("2025-12-01", "2025-12-02"))).toBe("1 – 2 de dez. de 2025");
    expect(spaced(formatFor("en").dayRange("2025-12-01", "2025-12-02"))).toBe("Dec 1 – 2, 2025");
    expect(spaced(formatFor("es").dayRange("2025-11-28", "2025-12-02"))).toBe("28 nov – 2 dic 2025");
    expect(spaced(formatFor("pt-BR").dayRange("2025-12-02", "2025-12-02"))).toBe("2 de dez. de 2025");
  });
});
