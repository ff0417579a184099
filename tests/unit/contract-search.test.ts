import { describe, expect, it } from "vitest";
import { contractSearchValues } from "@/lib/sge/ops/contract-search";

describe("contractSearchValues: a typed finance search as SGE stores the keys", () => {
  it("pads an all-digit RA to RM's mask and keeps it as typed too (seeds have unpadded RAs)", () => {
    expect(contractSearchValues("ra", " 382 ")).toEqual(["382", "0000000382"]);
    expect(contractSearchValues("ra", "0000000382")).toEqual(["0000000382"]);
    expect(contractSearchValues("ra", "a-205")).toEqual(["A-205"]);
  });
  it("writes an XNumPro in capitals without spaces, and a CPF/CNPJ by its characters", () => {
    expect(contractSearchValues("xnumpro", " sge3f20 c91")).toEqual(["SGE3F20C91"]);
    expect(contractSearchValues("cpfcnpj", "112.223.330/0018-1")).toEqual(["11222333000181"]);
    expect(contractSearchValues("cpfcnpj", "12.abc.345/01de-35")).toEqual(["12ABC34501DE35"]);
  });
});
