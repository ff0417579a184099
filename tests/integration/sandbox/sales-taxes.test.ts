import { inject, beforeAll, describe, expect, it } from "vitest";
import { sandboxAdmin } from "../sandbox-admin";
import { type Session, createOrder, listPrice, orderBody, session } from "./orders-client";

/**
 * Protheus `SalesTaxes` over HTTP (sandbox/docs/taxes.md). Every figure below is worked out by hand
 * from the formulas of ERP-CONTRACT.md §6 and the seeded rates the first test checks — never
 * copied from the engine. Branch 01/01 is São Paulo (MV_ESTADO SP, internal rate 18%). Showcases
 * (ana, seller 000001): 000002 SP reseller, 000012 MG reseller, 000014 BA non-contributor final
 * consumer; P00001 café (IPI 0, no ST), P00014 refrigerante (IPI 4%, group 001), P00017 cerveja
 * (IPI 6%, group 002), P00018 detergente (IPI 5%, group 003), P00035 luva nitrílica (imported,
 * origin 1, IPI 10%). Each tax of each item is rounded half-up to the centavo.
 */

const admin = sandboxAdmin();
let ana: Session;
let bruno: Session;

type Values = Record<string, number>;
type TaxItem = Values & { item: string; product: string; tes: string; cfop: string };
type Taxes = {
  order?: string;
  customer: string;
  store: string;
  branchuf: string;
  customeruf: string;
  interstate: boolean;
  items: TaxItem[];
  totals: Values;
};
type Envelope = { code: number; message: string; details?: { field: string; message: string }[] };

