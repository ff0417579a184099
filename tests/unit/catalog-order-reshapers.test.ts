import { describe, expect, it } from "vitest";
import {
  toCarrier,
  toOperationType,
  toPaymentCondition,
  toPriceList,
  toPriceListItem,
  toProduct,
} from "@/server/erp/protheus/catalog";
import { toNotification } from "@/server/erp/protheus/notifications";
import { toQueueItem, toSalesOrder } from "@/server/erp/protheus/orders";
import { itemsShortOfStock, stockHolds } from "@/lib/types/order";
import { isDeletedRow } from "@/server/erp/protheus/wire";

describe("payment conditions reshaper (SE4)", () => {
  it("reads the new field family with its string deleted flag", () => {
    const raw = {
      branchid: "  ",
      paymentcode: "003",
      paymentdescription: " 30/60/90 ",
      status: "2",
      condition: "30,60,90",
      deleted: "0",
    };
    expect(toPaymentCondition(raw)).toEqual({
      id: "003",
      code: "003",
      description: "30/60/90",
      condition: "30,60,90",
      blocked: false,
    });
    expect(isDeletedRow(raw)).toBe(false);
    expect(isDeletedRow({ ...raw, deleted: "1" })).toBe(true);
    expect(toPaymentCondition({ ...raw, status: "1" }).blocked).toBe(true);
  });

  it("reads the old family (id, codigo, descricao) with d_e_l_e_t_", () => {
    const raw = { id: "001", codigo: "001", descricao: "A VISTA", d_e_l_e_t_: " " };
    expect(toPaymentCondition(raw)).toEqual({
      id: "001",
      code: "001",
      description: "A VISTA",
      condition: "",
      blocked: false,
    });
    expect(isDeletedRow(raw)).toBe(false);
    expect(isDeletedRow({ ...raw, d_e_l_e_t_: "*" })).toBe(true);
  });
});

describe("price lists reshaper (DA0/DA1)", () => {
  it("reads validity, the 1/2 active status and the numeric deleted flag", () => {
    const raw = {
      branchid: "",
      code: "002",
      description: "TABELA PADRAO",
      inicialdate: "2026-05-22",
      finaldate: null,
      status: "1",
      deleted: 0,
    };
    expect(toPriceList(raw)).toEqual({
      id: "002",
      code: "002",
      description: "TABELA PADRAO",
      startDate: "2026-05-22",
      endDate: null,
      active: true,
    });
    expect(toPriceList({ ...raw, status: "2", finaldate: "20270522" })).toMatchObject({
      active: false,
      endDate: "2027-05-22",
    });
    expect(toPriceList({ code: "009", active: false }).active).toBe(false);
    expect(isDeletedRow({ ...raw, deleted: 1 })).toBe(true);
    expect(isDeletedRow(raw)).toBe(false);
  });

  it("keys items by list and product, prices in centavos", () => {
    const raw = {
      itemCode: "P00001",
      minimumSalesPrice: 18.83,
      price: 20.92,
      activeItemPrice: true,
      itemValidity: "2026-05-22",
      deleted: false,
    };
    expect(toPriceListItem("002", raw)).toEqual({
      id: "002|P00001",
      priceList: "002",
      product: "P00001",
      price: 2092,
      minimumPrice: 1883,
      active: true,
      validFrom: "2026-05-22",
    });
    expect(toPriceListItem("002", { itemcode: "P00002", price: "8,10", activeitemprice: "0" })).toMatchObject({
      product: "P00002",
      price: 810,
      minimumPrice: 0,
      active: false,
    });
  });
});

describe("products, carriers, operation types", () => {
  it("reads products by `active` or by the MSBLQL status", () => {
    const raw = {
      code: "P00007",
      description: "DETERGENTE",
      type: "PA",
      status: "1",
      active: false,
      standardwarehouse: "01",
      measureunit: "UN",
      price: 4.5,
      deleted: false,
    };
    expect(toProduct(raw)).toEqual({
      id: "P00007",
      code: "P00007",
      description: "DETERGENTE",
      type: "PA",
      unit: "UN",
      warehouse: "01",
      price: 450,
      active: false,
    });
    expect(toProduct({ code: "P00001", status: "2" }).active).toBe(true);
    expect(toProduct({ code: "P00001", status: "1" }).active).toBe(false);
  });

  it("reads carriers and operation types with their TES", () => {
    expect(toCarrier({ code: "000001", name: " TRANSPORTES SUL " })).toEqual({
      id: "000001",
      code: "000001",
      name: "TRANSPORTES SUL",
    });
    expect(toOperationType({ code: "01", description: "VENDA", tes: "501" })).toEqual({
      id: "01",
      code: "01",
      description: "VENDA",
      tes: "501",
    });
  });
});

