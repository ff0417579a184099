import { describe, expect, it } from "vitest";
import { ErpError, errorFromResponse } from "@/server/erp/errors";

describe("TOTVS error envelope → ErpError", () => {
  it("keeps the user-safe message and code, hides detailedMessage from serialisation", () => {
    const error = errorFromResponse(
      400,
      JSON.stringify({
        code: 1001,
        message: "Cliente bloqueado",
        detailedMessage: "SA1010 A1_MSBLQL=1 at TGVA001.PRW line 42",
        helpUrl: "",
      }),
    );
    expect(error).toBeInstanceOf(ErpError);
    expect(error.kind).toBe("bad_request");
    expect(error.message).toBe("Cliente bloqueado");
    expect(error.erpCode).toBe("1001");
    expect(error.code).toBe("erp.bad_request");
    expect(error.detail).toContain("TGVA001");
    expect(JSON.stringify(error)).not.toContain("TGVA001");
    expect(Object.keys(error)).not.toContain("detail");
  });

  it.each([
    [401, "unauthorized"],
    [403, "forbidden"],
    [404, "not_found"],
    [409, "conflict"],
    [422, "business"],
    [429, "rate_limited"],
    [500, "unavailable"],
    [502, "unavailable"],
    [503, "no_license"],
    [504, "unavailable"],
  ] as const)("maps HTTP %i to %s", (status, kind) => {
    expect(errorFromResponse(status, JSON.stringify({ code: "X", message: "m" })).kind).toBe(kind);
  });

  it("uses a generic message for 5xx even when the ERP sent one (infrastructure text is not user-safe)", () => {
    const error = errorFromResponse(
      500,
      JSON.stringify({ code: 500, message: "THREAD ERROR ([1234]) array out of bounds" }),
    );
    expect(error.message).not.toContain("THREAD");
    expect(error.detail).toBeUndefined();
  });

  it("handles an HTML error page or an empty body", () => {
    const html = errorFromResponse(502, "<html><body>Bad Gateway</body></html>");
    expect(html.kind).toBe("unavailable");
    expect(html.message).not.toContain("<html>");
    expect(html.detail).toContain("Bad Gateway");
    expect(errorFromResponse(401, "").kind).toBe("unauthorized");
  });

  it("marks only transient kinds as retryable", () => {
    expect(errorFromResponse(503, "").retryable).toBe(true);
    expect(errorFromResponse(400, "").retryable).toBe(false);
  });
});

describe("field-level details of a rejected order", () => {
  it("keeps the envelope's details (user-safe) and maps them to the form's fields", async () => {
    const { formFieldOf } = await import("@/server/erp/protheus/orders");
    const body = JSON.stringify({
      code: 422,
      message: "Pedido inválido: 2 campos com erro.",
      detailedMessage: "items.0.product: …",
      details: [
        { code: "422", field: "items.0.product", message: "Produto P00007 bloqueado (inativo)." },
        { code: "422", field: "paymentcondition", message: "Condição de pagamento bloqueada." },
        { code: "422", message: "sem campo" },
      ],
    });
    const error = errorFromResponse(422, body);
    expect(error.fields).toEqual([
      { field: "items.0.product", message: "Produto P00007 bloqueado (inativo)." },
      { field: "paymentcondition", message: "Condição de pagamento bloqueada." },
    ]);
    expect(JSON.stringify(error)).not.toContain("detailedMessage");
    expect(errorFromResponse(503, body).fields).toEqual([]);
    expect(["items.1.price", "items.0.operationtype", "store", "pricelist", "whatever"].map(formFieldOf)).toEqual([
      "items.1.price",
      "operationType",
      "customer",
      "priceList",
      "form",
    ]);
  });
});