async function fat<T>(who: Session, method: "GET" | "POST", path: string, body?: unknown) {
  const res = await fetch(`${inject("sandboxUrl")}/rest/api/fat/v1/${path}`, {
    method,
    headers: { authorization: `Bearer ${who.token}`, tenantId: who.tenant, "content-type": "application/json" },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

const simulate = async (body: unknown) => {
  const res = await fat<Taxes>(ana, "POST", "SalesTaxes", body);
  if (res.status !== 200) throw new Error(`SalesTaxes: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};

/** A value field an item does not mention is 0: a tax the case does not involve. */
const ZERO = {
  discountvalue: 0,
  freightvalue: 0,
  icmsbase: 0,
  icmsrate: 0,
  icmsvalue: 0,
  ipibase: 0,
  ipirate: 0,
  ipivalue: 0,
  stbase: 0,
  mva: 0,
  stvalue: 0,
  difalbase: 0,
  difalvalue: 0,
  pisvalue: 0,
  cofinsvalue: 0,
};

beforeAll(async () => {
  await admin.reset();
  ana = await session("ana", "ana123");
  bruno = await session("bruno", "bruno123");
});

describe("seeded fiscal data", () => {
  it("holds the rates, flags and showcases the figures below rely on", async () => {
    const one = async <R>(sql: string) => (await admin.sql<R>(sql)).rows;
    const [params] = await one<{ esticm: string; norte: string; estado: string }>(
      `SELECT max(X6_CONTEUD) FILTER (WHERE X6_VAR = 'MV_ESTICM') AS esticm,
              max(X6_CONTEUD) FILTER (WHERE X6_VAR = 'MV_NORTE') AS norte,
              max(X6_CONTEUD) FILTER (WHERE X6_VAR = 'MV_ESTADO' AND X6_FIL = '01') AS estado FROM SX6010`,
    );
    expect(params!.estado.trim()).toBe("SP");
    expect(params!.esticm).toMatch(/SP18(?!\d)/);
    expect(params!.esticm).toMatch(/MG18(?!\d)/);
    expect(params!.esticm).toMatch(/BA20\.5/);
    expect(params!.norte.split("/")).toEqual(expect.arrayContaining(["BA", "CE", "ES", "GO"]));
    expect(params!.norte.split("/")).not.toContain("MG");
    expect(params!.esticm.match(/[A-Z]{2}/g)).toHaveLength(27);

    const products = await one<{ code: string; ipi: string; origem: string; grtrib: string }>(
      `SELECT trim(B1_COD) AS code, B1_IPI AS ipi, B1_ORIGEM AS origem, trim(B1_GRTRIB) AS grtrib FROM SB1010
        WHERE B1_COD IN ('P00001', 'P00014', 'P00017', 'P00018', 'P00035') ORDER BY 1`,
    );
    expect(products.map((p) => [p.code, Number(p.ipi), p.origem, p.grtrib])).toEqual([
      ["P00001", 0, "0", ""],
      ["P00014", 4, "0", "001"],
      ["P00017", 6, "0", "002"],
      ["P00018", 5, "0", "003"],
      ["P00035", 10, "1", ""],
    ]);

    const margins = await one<{ key: string; margin: string }>(
      `SELECT trim(F7_GRTRIB) || '/' || F7_EST || '/' || F7_TIPOCLI AS key, F7_MARGEM AS margin FROM SF7010
        WHERE (F7_GRTRIB, F7_EST) IN (('001', 'SP'), ('001', 'MG'), ('003', 'MG')) AND F7_TIPOCLI = 'R' ORDER BY 1`,
    );
    expect(margins.map((m) => [m.key, Number(m.margin)])).toEqual([
      ["001/MG/R", 40],
      ["001/SP/R", 70],
      ["003/MG/R", 37.99],
    ]);

    const tes = await one<{ code: string; flags: string; cf: string }>(
      `SELECT F4_CODIGO AS code, F4_ICM || F4_IPI || F4_INCSOL || F4_INCIDE || F4_PISCOF AS flags, trim(F4_CF) AS cf FROM SF4010
        WHERE F4_CODIGO IN ('501', '504') ORDER BY 1`,
    );
    expect(tes).toEqual([
      { code: "501", flags: "SSSN3", cf: "5102" },
      { code: "504", flags: "NNNN4", cf: "5922" },
    ]);

    const customers = await one<{ code: string; profile: string }>(
      `SELECT A1_COD AS code, A1_EST || '/' || A1_TIPO || '/' || A1_CONTRIB AS profile FROM SA1010
        WHERE A1_FILIAL = '01' AND A1_LOJA = '01' AND A1_COD IN ('000002', '000012', '000014') AND A1_VEND = '000001' ORDER BY 1`,
    );
    expect(customers).toEqual([
      { code: "000002", profile: "SP/R/1" },
      { code: "000012", profile: "MG/R/1" },
      { code: "000014", profile: "BA/F/2" },
    ]);
    // A1_CONTRIB follows A1_INSCR everywhere, and a non-contributor is never a reseller.
    const [inconsistent] = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM SA1010 WHERE (A1_CONTRIB = '2') <> (trim(A1_INSCR) IN ('', 'ISENTO'))
          OR (A1_CONTRIB = '2' AND A1_TIPO <> 'F')`,
    );
    expect(inconsistent!.n).toBe(0);
  });
});

