import { describe, expect, it } from "vitest";
import { type Session, api, freshSandboxWithAna, orderBody } from "./orders-client";

// Field-level errors of POST salesorders: 400 when the payload itself is wrong, 422 when the ERP
// data rejects it; both in the TOTVS envelope with `details: [{ field, message }]`, and nothing
// is queued.

type ErrorBody = {
  code: number;
  message: string;
  detailedMessage: string;
  details: { field: string; message: string }[];
};

let ana: Session;
let price: number;

freshSandboxWithAna((signedIn, listPriceOfP00001) => {
  ana = signedIn;
  price = listPriceOfP00001 ?? price;
});

const post = (body: unknown) => api<ErrorBody>(ana, "POST", "/salesorders", { body });
const fields = (body: ErrorBody) => body.details.map((d) => d.field).sort();

describe("400: malformed payload", () => {
  it("names every missing or invalid field", async () => {
    const res = await post({
      customer: "000012",
      items: [{ product: "P00001", quantity: 0, price: -1 }, { product: "" }],
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe(400);
    expect(fields(res.body)).toEqual([
      "items.0.price",
      "items.0.quantity",
      "items.1.price",
      "items.1.product",
      "items.1.quantity",
      "paymentcondition",
      "store",
    ]);
    expect(res.body.details.find((d) => d.field === "items.0.quantity")!.message).toBe(
      "A quantidade deve ser maior que zero.",
    );
    expect(res.body.details.find((d) => d.field === "store")!.message).toBe("Campo obrigatório.");
  });

  it("requires at least one item and an operation type", async () => {
    const empty = await post(orderBody("000012", []));
    expect(empty.status).toBe(400);
    expect(empty.body.details).toEqual([
      { code: "400", field: "items", message: "O pedido deve ter ao menos um item." },
    ]);
    const noOperation = await post(
      orderBody("000012", [{ product: "P00001", quantity: 1, price }], { operationtype: undefined }),
    );
    expect(noOperation.status).toBe(400);
    expect(fields(noOperation.body)).toEqual(["items.0.operationtype"]);
  });

  it("answers a malformed JSON body with 400", async () => {
    expect((await api(ana, "POST", "/salesorders", { body: "{ not json" })).status).toBe(400);
  });
});

describe("422: rejected by the ERP data", () => {
  it.each([
    ["a blocked customer (A1_MSBLQL)", { customer: "000011" }, "customer", /bloqueado/],
    ["a customer of another seller", { customer: "200001" }, "customer", /não encontrado na carteira/],
    ["an unknown payment condition", { paymentcondition: "999" }, "paymentcondition", /não encontrada/],
    ["an expired price list", { pricelist: "001" }, "pricelist", /fora da vigência/],
    ["a future price list", { pricelist: "004" }, "pricelist", /fora da vigência/],
    ["an unknown operation type", { operationtype: "99" }, "operationtype", /não encontrado/],
    ["an unknown carrier", { carrier: "999999" }, "carrier", /não encontrada/],
  ])("refuses %s", async (_label, change, field, message) => {
    const res = await post({ ...orderBody("000012", [{ product: "P00001", quantity: 1, price }]), ...change });
    expect(res.status).toBe(422);
    expect(res.body.details).toEqual([expect.objectContaining({ field, message: expect.stringMatching(message) })]);
  });

  it("refuses an inactive product (B1_MSBLQL) and a price below the list's minimum", async () => {
    const res = await post(
      orderBody("000012", [
        { product: "P00007", quantity: 1, price: 10 },
        { product: "P00001", quantity: 1, price: Math.floor(price * 0.5 * 100) / 100 },
      ]),
    );
    expect(res.status).toBe(422);
    expect(res.body.details).toEqual([
      expect.objectContaining({ field: "items.0.product", message: expect.stringMatching(/bloqueado/) }),
      expect.objectContaining({ field: "items.1.price", message: expect.stringMatching(/abaixo do mínimo/) }),
    ]);
  });

  it("queues nothing for a rejected order", async () => {
    await post({ ...orderBody("000011", [{ product: "P00001", quantity: 1, price }]), externalid: "rejected-1" });
    const queue = await api<{ items: unknown[] }>(
      ana,
      "GET",
      `/salesordersqueue?filter=${encodeURIComponent("externalid eq 'rejected-1'")}`,
    );
    expect(queue.body.items).toEqual([]);
  });
});
