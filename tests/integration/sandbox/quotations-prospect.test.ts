import { describe, expect, inject, it } from "vitest";
import { sandboxAdmin } from "../sandbox-admin";
import {
  type SalesOrder,
  type Session,
  api,
  businessAdmin,
  freshSandboxWithAna,
  runJobs,
  session,
} from "./orders-client";
import {
  type Quotation,
  type QuotationAccepted,
  br,
  businessDay,
  createQuotation,
  latestNotifications,
  queueItem,
  quotationBody,
  readQuotation,
} from "./quotations-client";

// A quotation for a prospect (SUS) instead of a customer, as MATA415 allows (sandbox/docs/quotations.md
// "Prospects"): CJ_PROSPE/CJ_LOJPRO name it, CJ_CLIENTE/CJ_LOJA stay blank until the prospect becomes a
// customer; the prospect is validated like a customer (the seller's, live, not blocked) and must not be
// converted already; its taxes come from the prospect's US_EST/US_TIPO/US_CONTRIB (SalesTaxes takes
// `prospect` + `prospectstore`, docs/taxes.md); it converts into an order only once the prospect is a
// customer. The prospects are written here with the admin SQL route (the seed has none), in ana's
// branch 01/01 (São Paulo, MV_ESTADO SP).

const admin = sandboxAdmin();
let ana: Session;
let price: number;

freshSandboxWithAna((signedIn, listPriceOfP00001) => {
  ana = signedIn;
  price = listPriceOfP00001 ?? price;
});

type Prospect = { code: string; name: string; uf: string; type: string; contrib: string; seller?: string };

/** MG reseller, contributor: an interstate buyer for ana's São Paulo branch. */
const MG: Prospect = { code: "990001", name: "Empório Serra Azul Ltda", uf: "MG", type: "R", contrib: "1" };
/** SP reseller, contributor: an internal sale. */
const SP: Prospect = { code: "990002", name: "Mercadinho Vila Nova Ltda", uf: "SP", type: "R", contrib: "1" };
/** MG final consumer, not a contributor (ISENTO). */
const MG_FINAL: Prospect = { code: "990003", name: "Clínica Bem Viver", uf: "MG", type: "F", contrib: "2" };

async function insertProspect(p: Prospect): Promise<void> {
  const { today } = await businessDay();
  await admin.sql(
    `INSERT INTO SUS010 (US_FILIAL, US_COD, US_LOJA, US_NOME, US_PESSOA, US_TIPO, US_CONTRIB, US_EST, US_VEND, US_STATUS, US_DTCAD)
     VALUES ('01', $1, '01', $2, 'J', $3, $4, $5, $6, '1', $7)`,
    [p.code, p.name, p.type, p.contrib, p.uf, p.seller ?? "000001", today.replaceAll("-", "")],
  );
}

const prospectBody = (p: Prospect, items: unknown[], extra: Record<string, unknown> = {}) => {
  const { customer: _c, store: _s, ...body } = quotationBody("", items, extra);
  return { prospect: p.code, prospectstore: "01", ...body };
};

type Envelope = { code: number; message: string; details: { field: string; message: string }[] };

/** The `details` of an error envelope without their per-field `code`. */
const detailsOf = (e: Envelope) => e.details.map(({ field, message }) => ({ field, message }));

type Taxes = {
  customer: string;
  store: string;
  prospect: string;
  prospectstore: string;
  branchuf: string;
  customeruf: string;
  interstate: boolean;
  items: (Record<string, number> & { item: string; product: string; tes: string; cfop: string })[];
  totals: Record<string, number>;
};

