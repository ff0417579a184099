import { describe, expect, it } from "vitest";
import { quotationNotificationText } from "@/sandbox/quotations/notification-texts";
import { quotationConvertRefusal, quotationEditRefusal, quotationStatus } from "@/sandbox/quotations/status";
import { quotationValidity } from "@/sandbox/quotations/validity";

// Quotation rules of the sandbox (sandbox/docs/quotations.md): validity default and limits,
// status from CJ_STATUS and CJ_VALIDA against the business date, refusals and notification texts.

const TODAY = "20261118";

describe("quotationValidity", () => {
  it("defaults an insert to the issue date + 15 days and keeps an edit's date", () => {
    expect(quotationValidity({ requested: undefined, today: TODAY })).toEqual({ validity: "20261203", errors: [] });
    expect(quotationValidity({ requested: undefined, today: TODAY, current: "20261101" })).toEqual({
      validity: "20261101",
      errors: [],
    });
  });

  it("accepts the business date up to 180 days after it, nothing outside", () => {
    expect(quotationValidity({ requested: "2026-11-18", today: TODAY }).errors).toEqual([]);
    expect(quotationValidity({ requested: "2027-05-17", today: TODAY }).errors).toEqual([]);
    expect(quotationValidity({ requested: "2027-05-18", today: TODAY }).errors).toEqual([
      { field: "validity", message: "A validade do orçamento é de no máximo 180 dias (até 17/05/2027)." },
    ]);
    expect(quotationValidity({ requested: "2026-11-17", today: TODAY }).errors).toEqual([
      {
        field: "validity",
        message: "A validade (17/11/2026) não pode ser anterior a 18/11/2026 (emissão do orçamento).",
      },
    ]);
    expect(quotationValidity({ requested: "2026-11-17", today: TODAY, current: "20261110" }).errors[0]!.message).toBe(
      "A validade (17/11/2026) não pode ser anterior a 18/11/2026 (data base).",
    );
  });
});

describe("quotationStatus and refusals", () => {
  it("derives expired from an open quotation past its validity (inclusive)", () => {
    expect(quotationStatus("A", "20261118", TODAY)).toBe("open");
    expect(quotationStatus("A", "20261117", TODAY)).toBe("expired");
    expect(quotationStatus("B", "20261117", TODAY)).toBe("converted");
    expect(quotationStatus("C", "20261130", TODAY)).toBe("cancelled");
  });

  it("refuses conversion of an expired, converted or cancelled one, and edits of the last two", () => {
    const q = { number: "000123", order: "001160", validity: "2026-12-01" };
    expect(quotationConvertRefusal({ ...q, status: "expired" })).toBe(
      "Orçamento 000123 vencido em 01/12/2026: altere a validade antes de efetivar.",
    );
    expect(quotationConvertRefusal({ ...q, status: "converted" })).toBe(
      "Orçamento 000123 já efetivado no pedido 001160.",
    );
    expect(quotationConvertRefusal({ ...q, status: "open" })).toBeUndefined();
    expect(quotationEditRefusal({ ...q, status: "expired" })).toBeUndefined();
    expect(quotationEditRefusal({ ...q, status: "cancelled" })).toBe(
      "Orçamento 000123 cancelado: não pode ser alterado nem excluído.",
    );
  });

  it("words the notifications like the order ones", () => {
    expect(
      quotationNotificationText({ kind: "converted", number: "000123", customerName: "ACME", order: "001160" }).title,
    ).toBe("Orçamento 000123 efetivado no pedido 001160");
    expect(
      quotationNotificationText({
        kind: "saved",
        operation: "insert",
        number: "000123",
        customerName: "ACME",
        validity: "20261203",
      }),
    ).toEqual({
      title: "Orçamento 000123 incluído",
      description: "Orçamento 000123 de ACME incluído, válido até 03/12/2026.",
    });
    expect(
      quotationNotificationText({ kind: "error", operation: "de efetivação", number: "000123", message: "x" }).title,
    ).toBe("Erro no processamento do orçamento 000123");
  });
});