describe("POST SalesTaxes", () => {
  it("internal sale in SP to a reseller: 18%, ST with the original MVA, freight prorated", async () => {
    const taxes = await simulate({
      customer: "000002  ", // padded to the dictionary size, as TOTVS asks clients to send it
      store: "01",
      freighttype: "C",
      freightvalue: 12.5,
      operationtype: "01",
      items: [
        { item: "01", product: "P00001         ", quantity: 3, price: 19.95, listprice: 21.0 },
        { item: "02", product: "P00014", quantity: 2, price: 41.48 },
      ],
    });
    expect(taxes).toMatchObject({
      customer: "000002",
      store: "01",
      branchuf: "SP",
      customeruf: "SP",
      interstate: false,
    });
    expect(taxes).not.toHaveProperty("order");
    // Goods 3 × 19.95 = 59.85 and 2 × 41.48 = 82.96 (142.81). Freight 12.50 by goods value:
    // 12.50 × 59.85 / 142.81 = 5.2386 → 5.24; the last item takes the rest, 12.50 − 5.24 = 7.26.
    expect(taxes.items[0]).toEqual({
      ...ZERO,
      item: "01",
      product: "P00001",
      tes: "501",
      cfop: "5102",
      goodsvalue: 59.85,
      discountvalue: 3.15, // (21.00 − 19.95) × 3
      freightvalue: 5.24,
      ipibase: 65.09, // 59.85 + 5.24, IPI 0% (NCM 0901.21.00)
      icmsbase: 65.09, // reseller: no IPI in the base
      icmsrate: 18,
      icmsvalue: 11.72, // 65.09 × 18% = 11.7162
      pisvalue: 0.99, // 59.85 × 1.65% = 0.987525
      cofinsvalue: 4.55, // 59.85 × 7.6% = 4.5486
      total: 65.09,
    });
    expect(taxes.items[1]).toEqual({
      ...ZERO,
      item: "02",
      product: "P00014",
      tes: "501",
      cfop: "5102",
      goodsvalue: 82.96,
      freightvalue: 7.26,
      ipibase: 90.22, // 82.96 + 7.26
      ipirate: 4,
      ipivalue: 3.61, // 90.22 × 4% = 3.6088
      icmsbase: 90.22,
      icmsrate: 18,
      icmsvalue: 16.24, // 90.22 × 18% = 16.2396
      mva: 70, // SF7 001/SP/R, internal sale: not adjusted
      stbase: 159.51, // (90.22 + 3.61) × 1.70 = 159.511
      stvalue: 12.47, // 159.51 × 18% = 28.7118 → 28.71, − 16.24
      pisvalue: 1.37, // 82.96 × 1.65% = 1.36884
      cofinsvalue: 6.3, // 82.96 × 7.6% = 6.30496
      total: 106.3, // 90.22 + 3.61 + 12.47
    });
    expect(taxes.totals).toEqual({
      goodsvalue: 142.81,
      discountvalue: 3.15,
      freightvalue: 12.5,
      icmsbase: 155.31,
      icmsvalue: 27.96,
      ipibase: 155.31,
      ipivalue: 3.61,
      stbase: 159.51,
      stvalue: 12.47,
      difalbase: 0,
      difalvalue: 0,
      pisvalue: 2.36,
      cofinsvalue: 10.85,
      total: 171.39, // 65.09 + 106.30
    });
  });

  it("SP → MG to a reseller: 12%, ST with the adjusted MVA, CFOP 6102", async () => {
    const taxes = await simulate({
      customer: "000012",
      store: "01",
      operationtype: "01",
      items: [
        { product: "P00014", quantity: 2, price: 41.48 },
        { product: "P00018", quantity: 1, price: 58.64 },
      ],
    });
    expect(taxes).toMatchObject({ branchuf: "SP", customeruf: "MG", interstate: true });
    // MVA 40% adjusted: (1.40 × (1 − 0.12) / (1 − 0.18)) − 1 = 1.232 / 0.82 − 1 = 50.2439% → 50.24%.
    expect(taxes.items[0]).toEqual({
      ...ZERO,
      item: "01", // numbered by Soma1 when the request has no item codes
      product: "P00014",
      tes: "501",
      cfop: "6102",
      goodsvalue: 82.96,
      ipibase: 82.96,
      ipirate: 4,
      ipivalue: 3.32, // 82.96 × 4% = 3.3184
      icmsbase: 82.96,
      icmsrate: 12,
      icmsvalue: 9.96, // 82.96 × 12% = 9.9552
      mva: 50.24,
      stbase: 129.63, // (82.96 + 3.32) × 1.5024 = 129.627072
      stvalue: 13.37, // 129.63 × 18% (MG internal) = 23.3334 → 23.33, − 9.96
      pisvalue: 1.37,
      cofinsvalue: 6.3,
      total: 99.65, // 82.96 + 3.32 + 13.37
    });
    // MVA 37.99% adjusted: 1.3799 × 0.88 / 0.82 − 1 = 48.0868% → 48.09%.
    expect(taxes.items[1]).toEqual({
      ...ZERO,
      item: "02",
      product: "P00018",
      tes: "501",
      cfop: "6102",
      goodsvalue: 58.64,
      ipibase: 58.64,
      ipirate: 5,
      ipivalue: 2.93, // 58.64 × 5% = 2.932
      icmsbase: 58.64,
      icmsrate: 12,
      icmsvalue: 7.04, // 58.64 × 12% = 7.0368
      mva: 48.09,
      stbase: 91.18, // (58.64 + 2.93) × 1.4809 = 91.179013
      stvalue: 9.37, // 91.18 × 18% = 16.4124 → 16.41, − 7.04
      pisvalue: 0.97, // 58.64 × 1.65% = 0.96756
      cofinsvalue: 4.46, // 58.64 × 7.6% = 4.45664
      total: 70.94, // 58.64 + 2.93 + 9.37
    });
    expect(taxes.totals).toMatchObject({ stvalue: 22.74, icmsvalue: 17, ipivalue: 6.25, total: 170.59 });
  });

  it("SP → BA to a non-contributor final consumer: 7%, IPI in the ICMS base, DIFAL apart from the total", async () => {
    const taxes = await simulate({
      customer: "000014",
      store: "01",
      operationtype: "01",
      items: [{ product: "P00017", quantity: 2, price: 44.33 }],
    });
    expect(taxes).toMatchObject({ branchuf: "SP", customeruf: "BA", interstate: true });
    expect(taxes.items[0]).toEqual({
      ...ZERO,
      item: "01",
      product: "P00017",
      tes: "501",
      cfop: "6102",
      goodsvalue: 88.66, // 2 × 44.33
      ipibase: 88.66,
      ipirate: 6,
      ipivalue: 5.32, // 88.66 × 6% = 5.3196
      icmsbase: 93.98, // 88.66 + 5.32: final consumer
      icmsrate: 7, // SP (South/Southeast) → BA (MV_NORTE)
      icmsvalue: 6.58, // 93.98 × 7% = 6.5786
      difalbase: 93.98,
      difalvalue: 12.69, // 93.98 × (20.5% − 7%) = 12.6873
      pisvalue: 1.46, // 88.66 × 1.65% = 1.46289
      cofinsvalue: 6.74, // 88.66 × 7.6% = 6.73816
      total: 93.98, // goods + IPI; no ST for a final consumer, DIFAL paid by the seller
    });
  });

  it("imported goods (B1_ORIGEM 1) pay 4% between states, the internal rate inside SP", async () => {
    const item = { product: "P00035", quantity: 1, price: 43.81 };
    const toMg = await simulate({ customer: "000012", store: "01", operationtype: "01", items: [item] });
    expect(toMg.items[0]).toMatchObject({
      icmsrate: 4,
      icmsbase: 43.81,
      icmsvalue: 1.75, // 43.81 × 4% = 1.7524
      ipirate: 10,
      ipivalue: 4.38, // 43.81 × 10% = 4.381
      stvalue: 0, // no tax group, no ST
      total: 48.19, // 43.81 + 4.38
    });
    const inSp = await simulate({ customer: "000002", store: "01", operationtype: "01", items: [item] });
    expect(inSp.items[0]).toMatchObject({ icmsrate: 18, icmsvalue: 7.89 }); // 43.81 × 18% = 7.8858
  });

  it("a TES that calculates nothing (504, entrega futura) leaves only goods and freight", async () => {
    const taxes = await simulate({
      customer: "000012",
      store: "01",
      operationtype: "04",
      freightvalue: 5,
      items: [{ product: "P00014", quantity: 2, price: 41.48 }],
    });
    expect(taxes.items[0]).toEqual({
      ...ZERO,
      item: "01",
      product: "P00014",
      tes: "504",
      cfop: "6922", // 5922, interstate
      goodsvalue: 82.96,
      freightvalue: 5,
      total: 87.96,
    });
  });

  it("prorates the freight by goods value with the rounding remainder on the last item", async () => {
    const taxes = await simulate({
      customer: "000002",
      store: "01",
      freighttype: "F",
      freightvalue: 10,
      items: ["P00001", "P00002", "P00003"].map((product) => ({
        product,
        quantity: 1,
        price: 10,
        operationtype: "01",
      })),
    });
    // 10.00 × 10 / 30 = 3.3333 → 3.33 twice, then 10.00 − 6.66 = 3.34.
    expect(taxes.items.map((i) => i.freightvalue)).toEqual([3.33, 3.33, 3.34]);
    expect(taxes.totals.freightvalue).toBe(10);
  });

  it("falls back to the header's operation type and honours an item's own", async () => {
    const taxes = await simulate({
      customer: "000002",
      store: "01",
      operationtype: "01",
      items: [
        { product: "P00001", quantity: 1, price: 10 },
        { product: "P00001", quantity: 1, price: 10, operationtype: "04" },
      ],
    });
    expect(taxes.items.map((i) => [i.tes, i.cfop, i.icmsvalue])).toEqual([
      ["501", "5102", 1.8], // 10.00 × 18%
      ["504", "5922", 0],
    ]);
  });
});

