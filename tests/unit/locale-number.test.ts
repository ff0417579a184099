import { describe, expect, it } from "vitest";
import { formatInputDecimal, parseLocaleDecimal } from "@/lib/locale-number";
import en from "@/lib/i18n/messages/en";
import es from "@/lib/i18n/messages/es";
import ptBR from "@/lib/i18n/messages/pt-BR";

const value = (text: string, locale: string) => {
  const parsed = parseLocaleDecimal(text, locale);
  return parsed.ok ? parsed.value : parsed.code;
};

describe("decimals typed the way the rep's locale writes them", () => {
  it("pt-BR: '1.500' is one thousand five hundred, not one and a half (issue 15)", () => {
    expect(value("1.500", "pt-BR")).toBe(1500);
    expect(value("1.500,25", "pt-BR")).toBe(1500.25);
    expect(value("1500,25", "pt-BR")).toBe(1500.25);
    expect(value("1.234.567,8", "pt-BR")).toBe(1234567.8);
    expect(value("20,92", "pt-BR")).toBe(20.92);
    expect(value("3", "pt-BR")).toBe(3);
    expect(value(",5", "pt-BR")).toBe(0.5);
    expect(value("12,", "pt-BR")).toBe(12);
    expect(value("-3", "pt-BR")).toBe(-3);
    expect(value("\u22123", "pt-BR")).toBe(-3);
    expect(value(" 1 500 ", "pt-BR")).toBe(1500);
  });

  it("en: '1,234.56' is 1234.56, not 1.23456 (issue 15)", () => {
    expect(value("1,234.56", "en")).toBe(1234.56);
    expect(value("1,500.25", "en")).toBe(1500.25);
    expect(value("1500.25", "en")).toBe(1500.25);
    expect(value("1.500", "en")).toBe(1.5);
    expect(value("1,500", "en")).toBe(1500);
    expect(value(".5", "en")).toBe(0.5);
  });

  it("es is written like pt-BR", () => {
    expect(value("1.500", "es")).toBe(1500);
    expect(value("1.500,25", "es")).toBe(1500.25);
    expect(value("1500,25", "es")).toBe(1500.25);
    expect(value("1.5", "es")).toBe("ambiguous");
  });

  // What is ambiguous: a group mark not between groups of three, a group mark after the decimal
  // mark, two decimal marks. Each is a number written the other locale's way: refused, never guessed.
  it("refuses what another locale would read differently, with the code `ambiguous`", () => {
    for (const text of ["1.5", "1.50", "1234.5", "12.34", "1,234.56", "1,500.25", "1500.25", "1,234,567", ".5"])
      expect(value(text, "pt-BR"), text).toBe("ambiguous");
    for (const text of ["1,5", "1500,25", "1.500,25", "1.234.567,8", ",5", "1..500"])
      expect(value(text, "en"), text).toBe("ambiguous");
  });

  it("refuses what is not a number, with the code `invalid`; blank is no value", () => {
    for (const text of ["abc", "R$ 10", "-", ",", "1-2", "1..500", "1e3", "--1"])
      expect(value(text, "pt-BR"), text).toBe("invalid");
    expect(value("12,", "en")).toBe("invalid");
    expect(parseLocaleDecimal("  ", "pt-BR")).toEqual({ ok: true, value: null, decimal: null });
  });

  it("gives the plain decimal text for exact conversions", () => {
    expect(parseLocaleDecimal("1.500,25", "pt-BR")).toEqual({ ok: true, value: 1500.25, decimal: "1500.25" });
    expect(parseLocaleDecimal("-1,005", "pt-BR")).toEqual({ ok: true, value: -1.005, decimal: "-1.005" });
  });

  it("what an input shows reads back as the same number, in every locale", () => {
    for (const locale of ["pt-BR", "en", "es"])
      for (const n of [0, 1.5, 1500, 1500.25, 1234567.89, 0.05]) {
        const shown = formatInputDecimal(n, locale, 0, 2);
        expect(value(shown, locale), `${locale} ${shown}`).toBe(n);
      }
    expect(formatInputDecimal(1500.25, "pt-BR", 2, 2)).toBe("1500,25");
    expect(formatInputDecimal(1500.25, "en", 2, 2)).toBe("1500.25");
  });

  it("has the refusal messages in the three catalogues", () => {
    for (const catalogue of [ptBR, en, es]) {
      expect(catalogue.number.ambiguous).toMatch(/1[.,]500[.,]25/);
      expect(catalogue.number.invalid).not.toBe("");
    }
    expect(ptBR.number.ambiguous).toContain("1.500,25");
    expect(en.number.ambiguous).toContain("1,500.25");
  });
});