describe("sales orders reshaper (SC5/SC6)", () => {
  const header = {
    id: "01001151",
    branch: "01",
    number: "001151",
    customer: "000012",
    store: "01",
    paymentcondition: "003",
    pricelist: "002",
    seller: "000001",
    carrier: "      ",
    freighttype: "C",
    freightvalue: 12.5,
    customerordernumber: "PC-1",
    message: "",
    issuedate: "2026-11-20",
    status: "credit_blocked",
    total: 41.84,
    externalid: "pgv-1",
    origin: "TGV.SALESORDER",
    invoice: "",
    invoiceseries: "",
    stamp: "2026-11-22T20:31:08.653Z",
    items: [
      {
        item: "01",
        product: "P00001",
        description: "ARROZ",
        unit: "UN",
        quantity: 2,
        listprice: 20.92,
        price: 20.92,
        discount: 0,
        total: 41.84,
        operationtype: "01",
        tes: "501",
        warehouse: "01",
        creditblock: "01",
        stockblock: "02",
      },
    ],
    deleted: false,
  };

  it("reads the collection row: money in centavos, nested items, no invoice", () => {
    const order = toSalesOrder(header);
    expect(order).toMatchObject({
      id: "01001151",
      number: "001151",
      carrier: "",
      freightValue: 1250,
      total: 4184,
      status: "credit_blocked",
      invoice: null,
      stamp: header.stamp,
    });
    expect(order.items).toEqual([
      {
        item: "01",
        product: "P00001",
        description: "ARROZ",
        unit: "UN",
        quantity: 2,
        listPrice: 2092,
        price: 2092,
        discount: 0,
        total: 4184,
        operationType: "01",
        tes: "501",
        warehouse: "01",
        creditBlock: "01",
        stockBlock: "02",
      },
    ]);
  });

  it("names the items short of stock only when the ERP analysed the stock, and what an edit gives back", () => {
    const item = (n: string, creditBlock: string, stockBlock: string, quantity = 5) => ({
      ...toSalesOrder(header).items[0]!,
      item: n,
      product: `P0000${n.slice(1)}`,
      quantity,
      creditBlock,
      stockBlock,
    });
    const stock = { status: "stock_blocked" as const, items: [item("01", "", ""), item("02", "", "02", 9)] };
    expect(itemsShortOfStock(stock).map((i) => i.item)).toEqual(["02"]);
    expect(stockHolds(stock)).toEqual([{ product: "P00001", warehouse: "01", quantity: 5 }]);
    // Credit blocked: MATA440 leaves 02 on every item without analysing the stock, and reserves nothing.
    const credit = { status: "credit_blocked" as const, items: [item("01", "01", "02"), item("02", "01", "02")] };
    expect(itemsShortOfStock(credit)).toEqual([]);
    expect(stockHolds(credit)).toEqual([]);
    // Open (no release yet): nothing reserved; released: everything.
    expect(stockHolds({ status: "open", items: [item("01", "", "")] })).toEqual([]);
    expect(stockHolds({ status: "released", items: [item("01", "", "", 3), item("02", "", "", 4)] })).toEqual([
      { product: "P00001", warehouse: "01", quantity: 3 },
      { product: "P00002", warehouse: "01", quantity: 4 },
    ]);
    // A copy synced before the codes were kept has neither: nothing named, nothing assumed short.
    const { creditBlock: _c, stockBlock: _s, ...old } = item("01", "", "02");
    expect(itemsShortOfStock({ status: "stock_blocked", items: [old] })).toEqual([]);
  });

  it("reads the invoice as collection columns or as the single GET's object", () => {
    expect(toSalesOrder({ ...header, status: "invoiced", invoice: "000001581", invoiceseries: "1" }).invoice).toEqual({
      number: "000001581",
      series: "1",
    });
    expect(
      toSalesOrder({ ...header, status: "invoiced", invoice: { number: "000001581", series: "1", total: 41.84 } })
        .invoice,
    ).toEqual({ number: "000001581", series: "1" });
  });

  it("builds the id from branch and number, marks unknown statuses, tolerates a deleted row without items", () => {
    expect(toSalesOrder({ branch: "01", number: "000777", status: "weird", deleted: true })).toMatchObject({
      id: "01000777",
      status: "unknown",
      items: [],
    });
  });

  it("reads queue items with their numeric status", () => {
    expect(
      toQueueItem({
        id: "q1",
        operation: "insert",
        orderid: null,
        status: 3,
        message: "Produto P00007 bloqueado",
        received_at: "2026-11-22T10:00:00.000Z",
        finished_at: null,
        externalid: "pgv-2",
      }),
    ).toEqual({
      id: "q1",
      operation: "insert",
      orderId: null,
      status: "error",
      message: "Produto P00007 bloqueado",
      receivedAt: "2026-11-22T10:00:00.000Z",
      finishedAt: null,
      externalId: "pgv-2",
    });
    expect(toQueueItem({ id: "q2", operation: "DELETE", orderid: "01001151", status: "2" })).toMatchObject({
      operation: "delete",
      orderId: "01001151",
      status: "done",
    });
  });
});

describe("notifications reshaper (A1S)", () => {
  it("reads type, read state and the date-time", () => {
    const raw = {
      id: "N1",
      title: "Pedido 001151 incluído e liberado",
      description: "…",
      type: 1,
      user_id: "000010",
      notification_status: 1,
      movimentation_status: 1,
      notification_date: "2026-11-22",
      notification_hour: "14:05:09",
      recordkey: "001151",
      deleted: false,
    };
    expect(toNotification(raw)).toEqual({
      id: "N1",
      type: "order",
      title: "Pedido 001151 incluído e liberado",
      description: "…",
      read: false,
      movement: 1,
      at: "2026-11-22T14:05:09",
      recordKey: "001151",
    });
    expect(toNotification({ ...raw, notification_status: 2, type: 9, notification_hour: "14:05" })).toMatchObject({
      read: true,
      type: "other",
      at: "2026-11-22T14:05:00",
    });
    expect(toNotification({ id: "N2", notification_date: "" }).at).toBeNull();
  });
});
