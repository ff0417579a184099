import { beforeAll, describe, expect, it } from "vitest";
import { sandboxAdmin } from "../sandbox-admin";
import { allItems, expectEnvelope, expectError, forgetTokens, type Item, page, tgv } from "./tgv-client";

/**
 * Field names and answer shapes of every PGV read entity (ERP-CONTRACT.md §4), as ana (seller
 * 000001) in 01/01 sees them on the demo seed. Field names are the contract: the portal's
 * reshapers read exactly these.
 */

// Start from the seed: earlier test files (orders, time travel) may have changed data or tokens.
beforeAll(async () => {
  await sandboxAdmin().reset();
  forgetTokens();
});

const ENTITIES: Record<string, string[]> = {
  customers: [
    "id",
    "branch",
    "code",
    "store",
    "name",
    "fantasy",
    "municipalregistration",
    "estadualregistration",
    "customertype",
    "personType",
    "cgc",
    "paymentconditions",
    "pricelist",
    "cnae",
    "vendor",
    "citycode",
    "city",
    "neighborhood",
    "address",
    "addresscomplement",
    "zipcode",
    "uf",
    "ufdescription",
    "ddi",
    "ddd",
    "phone",
    "email",
    "country",
    "countrydescription",
    "contact",
    "risk",
    "creditLimit",
    "creditlimitexpiration",
    "lastpurchase",
    "availablecreditlimit",
    "inclusionDate",
    "status",
    "stamp",
    "contributor",
    "prospect",
    "externalid",
    "deleted",
  ],
  financialcustomerstatus: [
    "id",
    "code",
    "store",
    "oldestdue",
    "branch",
    "openbalance",
    "overduebalance",
    "delinquency",
    "deleted",
  ],
  "financialstatus/sync": [
    "id",
    "code",
    "store",
    "oldestdue",
    "branch",
    "openbalance",
    "overduebalance",
    "delinquency",
    "deleted",
  ],
  financialsecurities: [
    "id",
    "branchid",
    "prefix",
    "titlecode",
    "installment",
    "type",
    "customerid",
    "customerstore",
    "billvalue",
    "titlebalance",
    "writeofnetvalue",
    "installmentmaturity",
    "issuedate",
    "writeoffdate",
    "status",
    "deleted",
  ],
  contacts: [
    "internalid",
    "contactid",
    "cgcentity",
    "name",
    "email",
    "datetime",
    "entitytype",
    "entitycode",
    "role",
    "stamp",
    "d_e_l_e_t_",
  ],
  phonecontacts: [
    "internalid",
    "contactinternalid",
    "phonetype",
    "ddd",
    "ddi",
    "phone",
    "email",
    "complement",
    "datetime",
    "entitytype",
    "entitycode",
    "main",
    "d_e_l_e_t_",
  ],
  paymentconditions: ["branchid", "paymentcode", "paymentdescription", "status", "condition", "deleted"],
  priceList: ["branchid", "code", "description", "inicialdate", "finaldate", "status", "deleted"],
  products: ["code", "description", "type", "status", "active", "standardwarehouse", "measureunit", "price", "deleted"],
  carriers: ["code", "name", "deleted"],
  operationtypes: ["code", "description", "tes", "deleted"],
  notifications: [
    "id",
    "title",
    "description",
    "type",
    "user_id",
    "notification_status",
    "movimentation_status",
    "notification_date",
    "notification_hour",
    "recordkey",
    "deleted",
  ],
};

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

describe("PGV read entities: envelope and field names", () => {
  it.each(Object.entries(ENTITIES))(
    "%s answers the collection envelope with the contract's field names",
    async (path, fields) => {
      const p = await page("ana", `${path}?pageSize=3`);
      expectEnvelope(p);
      expect(p.items.length, `${path} has demo data`).toBeGreaterThan(0);
      for (const item of p.items) expect(Object.keys(item)).toEqual(fields);
    },
  );

  it("types values the way the wire carries them: trimmed text, ISO dates, numbers, flags", async () => {
    const [c] = (await page("ana", "customers?pageSize=1")).items as [Item];
    expect(c.id).toBe(`${c.branch}${c.code}${c.store}`);
    expect(c.code).toMatch(/^\d{6}$/);
    expect(typeof c.creditLimit).toBe("number");
    expect(typeof c.availablecreditlimit).toBe("number");
    expect(c.deleted).toBe(false);
    expect(c.vendor).toBe("000001");
    for (const d of [c.inclusionDate, c.lastpurchase]) if (d !== null) expect(d).toMatch(ISO_DAY);
    expect(["F", "J"]).toContain(c.personType);

    const [t] = (await page("ana", "financialsecurities?pageSize=1")).items as [Item];
    expect(typeof t.billvalue).toBe("number");
    expect(t.installmentmaturity).toMatch(ISO_DAY);
    expect(["open", "paid", "overdue"]).toContain(t.status);

    expect((await page("ana", "paymentconditions?pageSize=1")).items[0]!.deleted).toBe("0");
    expect((await page("ana", "priceList?pageSize=1")).items[0]!.deleted).toBe(0);
    expect((await page("ana", "contacts?pageSize=1")).items[0]!.d_e_l_e_t_).toBe(" ");
    expect((await page("ana", "contacts?pageSize=1")).items[0]!.datetime).toMatch(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/,
    );
    expect(typeof (await page("ana", "notifications?pageSize=1")).items[0]!.notification_status).toBe("number");
  });
});

