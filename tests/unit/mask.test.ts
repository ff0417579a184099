import { describe, expect, it } from "vitest";
import { maskDocument, maskEmail, maskPhone } from "@/lib/mask";

describe("personal data masks (what a rep sees of a person on record, what the audit keeps)", () => {
  it("e-mail: the first letter of the name and of the domain, then the domain's suffix", () => {
    expect(maskEmail("joana.menezes@example.com.br")).toBe("j***@e***.com.br");
    expect(maskEmail("Financeiro.056440@Exemplo.com.br")).toBe("F***@E***.com.br");
    expect(maskEmail("maria@gmail.com")).toBe("m***@g***.com");
    expect(maskEmail("  a@b.co ")).toBe("a***@b***.co");
    // No way to read the rest back: nothing of the name after its first letter survives.
    expect(maskEmail("joana.menezes@example.com.br")).not.toMatch(/oana|menezes|xample/);
  });

  it("e-mail: odd values are still masked, empty stays empty", () => {
    expect(maskEmail("")).toBe("");
    expect(maskEmail("   ")).toBe("");
    expect(maskEmail("sem-arroba")).toBe("s***");
    expect(maskEmail("x@localhost")).toBe("x***@l***");
    expect(maskEmail("@example.com")).toBe("@***");
  });

  it("phone: area code and last four digits, mobile and landline", () => {
    expect(maskPhone("85988776655")).toBe("(85) *****-6655");
    expect(maskPhone("8532110000")).toBe("(85) ****-0000");
    expect(maskPhone("(85) 98877-6655")).toBe("(85) *****-6655");
    expect(maskPhone("5585988776655")).toBe("+55 (85) *****-6655");
    expect(maskPhone("85988776655")).not.toContain("98877");
  });

  it("phone: other lengths keep only the last four; empty stays empty", () => {
    expect(maskPhone("")).toBe("");
    expect(maskPhone("no digits")).toBe("");
    expect(maskPhone("0314545454545")).toBe("*********4545");
    expect(maskPhone("123")).toBe("***");
  });

  it("document: a CPF as gov.br prints it; a CNPJ (a company) whole", () => {
    expect(maskDocument("52998224725")).toBe("***.982.247-**");
    expect(maskDocument("529.982.247-25")).toBe("***.982.247-**");
    expect(maskDocument("11222333000181")).toBe("11.222.333/0001-81");
    expect(maskDocument("12abc34501de35")).toBe("12.ABC.345/01DE-35");
    expect(maskDocument("")).toBe("");
    expect(maskDocument("1234")).toBe("****");
  });
});
