import { describe, expect, it } from "vitest";
import { sandboxAdmin } from "../sandbox-admin";
import {
  type SalesOrder,
  type Session,
  api,
  businessAdmin,
  createOrder,
  freshSandboxWithAna,
  listPrice,
  orderBody,
  session,
} from "./orders-client";

// Credit and stock analysis of the job, one showcase customer per rule (sandbox/docs/data.md,
// seller ana 000001 in 01/01; MV_RISCOB/C/D = 10/20/30 days).

const admin = sandboxAdmin();
let ana: Session;
let price: number;

freshSandboxWithAna((signedIn, listPriceOfP00001) => {
  ana = signedIn;
  price = listPriceOfP00001 ?? price;
});

const small = () => [{ product: "P00001", quantity: 1, price }];

async function customer(code: string) {
  return (await api<{ availablecreditlimit: number; creditLimit: number }>(ana, "GET", `/customers/${code}/01`)).body;
}

describe("credit rules", () => {
  it.each([
    ["000001", "A, 45 days overdue", "released", ""],
    ["000002", "B, 15 days overdue (≥ 10)", "credit_blocked", "06"],
    ["000003", "B, 5 days overdue (< 10)", "released", ""],
    ["000004", "C, 25 days overdue (≥ 20)", "credit_blocked", "06"],
    ["000005", "C, 15 days overdue (< 20)", "released", ""],
    ["000006", "D, 40 days overdue (≥ 30)", "credit_blocked", "06"],
    ["000007", "D, 25 days overdue (< 30)", "released", ""],
    ["000008", "E, always blocked", "credit_blocked", "06"],
    ["000010", "limit expired 10 days ago", "credit_blocked", "04"],
    ["000012", "B, nothing overdue", "released", ""],
  ])("customer %s (%s) → %s %s", async (code, _why, status, blockcode) => {
    const { order } = await createOrder(ana, orderBody(code, small()));
    expect(order.status).toBe(status);
    expect(order.blockcode).toBe(blockcode);
    for (const item of order.items) expect(item.creditblock).toBe(blockcode);
  });

  it("blocks an order above the available credit (01) but not one within it", async () => {
    // 000009: A1_LC − A1_SALPEDL − A1_SALDUP = R$ 100,00.
    const within = await createOrder(ana, orderBody("000009", [{ product: "P00001", quantity: 1, price }]));
    expect(within.order.status).toBe("released");
    await admin.reset();
    ana = await session("ana", "ana123");
    const quantity = Math.ceil(100 / price) + 1;
    const above = await createOrder(ana, orderBody("000009", [{ product: "P00001", quantity, price }]));
    expect(above.order).toMatchObject({ status: "credit_blocked", blockcode: "01" });
  });

  it("tells the seller why, in words", async () => {
    const { order } = await createOrder(ana, orderBody("000002", small()));
    const note = (
      await api<{ items: { title: string; description: string }[] }>(ana, "GET", "/notifications?pageSize=1&order=-id")
    ).body.items[0]!;
    expect(note.title).toBe(`Pedido ${order.number} incluído - bloqueado por crédito`);
    expect(note.description).toMatch(/risco B e título vencido há 15 dias \(tolerância de 10 dias, MV_RISCOB\)/);
  });

  it("moves A1_SALPEDL by the order total when credit is released, not when blocked", async () => {
    const before = await customer("000012");
    const { order } = await createOrder(ana, orderBody("000012", [{ product: "P00001", quantity: 4, price }]));
    const after = await customer("000012");
    expect(Math.round((before.availablecreditlimit - after.availablecreditlimit) * 100)).toBe(
      Math.round(order.total * 100),
    );

    const blockedBefore = await customer("000008");
    await createOrder(ana, orderBody("000008", small()));
    expect((await customer("000008")).availablecreditlimit).toBe(blockedBefore.availablecreditlimit);
  });
});

describe("stock check", () => {
  it("blocks the item short of stock (C9_BLEST 02) and reserves the others", async () => {
    // P00005 has no stock; P00006 only 3 units in warehouse 01 (sandbox/docs/data.md).
    const reservedIn01 = async (p: string) =>
      (
        await api<{ items: { warehouse: string; reserved: number }[] }>(ana, "GET", `/products/${p}/stock`)
      ).body.items.find((s) => s.warehouse === "01")?.reserved ?? 0;
    const p1Before = await reservedIn01("P00001");
    const p6Before = await reservedIn01("P00006");
    const { order } = await createOrder(
      ana,
      orderBody("000012", [
        { product: "P00001", quantity: 2, price },
        { product: "P00006", quantity: 5, price: await listPrice(ana, "P00006") },
      ]),
    );
    expect(order.status).toBe("stock_blocked");
    expect(order.items.map((i) => [i.product, i.creditblock, i.stockblock])).toEqual([
      ["P00001", "", ""],
      ["P00006", "", "02"],
    ]);
    expect(await reservedIn01("P00001")).toBe(p1Before + 2);
    expect(await reservedIn01("P00006")).toBe(p6Before);
    const note = (await api<{ items: { title: string }[] }>(ana, "GET", "/notifications?pageSize=1&order=-id")).body
      .items[0]!;
    expect(note.title).toBe(`Pedido ${order.number} incluído - bloqueado por estoque`);
  });

  it("releases blocks by hand (credit first, then stock)", async () => {
    const { order } = await createOrder(
      ana,
      orderBody("000008", [{ product: "P00006", quantity: 5, price: await listPrice(ana, "P00006") }]),
    );
    expect(order.status).toBe("credit_blocked");
    const credit = await businessAdmin<{ status: string; previousStatus: string }>(
      "POST",
      `/orders/${order.number}/release`,
      { kind: "credit" },
    );
    expect(credit).toMatchObject({ previousStatus: "credit_blocked", status: "stock_blocked" });
    const all = await businessAdmin<{ status: string }>("POST", `/orders/${order.number}/release`, {});
    expect(all.status).toBe("released");
    const after = (await api<SalesOrder>(ana, "GET", `/salesorders/${order.id}`)).body;
    expect(after.status).toBe("released");
    expect(after.stamp).not.toBe(order.stamp);
  });
});
