import { describe, expect, it } from "vitest";
import { prospectStatusByCode, toProspectStatus } from "@/lib/types/prospect";
import { toProspect } from "@/server/erp/protheus/prospects";
import { toQuotation } from "@/server/erp/protheus/quotations";

// The prospect wire shape of sandbox/docs/registration.md "Prospects (SUS)".
const current = {
  id: "01000004" + "01",
  branch: "01",
  code: "000004",
  store: "01",
  name: " Padaria Pão Quente Ltda ",
  fantasy: "Pão Quente",
  personType: "J",
  customertype: "r",
  cgc: "11.222.333/0001-81",
  estadualregistration: "110042490114",
  contributor: "1",
  zipcode: "01310100",
  address: "Av. Paulista, 1000",
  addresscomplement: "sala 2",
  neighborhood: "Bela Vista",
  uf: "SP",
  citycode: "50308",
  city: "São Paulo",
  ddi: "55",
  ddd: "11",
  phone: "30001000",
  email: "compras@paoquente.com.br",
  vendor: "000001",
  status: "2",
  customer: "",
  customerstore: "",
  conversiondate: "",
  inclusionDate: "2026-10-02",
  externalid: "pgv-pro-1",
  stamp: "2026-10-02T12:00:00.000Z",
  deleted: false,
};

describe("prospects reshaper (SUS wire → Prospect)", () => {
  it("maps the documented field names: status in words, CPF/CNPJ as digits, ISO dates, no customer yet", () => {
    expect(toProspect(current)).toEqual({
      id: "0100000401",
      branch: "01",
      code: "000004",
      store: "01",
      name: "Padaria Pão Quente Ltda",
      tradeName: "Pão Quente",
      personType: "J",
      customerType: "R",
      document: "11222333000181",
      stateRegistration: "110042490114",
      contributor: "1",
      address: {
        street: "Av. Paulista, 1000",
        complement: "sala 2",
        neighborhood: "Bela Vista",
        city: "São Paulo",
        cityCode: "50308",
        uf: "SP",
        zip: "01310100",
      },
      phone: { ddi: "55", ddd: "11", number: "30001000" },
      email: "compras@paoquente.com.br",
      seller: "000001",
      status: "development",
      customer: null,
      conversionDate: null,
      inclusionDate: "2026-10-02",
      externalId: "pgv-pro-1",
      stamp: "2026-10-02T12:00:00.000Z",
    });
  });

  it("a converted prospect (US_STATUS 6) names the customer it became and the day, Protheus dates too", () => {
    const p = toProspect({
      ...current,
      status: 6,
      customer: "000123",
      customerstore: "02",
      conversiondate: "20261110",
      inclusionDate: "20240302",
    });
    expect(p.status).toBe("converted");
    expect(p.customer).toEqual({ code: "000123", store: "02" });
    expect([p.conversionDate, p.inclusionDate]).toEqual(["2026-11-10", "2024-03-02"]);
  });

  it("accepts the customers' variants: branchid, cod/loja, persontype, shortname, stateregistration, seller, customerStore", () => {
    const {
      branch: _b,
      code: _c,
      store: _s,
      personType: _p,
      fantasy: _f,
      estadualregistration: _e,
      vendor: _v,
      customerstore: _cs,
      conversiondate: _cd,
      ...rest
    } = current;
    const p = toProspect({
      ...rest,
      id: undefined,
      branchid: "02",
      cod: "000009",
      loja: "03",
      persontype: "f",
      shortname: "Zé",
      cgc: "529.982.247-25",
      stateregistration: "ISENTO",
      seller: "000002",
      customer: "000777",
      customerStore: "01",
      conversionDate: "2026-11-01",
    });
    expect(p).toMatchObject({
      id: "0200000903",
      branch: "02",
      code: "000009",
      store: "03",
      personType: "F",
      tradeName: "Zé",
      document: "52998224725",
      stateRegistration: "ISENTO",
      seller: "000002",
      customer: { code: "000777", store: "01" },
      conversionDate: "2026-11-01",
    });
  });

  it("reads every US_STATUS code in words; an unknown code or person type is said so, not guessed", () => {
    expect(Object.keys(prospectStatusByCode).map(toProspectStatus)).toEqual([
      "classified",
      "development",
      "manager",
      "standby",
      "cancelled",
      "converted",
    ]);
    expect(toProspect({ ...current, status: "9", personType: "X" })).toMatchObject({
      status: "unknown",
      personType: null,
    });
    expect(toProspect({ ...current, status: " 6 " }).status).toBe("converted");
    // A blank US_CODCLI is no customer, whatever the store says.
    expect(toProspect({ ...current, customer: "      ", customerstore: "01" }).customer).toBeNull();
  });
});

describe("quotations reshaper: the prospect a quotation is for (CJ_PROSPE/CJ_LOJPRO)", () => {
  const quotation = { branch: "01", number: "000010", customer: "", store: "", status: "open", items: [] };

  it("keeps prospect and store when the wire carries them, blank otherwise", () => {
    expect(toQuotation({ ...quotation, prospect: "000004", prospectstore: "01" })).toMatchObject({
      prospect: "000004",
      prospectStore: "01",
    });
    expect(toQuotation({ ...quotation, prospect: "000004", prospectStore: "02" }).prospectStore).toBe("02");
    expect(toQuotation({ ...quotation, customer: "000012", store: "01" })).toMatchObject({
      prospect: "",
      prospectStore: "",
    });
  });
});