describe("GET SalesTaxes/{SalesOrderId}", () => {
  it("recalculates a saved order exactly as POST calculates the same items", async () => {
    const p14 = await listPrice(ana, "P00014");
    const p35 = await listPrice(ana, "P00035");
    const discounted = Math.round(p35 * 95) / 100; // 5% below the list, above its 90% minimum
    const { order } = await createOrder(
      ana,
      orderBody(
        "000012",
        [
          { product: "P00014", quantity: 3, price: p14 },
          { product: "P00035", quantity: 2, price: discounted },
        ],
        { freighttype: "C", freightvalue: 15 },
      ),
    );
    const saved = await fat<Taxes>(ana, "GET", `SalesTaxes/${order.id}`);
    expect(saved.status).toBe(200);
    expect(saved.body.order).toBe(order.number);
    const posted = await simulate({
      customer: "000012",
      store: "01",
      freighttype: "C",
      freightvalue: 15,
      operationtype: "01",
      items: order.items.map((i) => ({
        item: i.item,
        product: i.product,
        quantity: i.quantity,
        price: i.price,
        listprice: i.listprice,
      })),
    });
    const { order: _number, ...rest } = saved.body;
    expect(rest).toEqual(posted);
    // The saved lines: C6_VALOR is the goods value, and the 5% discount shows.
    expect(saved.body.items.map((i) => i.goodsvalue)).toEqual(order.items.map((i) => i.total));
    expect(saved.body.items[1]!.discountvalue).toBeGreaterThan(0);
    expect(saved.body.totals.freightvalue).toBe(15);
  });
});