describe("single-record routes", () => {
  it("customers/{code}/{store} answers the same item as the list", async () => {
    const [c] = (await page("ana", "customers?pageSize=1")).items as [Item];
    const res = await tgv("ana", `customers/${c.code}/${c.store}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(c);
  });

  it("customers/creditlimit/{code}/{store} = A1_LC − A1_SALPEDL − A1_SALDUP (availablecreditlimit)", async () => {
    for (const c of (await page("ana", "customers?pageSize=15")).items) {
      const res = await tgv("ana", `customers/creditlimit/${c.code}/${c.store}`);
      expect(await res.json()).toEqual({ creditLimitBalance: c.availablecreditlimit });
    }
  });

  it("financialstatus/{code}/{store} matches the customer's titles (oldest open due date, balances, delinquency %)", async () => {
    const statuses = await allItems("ana", "financialstatus/sync");
    const withOverdue = statuses.find((s) => Number(s.overduebalance) > 0)!;
    expect(withOverdue, "demo seed has an overdue customer").toBeDefined();
    const res = await tgv("ana", `financialstatus/${withOverdue.code}/${withOverdue.store}`);
    expect(await res.json()).toEqual(withOverdue);

    const titles = await allItems("ana", `customers/${withOverdue.code}/${withOverdue.store}/financialsecurities`);
    const open = titles.filter((t) => Number(t.titlebalance) > 0);
    const cents = (xs: Item[]) => xs.reduce((n, t) => n + Math.round(Number(t.titlebalance) * 100), 0);
    expect(Math.round(Number(withOverdue.openbalance) * 100)).toBe(cents(open));
    expect(Math.round(Number(withOverdue.overduebalance) * 100)).toBe(
      cents(open.filter((t) => t.status === "overdue")),
    );
    expect(withOverdue.oldestdue).toBe(open.map((t) => String(t.installmentmaturity)).sort()[0]);
    expect(withOverdue.delinquency).toBeCloseTo(
      (Number(withOverdue.overduebalance) / Number(withOverdue.openbalance)) * 100,
      2,
    );

    const fd = await tgv("ana", `financialsecurities/financialdefault/${withOverdue.code}/${withOverdue.store}`);
    expect(await fd.json()).toEqual({ financialdefault: withOverdue.overduebalance });
  });

  it("customers/{code}/{store}/financialsecurities lists only that customer's titles, paged and filterable", async () => {
    const [t] = (await page("ana", "financialsecurities?pageSize=1")).items as [Item];
    const p = await page(
      "ana",
      `customers/${t.customerid}/${t.customerstore}/financialsecurities?pageSize=2&filter=${encodeURIComponent("status ne 'x'")}`,
    );
    expectEnvelope(p);
    expect(p.items.every((i) => i.customerid === t.customerid && i.customerstore === t.customerstore)).toBe(true);
  });

  it("products/{code}/stock: one row per warehouse, available = quantity − reserved", async () => {
    const [product] = (await page("ana", "products?pageSize=1")).items as [Item];
    const p = await page("ana", `products/${product.code}/stock`);
    expectEnvelope(p);
    expect(p.items.length).toBeGreaterThan(0);
    for (const s of p.items) {
      expect(Object.keys(s)).toEqual(["product", "warehouse", "available", "reserved", "quantity", "deleted"]);
      expect(s.product).toBe(product.code);
      expect(Number(s.available)).toBeCloseTo(Number(s.quantity) - Number(s.reserved), 2);
    }
  });

  it("priceList/{code}/items: paged items with the contract's names", async () => {
    const [list] = (await page("ana", "priceList?pageSize=1")).items as [Item];
    const p = await page("ana", `priceList/${list.code}/items?pageSize=2`);
    expectEnvelope(p);
    expect(p.items.length).toBeGreaterThan(0);
    expect(Object.keys(p.items[0]!)).toEqual([
      "itemCode",
      "minimumSalesPrice",
      "price",
      "activeItemPrice",
      "itemValidity",
      "deleted",
    ]);
  });

  it("operation types carry the TES of their SFM rule", async () => {
    const types = (await page("ana", "operationtypes")).items;
    expect(types.find((t) => t.code === "01")?.tes).toMatch(/^\d{3}$/);
  });

  it.each([
    ["customers/999999/01", /Cliente não encontrado/],
    ["customers/creditlimit/999999/01", /Cliente não encontrado/],
    ["financialstatus/999999/01", /Cliente não encontrado/],
    ["financialsecurities/financialdefault/999999/01", /Cliente não encontrado/],
    ["customers/999999/01/financialsecurities", /Cliente não encontrado/],
    ["products/NOPE/stock", /Produto não encontrado/],
    ["priceList/ZZZ/items", /Tabela de preço não encontrada/],
  ])("%s → 404 envelope when the record does not exist", async (path, message) => {
    await expectError(await tgv("ana", path), 404, message);
  });
});
