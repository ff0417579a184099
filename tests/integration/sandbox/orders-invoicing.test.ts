import { describe, expect, inject, it } from "vitest";
import { sandboxAdmin } from "../sandbox-admin";
import {
  type SalesOrder,
  type Session,
  api,
  businessAdmin,
  createOrder,
  freshSandboxWithAna,
  orderBody,
} from "./orders-client";

// Business time drives the rest of the lifecycle: advancing it invoices released orders (SF2/SD2,
// SE1 instalments from E4_COND, customer balances), then titles fall due; paying them clears them.

type Advance = {
  from: string;
  to: string;
  invoiceDate: string;
  invoiced: {
    order: string;
    invoice: string;
    series: string;
    total: number;
    installments: { installment: string; duedate: string; value: number }[];
  }[];
  newlyOverdue: { customer: string; number: string; installment: string; balance: number }[];
};
type Title = {
  prefix: string;
  titlecode: string;
  installment: string;
  billvalue: number;
  titlebalance: number;
  installmentmaturity: string;
  status?: string;
};

const admin = sandboxAdmin();
let ana: Session;
let price: number;

freshSandboxWithAna((signedIn, listPriceOfP00001) => {
  ana = signedIn;
  price = listPriceOfP00001 ?? price;
});

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** DataValida: Saturday/Sunday → Monday. */
const businessDay = (iso: string) => {
  const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return day === 6 ? addDays(iso, 2) : day === 0 ? addDays(iso, 1) : iso;
};

describe("POST /__admin/time/advance", () => {
  it("invoices a released order with SE1 instalments matching its payment condition (30/60/90)", async () => {
    const { order } = await createOrder(
      ana,
      orderBody("000012", [{ product: "P00001", quantity: 7, price }], { freightvalue: 12.5 }),
    );
    expect(order.status).toBe("released");
    const advance = await businessAdmin<Advance>("POST", "/time/advance", { days: 1 });
    expect(advance.to).toBe(addDays(advance.from, 1));
    const mine = advance.invoiced.find((i) => i.order === order.id)!;
    expect(mine.invoice).toMatch(/^\d{9}$/);

    const invoiced = (await api<SalesOrder>(ana, "GET", `/salesorders/${order.id}`)).body;
    expect(invoiced.status).toBe("invoiced");
    const invoice = invoiced.invoice!;
    expect(invoice).toMatchObject({ number: mine.invoice, series: "1", issuedate: advance.invoiceDate });
    expect(invoice.total).toBeCloseTo(order.total + 12.5, 2);
    expect(invoice.installments.map((i) => i.installment)).toEqual(["A", "B", "C"]);
    expect(invoice.installments.map((i) => i.duedate)).toEqual(
      [30, 60, 90].map((d) => businessDay(addDays(advance.invoiceDate, d))),
    );
    const cents = invoice.installments.map((i) => Math.round(i.value * 100));
    expect(cents.reduce((a, b) => a + b, 0)).toBe(Math.round(invoice.total * 100));
    expect(Math.max(...cents) - Math.min(...cents)).toBeLessThanOrEqual(2);

    // The same titles through the PGV receivables route, and the customer's last purchase.
    const titles = await api<{ items: Title[] }>(
      ana,
      "GET",
      `/customers/000012/01/financialsecurities?pageSize=50&filter=${encodeURIComponent(`titlecode eq '${mine.invoice}'`)}`,
    );
    expect(titles.body.items.map((t) => [t.installment, t.billvalue, t.titlebalance])).toEqual(
      invoice.installments.map((i) => [i.installment, i.value, i.value]),
    );
    const customer = (await api<{ lastpurchase: string }>(ana, "GET", "/customers/000012/01")).body;
    expect(customer.lastpurchase).toBe(advance.invoiceDate);
  });

  it("creates no receivables for a TES without duplicata (bonificação) and a single blank instalment for 30 days", async () => {
    const bonus = await createOrder(
      ana,
      orderBody("000012", [{ product: "P00001", quantity: 1, price, operationtype: "02" }]),
    );
    const single = await createOrder(
      ana,
      orderBody("000012", [{ product: "P00001", quantity: 1, price }], { paymentcondition: "002" }),
    );
    await businessAdmin("POST", "/time/advance", { days: 1 });
    const read = async (id: string) => (await api<SalesOrder>(ana, "GET", `/salesorders/${id}`)).body.invoice!;
    expect((await read(bonus.order.id)).installments).toEqual([]);
    expect((await read(single.order.id)).installments.map((i) => i.installment)).toEqual([""]);
  });

  it("leaves blocked orders alone and moves overdue-ness with the date; paying clears it", async () => {
    const blocked = await createOrder(ana, orderBody("000008", [{ product: "P00001", quantity: 1, price }]));
    const { order } = await createOrder(ana, orderBody("000012", [{ product: "P00001", quantity: 3, price }]));
    const first = await businessAdmin<Advance>("POST", "/time/advance", { days: 1 });
    expect(first.invoiced.map((i) => i.order)).toContain(order.id);
    expect(first.invoiced.map((i) => i.order)).not.toContain(blocked.order.id);
    const invoice = first.invoiced.find((i) => i.order === order.id)!;
    const defaultOf = async () =>
      (await api<{ financialdefault: number }>(ana, "GET", "/financialsecurities/financialdefault/000012/01")).body
        .financialdefault;
    expect(await defaultOf()).toBe(0);

    // Past the first due date (+ a weekend at most): instalment A is overdue, B and C not yet.
    const later = await businessAdmin<Advance>("POST", "/time/advance", { days: 40 });
    const overdue = later.newlyOverdue.filter((t) => t.number === invoice.invoice);
    expect(overdue.map((t) => t.installment)).toEqual(["A"]);
    expect(await defaultOf()).toBeCloseTo(invoice.installments[0]!.value, 2);

    const paid = await businessAdmin<{ paid: { installment: string }[]; total: number }>("POST", "/titles/pay", {
      customer: "000012",
      store: "01",
      number: invoice.invoice,
      installment: "A",
    });
    expect(paid.paid.map((p) => p.installment)).toEqual(["A"]);
    expect(paid.total).toBeCloseTo(invoice.installments[0]!.value, 2);
    expect(await defaultOf()).toBe(0);
  });

  it("rejects a bad number of days", async () => {
    const res = await fetch(`${admin.url}/__admin/time/advance`, {
      method: "POST",
      headers: { "x-sandbox-admin-key": inject("sandboxAdminKey"), "content-type": "application/json" },
      body: JSON.stringify({ days: 0 }),
    });
    expect(res.status).toBe(400);
  });
});