async function salesTaxes<T = Taxes>(who: Session, body: unknown) {
  const res = await fetch(`${inject("sandboxUrl")}/rest/api/fat/v1/SalesTaxes`, {
    method: "POST",
    headers: { authorization: `Bearer ${who.token}`, tenantId: who.tenant, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

type ProspectQuotation = Quotation & { prospect: string; prospectstore: string; customername: string };

/** The quotation's lines as the portal's worksheet sends them to SalesTaxes, for its prospect. */
const taxesOf = (q: ProspectQuotation) =>
  salesTaxes(ana, {
    prospect: q.prospect,
    prospectstore: q.prospectstore,
    items: q.items.map((i) => ({
      product: i.product,
      quantity: i.quantity,
      price: i.price,
      operationtype: i.operationtype,
    })),
  });

// P00014 refrigerante: IPI 4%, tax group 001 (ST: SF7 001 MG R 40%, SP R 70%). 2 × 41,48 = 82,96.
const REFRIGERANTE = { product: "P00014", quantity: 2, price: 41.48 };

describe("a quotation for ana's prospect", () => {
  it("is written with the prospect, no customer, the prospect's name, and found by prospect", async () => {
    await insertProspect(MG);
    const { plus } = await businessDay();
    const q = (await createQuotation(
      ana,
      prospectBody(MG, [{ product: "P00001", quantity: 3, price }]),
    )) as ProspectQuotation;
    expect(q).toMatchObject({
      customer: "",
      store: "",
      prospect: "990001",
      prospectstore: "01",
      customername: MG.name,
      seller: "000001",
      pricelist: "002",
      status: "open",
      validity: plus(15),
    });
    const [row] = (
      await admin.sql<{ cliente: string; loja: string; prospe: string; lojpro: string }>(
        `SELECT CJ_CLIENTE AS cliente, CJ_LOJA AS loja, CJ_PROSPE AS prospe, CJ_LOJPRO AS lojpro FROM SCJ010 WHERE CJ_FILIAL = '01' AND CJ_NUM = $1`,
        [q.number],
      )
    ).rows;
    expect(row).toEqual({ cliente: "      ", loja: "  ", prospe: "990001", lojpro: "01" });

    const [note] = await latestNotifications(ana);
    expect(note).toMatchObject({
      type: 3,
      title: `Orçamento ${q.number} incluído`,
      description: `Orçamento ${q.number} de ${MG.name} incluído, válido até ${br(plus(15))}.`,
    });

    const found = await api<{ items: ProspectQuotation[] }>(
      ana,
      "GET",
      `/quotations?filter=${encodeURIComponent("prospect eq '990001'")}`,
    );
    expect(found.body.items.map((i) => [i.id, i.customer, i.prospect, i.prospectstore])).toEqual([
      [q.id, "", "990001", "01"],
    ]);
    // A customer's quotation carries the prospect fields blank.
    const seeded = await api<{ items: ProspectQuotation[] }>(
      ana,
      "GET",
      `/quotations?filter=${encodeURIComponent("externalid eq 'pgv-orc-ana-aberto'")}`,
    );
    expect(seeded.body.items[0]).toMatchObject({ customer: "000012", prospect: "", prospectstore: "" });
    expect(await readQuotation(ana, seeded.body.items[0]!.id)).toMatchObject({ prospect: "", prospectstore: "" });
  });

  it("takes its taxes from the prospect's UF: 12% from SP to an MG prospect, 18% to an SP one", async () => {
    await insertProspect(MG);
    await insertProspect(SP);
    // No price list sent: a prospect has no A1_TABELA to fall back on, so no list applies.
    const toMg = (await createQuotation(
      ana,
      prospectBody(MG, [REFRIGERANTE], { pricelist: undefined }),
    )) as ProspectQuotation;
    const toSp = (await createQuotation(
      ana,
      prospectBody(SP, [REFRIGERANTE], { pricelist: undefined }),
    )) as ProspectQuotation;
    expect([toMg.pricelist, toSp.pricelist]).toEqual(["", ""]);

    const mg = await taxesOf(toMg);
    expect(mg.status, JSON.stringify(mg.body)).toBe(200);
    expect(mg.body).toMatchObject({
      customer: "",
      store: "",
      prospect: "990001",
      prospectstore: "01",
      branchuf: "SP",
      customeruf: "MG",
      interstate: true,
    });
    // The figures of customer 000012 (MG reseller) in docs/taxes.md: the prospect is the same buyer.
    // ICMS 82,96 × 12% = 9,96; IPI 82,96 × 4% = 3,32; MVA 40% adjusted [(1,40 × 0,88 / 0,82) − 1] = 50,24%;
    // base ST (82,96 + 3,32) × 1,5024 = 129,63; ST 129,63 × 18% − 9,96 = 13,37; total 82,96 + 3,32 + 13,37.
    expect(mg.body.items[0]).toMatchObject({
      tes: toMg.items[0]!.tes,
      cfop: "6102",
      icmsbase: 82.96,
      icmsrate: 12,
      icmsvalue: 9.96,
      ipivalue: 3.32,
      mva: 50.24,
      stbase: 129.63,
      stvalue: 13.37,
      difalvalue: 0,
      total: 99.65,
    });

    const sp = await taxesOf(toSp);
    expect(sp.status, JSON.stringify(sp.body)).toBe(200);
    expect(sp.body).toMatchObject({ prospect: "990002", customeruf: "SP", interstate: false });
    // ICMS 82,96 × 18% = 14,93; base ST 86,28 × 1,70 = 146,68; ST 146,68 × 18% − 14,93 = 11,47;
    // total 82,96 + 3,32 + 11,47 = 97,75.
    expect(sp.body.items[0]).toMatchObject({
      tes: toSp.items[0]!.tes,
      cfop: "5102",
      icmsbase: 82.96,
      icmsrate: 18,
      icmsvalue: 14.93,
      ipivalue: 3.32,
      mva: 70,
      stbase: 146.68,
      stvalue: 11.47,
      total: 97.75,
    });
  });

  it("reads the prospect's customer type and contributor flag as SA1's (final consumer, DIFAL)", async () => {
    await insertProspect(MG_FINAL);
    const body = { prospect: MG_FINAL.code, prospectstore: "01", operationtype: "01", items: [REFRIGERANTE] };
    const nonContributor = await salesTaxes(ana, body);
    expect(nonContributor.status, JSON.stringify(nonContributor.body)).toBe(200);
    // Final consumer (US_TIPO F): IPI in the ICMS base, 86,28 × 12% = 10,35; no SF7 row for F: no ST;
    // not a contributor (US_CONTRIB 2): DIFAL 86,28 × (18 − 12)% = 5,18, outside the total.
    expect(nonContributor.body.items[0]).toMatchObject({
      cfop: "6102",
      icmsbase: 86.28,
      icmsvalue: 10.35,
      stvalue: 0,
      difalbase: 86.28,
      difalvalue: 5.18,
      total: 86.28,
    });
    // The same final consumer as a contributor (US_CONTRIB 1) owes no DIFAL.
    await admin.sql(`UPDATE SUS010 SET US_CONTRIB = '1' WHERE US_FILIAL = '01' AND US_COD = $1`, [MG_FINAL.code]);
    const contributor = await salesTaxes(ana, body);
    expect(contributor.body.items[0]).toMatchObject({ icmsvalue: 10.35, difalbase: 0, difalvalue: 0, total: 86.28 });
  });

  it("is priced by the price list sent, like a customer's", async () => {
    await insertProspect(MG);
    const cases: [Record<string, unknown>, string][] = [
      [prospectBody(MG, [{ product: "P00001", quantity: 1, price }], { pricelist: "005" }), "pricelist"],
      [prospectBody(MG, [{ product: "P00001", quantity: 1, price: 0.01 }]), "items.0.price"],
      [prospectBody(MG, [{ product: "P00007", quantity: 1, price }]), "items.0.product"],
    ];
    for (const [body, field] of cases) {
      const res = await api<Envelope>(ana, "POST", "/quotations", { body });
      expect(res.status, field).toBe(422);
      expect(res.body.details.map((d) => d.field)).toEqual([field]);
    }
  });

  it("is edited with its prospect, which cannot change", async () => {
    await insertProspect(MG);
    await insertProspect(SP);
    const q = await createQuotation(ana, prospectBody(MG, [{ product: "P00001", quantity: 3, price }]));
    const headers = { "if-match": q.stamp };
    for (const [body, field, message] of [
      [
        prospectBody(SP, [{ product: "P00001", quantity: 1, price }]),
        "prospect",
        "O prospect de um orçamento não pode ser alterado.",
      ],
      [
        quotationBody("000012", [{ product: "P00001", quantity: 1, price }]),
        "customer",
        "O prospect de um orçamento não pode ser alterado.",
      ],
    ] as const) {
      const res = await api<Envelope>(ana, "PUT", `/quotations/${q.id}`, { headers, body });
      expect(res.status, field).toBe(422);
      expect(detailsOf(res.body)).toEqual([{ field, message }]);
    }
    const put = await api<QuotationAccepted>(ana, "PUT", `/quotations/${q.id}`, {
      headers,
      body: prospectBody(MG, [{ product: "P00001", quantity: 7, price }]),
    });
    expect(put.status, JSON.stringify(put.body)).toBe(202);
    expect((await runJobs()).processed).toEqual([expect.objectContaining({ id: put.body.queueId, status: "2" })]);
    expect(await readQuotation(ana, q.id)).toMatchObject({
      prospect: "990001",
      customer: "",
      items: [{ quantity: 7 }],
    });
  });
});

describe("refusals", () => {
  it("answers bruno 422 on ana's prospect, 404 on her prospect's quotation and its taxes", async () => {
    await insertProspect(MG);
    const q = await createQuotation(ana, prospectBody(MG, [{ product: "P00001", quantity: 1, price }]));
    const bruno = await session("bruno", "bruno123");
    const post = await api<Envelope>(bruno, "POST", "/quotations", {
      body: prospectBody(MG, [{ product: "P00001", quantity: 1, price }]),
    });
    expect(post.status).toBe(422);
    expect(detailsOf(post.body)).toContainEqual({
      field: "prospect",
      message: "Prospect 990001/01 não encontrado na carteira do vendedor 000002.",
    });
    expect((await api(bruno, "GET", `/quotations/${q.id}`)).status).toBe(404);
    expect((await api(bruno, "POST", `/quotations/${q.id}/convert`)).status).toBe(404);
    const taxes = await salesTaxes<Envelope>(bruno, {
      prospect: MG.code,
      prospectstore: "01",
      operationtype: "01",
      items: [REFRIGERANTE],
    });
    expect(taxes.status).toBe(404);
    expect(taxes.body.message).toBe("Prospect 990001/01 não encontrado.");
    // bruno's own prospect is his to quote.
    await insertProspect({ ...SP, code: "990009", seller: "000002" });
    const own = await api(bruno, "POST", "/quotations", {
      body: prospectBody({ ...SP, code: "990009" }, [{ product: "P00001", quantity: 1, price }]),
    });
    expect(own.status, JSON.stringify(own.body)).toBe(202);
  });

  it("refuses a converted, a blocked and a deleted prospect", async () => {
    await insertProspect(MG);
    const body = prospectBody(MG, [{ product: "P00001", quantity: 1, price }]);
    const refusal = async () => {
      const res = await api<Envelope>(ana, "POST", "/quotations", { body });
      expect(res.status).toBe(422);
      return res.body.details.filter((d) => d.field === "prospect").map((d) => d.message);
    };
    const set = (assignments: string) =>
      admin.sql(`UPDATE SUS010 SET ${assignments} WHERE US_FILIAL = '01' AND US_COD = '990001'`);
    await set("US_MSBLQL = '1'");
    expect(await refusal()).toEqual(["Prospect 990001/01 bloqueado para novas movimentações."]);
    await set("US_MSBLQL = '2', US_STATUS = '6', US_CODCLI = '000012', US_LOJACLI = '01'");
    expect(await refusal()).toEqual(["O prospect já é o cliente 000012/01: faça o orçamento para o cliente."]);
    await set("US_STATUS = '1', US_CODCLI = '', US_LOJACLI = '', D_E_L_E_T_ = '*'");
    expect(await refusal()).toEqual(["Prospect 990001/01 não encontrado na carteira do vendedor 000001."]);
    expect((await api<{ items: unknown[] }>(ana, "GET", "/quotationsqueue")).body.items).toEqual([]);
  });

  it("answers 400 to both buyers, to neither, and to half a prospect; SalesTaxes too", async () => {
    const items = [{ product: "P00001", quantity: 1, price }];
    const cases: [unknown, string, string][] = [
      [
        { ...quotationBody("000012", items), prospect: "990001", prospectstore: "01" },
        "prospect",
        "Informe o cliente (customer e store) ou o prospect (prospect e prospectstore), não ambos.",
      ],
      [
        { ...quotationBody("000012", items), customer: undefined, store: undefined },
        "customer",
        "Informe o cliente (customer e store) ou o prospect (prospect e prospectstore).",
      ],
      // Blank counts as absent: the GET shape of a prospect's quotation (customer "") may be echoed.
      [
        { ...quotationBody("", items), customer: "  ", store: "", prospect: "990001" },
        "prospectstore",
        "Campo obrigatório.",
      ],
    ];
    for (const [body, field, message] of cases) {
      const res = await api<Envelope>(ana, "POST", "/quotations", { body });
      expect(res.status, field).toBe(400);
      expect(detailsOf(res.body)).toEqual([{ field, message }]);
    }
    const both = await salesTaxes<Envelope>(ana, {
      customer: "000012",
      store: "01",
      prospect: "990001",
      prospectstore: "01",
      operationtype: "01",
      items,
    });
    expect(both.status).toBe(400);
    expect(both.body.message).toBe("Campo prospect inválido: informe o cliente ou o prospect, não ambos.");
    const half = await salesTaxes<Envelope>(ana, { prospect: "990001", operationtype: "01", items });
    expect(half.status).toBe(400);
    expect(half.body.message).toBe("Campo prospectstore inválido: obrigatório.");
  });

  it("is refused by the job too when the prospect was converted while the item waited", async () => {
    await insertProspect(MG);
    await businessAdmin("POST", "/jobs/hold", {});
    const post = await api<QuotationAccepted>(ana, "POST", "/quotations", {
      body: prospectBody(MG, [{ product: "P00001", quantity: 1, price }]),
    });
    expect(post.status).toBe(202);
    await admin.sql(
      "UPDATE SUS010 SET US_STATUS = '6', US_CODCLI = '000012', US_LOJACLI = '01' WHERE US_FILIAL = '01' AND US_COD = '990001'",
    );
    expect((await runJobs()).processed).toEqual([expect.objectContaining({ id: post.body.queueId, status: "3" })]);
    expect(await queueItem(ana, post.body.queueId)).toMatchObject({
      status: 3,
      message: "prospect: O prospect já é o cliente 000012/01: faça o orçamento para o cliente.",
    });
  });
});

describe("conversion (MATA416)", () => {
  const CONVERT_FIRST = "Converta o prospect em cliente antes de efetivar o orçamento.";

  /** What the prospect's conversion does to the quotation: SA1 written, CJ_CLIENTE/CJ_LOJA filled. */
  async function prospectBecomesCustomer(q: Quotation, customer: string) {
    await admin.sql(
      `INSERT INTO SA1010 (A1_FILIAL, A1_COD, A1_LOJA, A1_NOME, A1_PESSOA, A1_TIPO, A1_CONTRIB, A1_EST, A1_VEND, A1_RISCO, A1_LC, A1_XPROSP)
       VALUES ('01', $1, '01', $2, 'J', 'R', '1', 'MG', '000001', 'A', 100000, '99000101')`,
      [customer, MG.name],
    );
    await admin.sql(
      `UPDATE SUS010 SET US_STATUS = '6', US_CODCLI = $1, US_LOJACLI = '01' WHERE US_FILIAL = '01' AND US_COD = '990001'`,
      [customer],
    );
    await admin.sql(`UPDATE SCJ010 SET CJ_CLIENTE = $1, CJ_LOJA = '01' WHERE CJ_FILIAL = '01' AND CJ_NUM = $2`, [
      customer,
      q.number,
    ]);
  }

  it("waits for the prospect to become a customer, then makes the customer's order", async () => {
    await insertProspect(MG);
    const q = await createQuotation(ana, prospectBody(MG, [{ product: "P00001", quantity: 3, price }]));
    const early = await api<Envelope>(ana, "POST", `/quotations/${q.id}/convert`);
    expect(early.status).toBe(422);
    expect(early.body.message).toBe(CONVERT_FIRST);

    await prospectBecomesCustomer(q, "990101");
    const ready = (await readQuotation(ana, q.id)) as ProspectQuotation;
    expect(ready).toMatchObject({ customer: "990101", store: "01", prospect: "990001", customername: MG.name });
    const post = await api<QuotationAccepted>(ana, "POST", `/quotations/${q.id}/convert`, {
      headers: { "if-match": ready.stamp },
    });
    expect(post.status, JSON.stringify(post.body)).toBe(202);
    expect((await runJobs()).processed).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: post.body.queueId, status: "2" })]),
    );
    const item = await queueItem(ana, post.body.queueId);
    expect(item?.orderid).toMatch(/^01\d{6}$/);
    const order = await api<SalesOrder>(ana, "GET", `/salesorders/${item!.orderid}`);
    expect(order.body).toMatchObject({ customer: "990101", store: "01", origin: "TGV.QUOTATION" });
    expect(order.body.items.map((i) => [i.product, i.quantity, i.price])).toEqual([["P00001", 3, price]]);
    expect(await readQuotation(ana, q.id)).toMatchObject({ status: "converted", order: order.body.number });

    // Once the prospect is the customer, a new quotation for the prospect is told which customer to use.
    const again = await api<Envelope>(ana, "POST", "/quotations", {
      body: prospectBody(MG, [{ product: "P00001", quantity: 1, price }]),
    });
    expect(detailsOf(again.body)).toContainEqual({
      field: "prospect",
      message: "O prospect já é o cliente 990101/01: faça o orçamento para o cliente.",
    });
  });

  it("is refused by the job when the quotation has no customer when it runs", async () => {
    await insertProspect(MG);
    const q = await createQuotation(ana, prospectBody(MG, [{ product: "P00001", quantity: 1, price }]));
    await prospectBecomesCustomer(q, "990101");
    await businessAdmin("POST", "/jobs/hold", {});
    const post = await api<QuotationAccepted>(ana, "POST", `/quotations/${q.id}/convert`);
    expect(post.status).toBe(202);
    // The ERP undoes the link before the job runs (a DBA's correction): the job checks again.
    await admin.sql(`UPDATE SCJ010 SET CJ_CLIENTE = '', CJ_LOJA = '' WHERE CJ_FILIAL = '01' AND CJ_NUM = $1`, [
      q.number,
    ]);
    expect((await runJobs()).processed).toEqual([expect.objectContaining({ id: post.body.queueId, status: "3" })]);
    expect(await queueItem(ana, post.body.queueId)).toMatchObject({ status: 3, message: CONVERT_FIRST });
    expect((await readQuotation(ana, q.id)).status).toBe("open");
  });
});
