import { describe, expect, it } from "vitest";
import { toBranch, toCompany } from "@/server/erp/protheus/environment";
import { toUserSellers } from "@/server/erp/protheus/sellers";

describe("sellers/codeuser reshaper", () => {
  it("keeps seller rows, reads both branch field names and the admin flag variants", () => {
    const result = toUserSellers({
      items: [
        { branchid: "01", code: "000001", name: " Ana Paula Ribeiro ", isseller: true },
        { branch: "02", code: "000001", name: "Ana Paula Ribeiro", isseller: "1" as unknown as boolean },
        { branchid: "03", code: "000009", name: "Not a seller", isseller: false },
      ],
      isadmin: false,
    });
    expect(result).toEqual({
      isAdmin: false,
      sellers: [
        { branch: "01", code: "000001", name: "Ana Paula Ribeiro" },
        { branch: "02", code: "000001", name: "Ana Paula Ribeiro" },
      ],
    });
  });

  it("treats a missing admin flag as not admin", () => {
    expect(toUserSellers({ items: [] }).isAdmin).toBe(false);
  });
});

describe("framework environment reshapers", () => {
  it("accepts the lower-case and the PascalCase field families", () => {
    expect(toCompany({ code: "01", name: "PGV Demo" })).toEqual({ code: "01", name: "PGV Demo" });
    expect(toCompany({ Code: "02", Description: "Norte " })).toEqual({ code: "02", name: "Norte" });
    expect(toBranch({ EnterpriseGroup: "01", Code: "02", Description: "Fortaleza" }, "99")).toEqual({
      companyCode: "01",
      code: "02",
      name: "Fortaleza",
      issuer: { legalName: "", document: "", address: "" },
    });
    expect(toBranch({ code: "01", name: "São Paulo" }, "01")).toEqual({
      companyCode: "01",
      code: "01",
      name: "São Paulo",
      issuer: { legalName: "", document: "", address: "" },
    });
  });

  it("keeps the branch's legal identity for the order sheet, from whatever address parts there are", () => {
    const full = {
      code: "01",
      name: "São Paulo",
      legalName: " PGV Demo Comércio Ltda - Matriz ",
      cnpj: "12345678000195",
      address: "Av. Paulista, 1000",
      neighborhood: "Bela Vista",
      city: "São Paulo",
      uf: "SP",
      zipCode: "01310-100",
    };
    expect(toBranch(full, "01").issuer).toEqual({
      legalName: "PGV Demo Comércio Ltda - Matriz",
      document: "12345678000195",
      address: "Av. Paulista, 1000 · Bela Vista · São Paulo/SP · CEP 01310-100",
    });
    expect(toBranch({ Code: "02", Cgc: "12345678000276", city: "Fortaleza" }, "01").issuer).toEqual({
      legalName: "",
      document: "12345678000276",
      address: "Fortaleza",
    });
  });
});