describe("bad input", () => {
  const valid = {
    customer: "000002",
    store: "01",
    operationtype: "01",
    items: [{ product: "P00001", quantity: 1, price: 10 }],
  };
  const withItem = (patch: Record<string, unknown>) => ({ ...valid, items: [{ ...valid.items[0], ...patch }] });

  it.each([
    ["missing customer", { ...valid, customer: undefined }, "customer", /^Campo customer inválido: obrigatório\.$/],
    ["blank customer", { ...valid, customer: "      " }, "customer", /^Campo customer inválido: obrigatório\.$/],
    ["empty items", { ...valid, items: [] }, "items", /^Campo items inválido: informe ao menos um item\.$/],
    ["no items", { ...valid, items: undefined }, "items", /^Campo items inválido: obrigatório\.$/],
    [
      "zero quantity",
      withItem({ quantity: 0 }),
      "items.0.quantity",
      /^Campo items\[0\]\.quantity inválido: deve ser maior que zero\.$/,
    ],
    [
      "negative price",
      withItem({ price: -1 }),
      "items.0.price",
      /^Campo items\[0\]\.price inválido: não pode ser negativo\.$/,
    ],
    [
      "text quantity",
      withItem({ quantity: "2" }),
      "items.0.quantity",
      /^Campo items\[0\]\.quantity inválido: informe um número\.$/,
    ],
    ["three decimals", withItem({ price: 1.005 }), "items.0.price", /casas decimais/],
    ["unknown product", withItem({ product: "P99999" }), "items.0.product", /^Produto P99999 não encontrado\.$/],
    [
      "unknown operation type",
      withItem({ operationtype: "99" }),
      "items.0.operationtype",
      /^Campo items\[0\]\.operationtype inválido: tipo de operação 99 não encontrado\.$/,
    ],
    [
      "no operation type at all",
      { ...valid, operationtype: undefined },
      "items.0.operationtype",
      /^Campo items\[0\]\.operationtype inválido: informe o tipo de operação/,
    ],
    [
      "negative freight",
      { ...valid, freightvalue: -5 },
      "freightvalue",
      /^Campo freightvalue inválido: não pode ser negativo\.$/,
    ],
  ])("%s → 400 naming the field", async (_case, body, field, message) => {
    const res = await fat<Envelope>(ana, "POST", "SalesTaxes", body);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe(400);
    expect(res.body.message).toMatch(message);
    expect(res.body.details?.map((d) => d.field)).toContain(field);
  });

  it("names the second item's field by its index", async () => {
    const res = await fat<Envelope>(ana, "POST", "SalesTaxes", {
      ...valid,
      items: [valid.items[0], { product: "P00002", quantity: -1, price: 10 }],
    });
    expect(res.status).toBe(400);
    expect(res.body.message).toBe("Campo items[1].quantity inválido: deve ser maior que zero.");
  });

  it("answers malformed JSON with the 400 envelope, never a 500", async () => {
    const res = await fat<Envelope>(ana, "POST", "SalesTaxes", "{ not json");
    expect(res.status).toBe(400);
    expect(res.body.message).toBe("O conteúdo da requisição não é um JSON válido.");
  });
});

