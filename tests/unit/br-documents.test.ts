import { describe, expect, it } from "vitest";
import { documentKind, formatDocument, isValidDocument, normalizeDocument, withCheckDigits } from "@/lib/br-documents";

describe("CPF / CNPJ", () => {
  it("accepts valid CPF and numeric CNPJ with or without mask", () => {
    expect(documentKind("529.982.247-25")).toBe("cpf");
    expect(documentKind("52998224725")).toBe("cpf");
    expect(documentKind("11.222.333/0001-81")).toBe("cnpj");
    expect(documentKind("11222333000181")).toBe("cnpj");
  });

  it("accepts the alphanumeric CNPJ (valid since July 2026), any letter case", () => {
    expect(isValidDocument("12.ABC.345/01DE-35")).toBe(true);
    expect(isValidDocument("12abc34501de35")).toBe(true);
    expect(formatDocument("12abc34501de35")).toBe("12.ABC.345/01DE-35");
  });

  it("rejects wrong check digits, repeated digits and wrong lengths", () => {
    expect(isValidDocument("529.982.247-24")).toBe(false);
    expect(isValidDocument("111.111.111-11")).toBe(false);
    expect(isValidDocument("11.222.333/0001-82")).toBe(false);
    expect(isValidDocument("12.ABC.345/01DE-36")).toBe(false);
    expect(isValidDocument("1234")).toBe(false);
  });

  it("formats for display and normalises for storage", () => {
    expect(formatDocument("52998224725")).toBe("529.982.247-25");
    expect(formatDocument("11222333000181")).toBe("11.222.333/0001-81");
    expect(formatDocument("not a document")).toBe("not a document");
    expect(normalizeDocument(" 11.222.333/0001-81 ")).toBe("11222333000181");
  });

  it("completes a base with its check digits (deterministic seed data)", () => {
    expect(withCheckDigits("529982247")).toBe("52998224725");
    expect(withCheckDigits("112223330001")).toBe("11222333000181");
    expect(withCheckDigits("12ABC34501DE")).toBe("12ABC34501DE35");
    expect(() => withCheckDigits("123")).toThrow();
  });
});
