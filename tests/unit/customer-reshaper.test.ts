import { describe, expect, it } from "vitest";
import { toCustomer } from "@/server/erp/protheus/customers";
import { isDeletedRow } from "@/server/erp/protheus/wire";

const current = {
  id: "01|000123|01",
  branch: "01",
  code: "000123",
  store: "01",
  name: "Mercado Bom Preço Ltda ",
  fantasy: "Bom Preço",
  personType: "J",
  cgc: "11.222.333/0001-81",
  estadualregistration: "123456789",
  paymentconditions: "003",
  pricelist: "001",
  vendor: "000001",
  address: "Rua das Flores, 100",
  city: "São Paulo",
  citycode: "50308",
  uf: "SP",
  zipcode: "01001000",
  ddd: "11",
  phone: "3333-4444",
  email: "compras@bompreco.com.br",
  risk: "c",
  creditLimit: 15000.5,
  availablecreditlimit: "2500.25",
  lastpurchase: "20261015",
  inclusionDate: "2024-03-02",
  status: "2",
};

describe("customers reshaper (SA1 wire → Customer)", () => {
  it("maps the current field names, money to centavos, dates to ISO", () => {
    const c = toCustomer(current);
    expect(c).toMatchObject({
      id: "01|000123|01",
      code: "000123",
      store: "01",
      name: "Mercado Bom Preço Ltda",
      tradeName: "Bom Preço",
      personType: "J",
      document: "11222333000181",
      risk: "C",
      creditLimit: 1_500_050,
      availableCredit: 250_025,
      lastPurchase: "2026-10-15",
      inclusionDate: "2024-03-02",
      paymentCondition: "003",
      priceList: "001",
      seller: "000001",
      blocked: false,
    });
  });

  it("accepts the older variants: creditlimit, branchid, paymentconditioninternalid", () => {
    const { creditLimit: _c, branch: _b, paymentconditions: _p, ...rest } = current;
    const c = toCustomer({ ...rest, creditlimit: "800", branchid: "02", paymentconditioninternalid: "001" });
    expect(c.creditLimit).toBe(80_000);
    expect(c.branch).toBe("02");
    expect(c.paymentCondition).toBe("001");
  });

  it("reads blocked customers, unknown risk letters and missing dates", () => {
    const c = toCustomer({ ...current, status: "1", risk: "Z", lastpurchase: "        " });
    expect(c.blocked).toBe(true);
    expect(c.risk).toBeNull();
    expect(c.lastPurchase).toBeNull();
  });

  it("builds an id from code and store when the ERP sends none", () => {
    const { id: _id, ...rest } = current;
    expect(toCustomer(rest).id).toBe("000123|01");
  });
});

describe("deleted flag variants", () => {
  it.each([
    [{ deleted: true }, true],
    [{ deleted: 1 }, true],
    [{ deleted: "1" }, true],
    [{ d_e_l_e_t_: "*" }, true],
    [{ deleted: false }, false],
    [{ d_e_l_e_t_: " " }, false],
    [{ deleted: "0" }, false],
    [{}, false],
  ])("%j → %s", (row, expected) => {
    expect(isDeletedRow(row)).toBe(expected);
  });
});
