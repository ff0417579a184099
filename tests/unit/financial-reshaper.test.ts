import { describe, expect, it } from "vitest";
import { toContact, toContactPhone } from "@/server/erp/protheus/contacts";
import { toFinancialStatus, toReceivable } from "@/server/erp/protheus/financial";

describe("financial status reshaper", () => {
  it("reads the totals in centavos and the delinquency the ERP computed", () => {
    expect(
      toFinancialStatus({
        id: "01000123 01",
        code: "000123",
        store: "01",
        oldestdue: "2026-09-10",
        openbalance: "1500.00",
        overduebalance: 375.5,
        delinquency: 25.03,
      }),
    ).toEqual({
      id: "01000123 01",
      code: "000123",
      store: "01",
      oldestDue: "2026-09-10",
      openBalance: 150_000,
      overdueBalance: 37_550,
      delinquency: 25.03,
    });
  });

  it("derives delinquency (overdue ÷ open) when an older package sends only the amounts", () => {
    const s = toFinancialStatus({
      code: "1",
      store: "01",
      oldestdue: "20260910",
      openBalance: 200,
      financialdefault: 50,
    });
    expect(s.delinquency).toBe(25);
    expect(s.oldestDue).toBe("2026-09-10");
    expect(s.id).toBe("1|01");
  });

  it("treats a customer without titles as zero, not as missing", () => {
    expect(toFinancialStatus({ code: "1", store: "01", oldestdue: null })).toMatchObject({
      openBalance: 0,
      overdueBalance: 0,
      delinquency: 0,
      oldestDue: null,
    });
  });
});

describe("receivable reshaper", () => {
  const raw = {
    id: "x",
    prefix: "1",
    titlecode: "000012345",
    installment: "B",
    type: "NF",
    billvalue: 1000,
    titlebalance: "400.10",
    installmentmaturity: "2026-10-01",
    issuedate: "2026-09-01",
  };
  it("keeps the ERP's status and converts money and dates", () => {
    expect(toReceivable({ ...raw, status: "overdue" }, "2026-11-22")).toMatchObject({
      number: "000012345",
      installment: "B",
      original: 100_000,
      balance: 40_010,
      dueDate: "2026-10-01",
      status: "overdue",
    });
  });
  it("derives the status when the ERP sends none (balance and due date vs today)", () => {
    expect(toReceivable(raw, "2026-11-22").status).toBe("overdue");
    expect(toReceivable(raw, "2026-09-15").status).toBe("open");
    expect(toReceivable({ ...raw, titlebalance: 0 }, "2026-11-22").status).toBe("paid");
  });
});

describe("contacts reshapers", () => {
  it("link contacts by the customer document and phones by the contact id", () => {
    expect(
      toContact({
        internalid: "c1",
        contactid: "000045",
        cgcentity: "11.222.333/0001-81",
        name: " Joana ",
        email: "j@x.com",
        d_e_l_e_t_: " ",
      }),
    ).toEqual({
      id: "c1",
      contactId: "000045",
      customerDocument: "11222333000181",
      name: "Joana",
      email: "j@x.com",
    });
    expect(
      toContactPhone({
        internalid: "p1",
        contactinternalid: "c1",
        phonetype: "4",
        ddd: "11",
        ddi: "55",
        phone: "98888-7777",
      }),
    ).toMatchObject({ contactId: "c1", type: "4", ddd: "11", number: "98888-7777" });
  });
});
