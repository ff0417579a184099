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
    });
    expect(toBranch({ code: "01", name: "São Paulo" }, "01")).toEqual({
      companyCode: "01",
      code: "01",
      name: "São Paulo",
    });
  });
});