describe("seller scoping", () => {
  // Risk: a rep simulating taxes for (or reading the figures of) another rep's customer or order
  // would learn their prices and mix; both must look like records that do not exist.
  it("does not simulate for another seller's customer (404)", async () => {
    const res = await fat<Envelope>(ana, "POST", "SalesTaxes", {
      customer: "200001",
      store: "01",
      operationtype: "01",
      items: [{ product: "P00001", quantity: 1, price: 10 }],
    });
    expect(res.status).toBe(404);
    expect(res.body.message).toBe("Cliente 200001/01 não encontrado.");
    const own = await fat<Taxes>(bruno, "POST", "SalesTaxes", {
      customer: "200001",
      store: "01",
      operationtype: "01",
      items: [{ product: "P00001", quantity: 1, price: 10 }],
    });
    expect(own.status).toBe(200);
  });

  it("does not read another seller's order (404), nor an order that does not exist", async () => {
    const [theirs] = (
      await admin.sql<{ id: string }>(
        "SELECT C5_FILIAL || C5_NUM AS id FROM SC5010 WHERE C5_FILIAL = '01' AND C5_VEND1 = '000002' AND D_E_L_E_T_ = ' ' ORDER BY C5_NUM LIMIT 1",
      )
    ).rows;
    expect((await fat(bruno, "GET", `SalesTaxes/${theirs!.id}`)).status).toBe(200);
    const res = await fat<Envelope>(ana, "GET", `SalesTaxes/${theirs!.id}`);
    expect(res.status).toBe(404);
    expect(res.body.message).toBe("Pedido não encontrado.");
    expect((await fat(ana, "GET", "SalesTaxes/01999999")).status).toBe(404);
  });

  it("needs the tenant like every PGV route", async () => {
    const res = await fat<Envelope>({ ...ana, tenant: "" }, "GET", "SalesTaxes/01000001");
    expect(res.status).toBe(400);
    expect(res.body.message).toBe("Empresa/filial não informada.");
  });
});
