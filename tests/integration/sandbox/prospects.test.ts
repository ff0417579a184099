import { describe, expect, it } from "vitest";
import { withCheckDigits } from "@/lib/br-documents";
import { type Session, api, businessAdmin, runJobs, session } from "./orders-client";
import { type Notification, businessDay, latestNotifications } from "./quotations-client";
import {
  type ErrorBody,
  type RegisteredRecord,
  type RegistrationAccepted,
  companyBody,
  createRecord,
  freshSandboxWith,
  nextCode,
  personBody,
  registrationQueue,
  registrationQueueItem,
  sql,
  testCnpj,
  writeAndRun,
} from "./registration-client";

// Prospects (SUS) through the PGV API (sandbox/docs/registration.md "Prospects (SUS)" and "Queue
// and 202"), against the seeded showcase (sandbox/docs/data.md "Prospects"): ana (seller 000001)
// has 000001/01 Empório Vila Madalena (complete, one contact), 000002/01 Padaria Estrela (CNPJ,
// no state registration, no address), 000003/01 a person, 000004/01 converted into one of her
// customers, 000005/01 deleted; bruno (000002) 000006/01 Mercado Serra Azul and 000007/01; carla
// has no seller. Writes answer 202 and queue; the job critiques again, writes and notifies (A1S type 4).

type Prospect = RegisteredRecord & {
  address: string;
  neighborhood: string;
  ddd: string;
  email: string;
  customer: string | null;
  customerstore: string | null;
  conversiondate: string | null;
};

type Page<T> = { items: T[]; hasNext: boolean };

let ana: Session;
let bruno: Session;
let carla: Session;

freshSandboxWith(["ana", "bruno", "carla"], (s) => {
  ({ ana, bruno, carla } = s);
});

const EMPORIO = { code: "000001", store: "01" };
const PADARIA = { code: "000002", store: "01" };
const CONVERTED = { code: "000004", store: "01" };
const SERRA_AZUL = { code: "000006", store: "01" };
const path = (p: { code: string; store: string }) => `/prospects/${p.code}/${p.store}`;

const readProspect = (who: Session, p: { code: string; store: string }) => api<Prospect>(who, "GET", path(p));
const post = (body: unknown, who: Session = ana) =>
  api<RegistrationAccepted & ErrorBody>(who, "POST", "/prospects", { body });

/** A company prospect in São Paulo: the customer body without what SUS does not keep. */
function prospectBody(cgc: string, extra: Record<string, unknown> = {}) {
  const {
    cnae: _cnae,
    contact: _contact,
    paymentconditions: _pay,
    municipalregistration: _im,
    ...body
  } = companyBody(cgc);
  return { ...body, name: "Quitanda Boa Vista Ltda", ...extra };
}

/** POST + job: the prospect the job created (its queue item must have ended done). */
const createProspect = (body: unknown, who: Session = ana) => createRecord<Prospect>(who, "prospects", body);

/** An open quotation (SCJ + one SCK line) made for a prospect, as MATA415 keeps one (CJ_CLIENTE blank). */
async function quotationFor(p: { code: string; store: string }, number: string, status = "A"): Promise<void> {
  const { plus } = await businessDay();
  const day = (n: number) => plus(n).replaceAll("-", "");
  await sql(
    `INSERT INTO SCJ010 (CJ_FILIAL, CJ_NUM, CJ_CLIENTE, CJ_LOJA, CJ_PROSPE, CJ_LOJPRO, CJ_CONDPAG, CJ_TABELA, CJ_EMISSAO, CJ_VALIDA, CJ_STATUS, CJ_XVEND)
     VALUES ('01', $1, '', '', $2, $3, '003', '002', $4, $5, $6, '000001')`,
    [number, p.code, p.store, day(0), day(15), status],
  );
  await sql(
    `INSERT INTO SCK010 (CK_FILIAL, CK_NUM, CK_ITEM, CK_PRODUTO, CK_QTDVEN, CK_PRCVEN, CK_VALOR, CK_TES, CK_CLIENTE, CK_LOJA)
     VALUES ('01', $1, '01', 'P00001', 2, 10, 20, '501', '', '')`,
    [number],
  );
}

const PROSPECT_FIELDS = [
  "address",
  "addresscomplement",
  "branch",
  "cgc",
  "city",
  "citycode",
  "code",
  "contributor",
  "conversiondate",
  "customer",
  "customerstore",
  "customertype",
  "ddd",
  "ddi",
  "deleted",
  "email",
  "estadualregistration",
  "externalid",
  "fantasy",
  "id",
  "inclusionDate",
  "name",
  "neighborhood",
  "personType",
  "phone",
  "stamp",
  "status",
  "store",
  "uf",
  "vendor",
  "zipcode",
];

describe("GET prospects", () => {
  it("lists the seller's own prospects, the converted one naming its customer", async () => {
    const list = await api<Page<Prospect>>(ana, "GET", "/prospects?pageSize=50");
    expect(list.status).toBe(200);
    expect(list.body.items.map((p) => p.code)).toEqual(["000001", "000002", "000003", "000004"]);
    expect(list.body.items.every((p) => p.vendor === "000001" && p.branch === "01")).toBe(true);
    expect(Object.keys(list.body.items[0]!).sort()).toEqual(PROSPECT_FIELDS);
    const [emporio, padaria, , converted] = list.body.items;
    expect(emporio).toMatchObject({
      id: "0100000101",
      name: "Empório Vila Madalena Ltda",
      personType: "J",
      customertype: "R",
      estadualregistration: "347281560121",
      contributor: "1",
      uf: "SP",
      citycode: "50308",
      city: "São Paulo",
      status: "2",
      customer: null,
      customerstore: null,
      conversiondate: null,
      externalid: "pgv-pro-ana-emporio",
      deleted: false,
    });
    expect(emporio!.cgc).toMatch(/^471283650001\d\d$/);
    expect(padaria).toMatchObject({ estadualregistration: "", address: "", uf: "", contributor: "2" });
    expect(converted).toMatchObject({ status: "6", customer: expect.stringMatching(/^\d{6}$/), customerstore: "01" });

    // Both sides of the seeded conversion: the customer is ana's, with A1_XPROSP = the prospect.
    const customer = await api<{ prospect: string; cgc: string; vendor: string }>(
      ana,
      "GET",
      `/customers/${converted!.customer}/${converted!.customerstore}`,
    );
    expect(customer.body).toMatchObject({ prospect: "00000401", cgc: converted!.cgc, vendor: "000001" });

    const brunos = await api<Page<Prospect>>(bruno, "GET", "/prospects?pageSize=50");
    expect(brunos.body.items.map((p) => p.code)).toEqual(["000006", "000007"]);
  });

  it("answers one prospect by code and store, 404 for another seller's; other branches have their own", async () => {
    const own = await readProspect(ana, EMPORIO);
    expect(own.status).toBe(200);
    expect(own.body.stamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const foreign = await readProspect(bruno, EMPORIO);
    expect(foreign.status).toBe(404);
    expect(foreign.body).toMatchObject({ message: "Prospect não encontrado." });
    expect((await readProspect(ana, SERRA_AZUL)).status).toBe(404);
    // A filter never widens the scope.
    const filtered = await api<Page<Prospect>>(
      bruno,
      "GET",
      `/prospects?filter=${encodeURIComponent("code eq '000001'")}`,
    );
    expect(filtered.body.items).toEqual([]);

    const fortaleza = await api<Page<Prospect>>({ ...ana, tenant: "01,02" }, "GET", "/prospects");
    expect(fortaleza.body.items).toEqual([
      expect.objectContaining({ id: "0200000101", name: "Distribuidora Aldeota Ltda", uf: "CE", city: "Fortaleza" }),
    ]);
  });

  it("diffs flag the deleted prospect; carla (no seller) gets 403", async () => {
    for (const family of ["diff", "sync/diff"]) {
      const diff = await api<Page<Prospect>>(ana, "GET", `/prospects/${family}/2000-01-01T00:00:00Z?pageSize=50`);
      expect(diff.status).toBe(200);
      expect(diff.body.items.filter((p) => p.deleted).map((p) => p.code)).toEqual(["000005"]);
    }
    expect((await api(carla, "GET", "/prospects")).status).toBe(403);
    expect((await api(carla, "GET", "/prospectsqueue")).status).toBe(403);
  });
});

describe("POST prospects", () => {
  it("accepts a name alone (202, no id yet); the job writes it and notifies the seller (type 4)", async () => {
    const code = await nextCode("SUS010");
    const { today } = await businessDay();
    const accepted = await post({ name: "Quitanda da Vila" });
    expect(accepted.status).toBe(202);
    expect(accepted.body).toEqual({ queueId: expect.any(String), status: 0, id: null, duplicate: false });
    expect(await registrationQueueItem(ana, "prospectsqueue", accepted.body.queueId)).toMatchObject({
      operation: "insert",
      status: 0,
      prospectid: null,
      seller: "000001",
    });

    await runJobs();
    const item = await registrationQueueItem(ana, "prospectsqueue", accepted.body.queueId);
    expect(item).toMatchObject({ status: 2, prospectid: `01${code}01`, message: `Prospect ${code}/01 incluído` });
    const prospect = (await readProspect(ana, { code, store: "01" })).body;
    expect(prospect).toMatchObject({
      name: "Quitanda da Vila",
      fantasy: "Quitanda da Vila",
      cgc: "",
      vendor: "000001",
      status: "1",
      inclusionDate: today,
      customer: null,
    });
    const [note] = await latestNotifications(ana);
    expect(note).toMatchObject<Partial<Notification>>({
      type: 4,
      title: `Prospect ${code}/01 incluído`,
      recordkey: `01${code}01`,
    });
  });

  it("validates and stores a company's documents and address (contributor, IBGE city)", async () => {
    const cgc = testCnpj(501);
    const prospect = await createProspect(prospectBody(cgc, { externalid: "pgv-pro-boa-vista" }));
    expect(prospect).toMatchObject({
      personType: "J",
      customertype: "R",
      cgc,
      estadualregistration: "110042490114",
      contributor: "1",
      zipcode: "01310100",
      uf: "SP",
      citycode: "50308",
      city: "São Paulo",
      externalid: "pgv-pro-boa-vista",
    });
  });

  it("refuses what the critique finds, one detail per field, and queues nothing", async () => {
    const cases: [string, Record<string, unknown>, string[]][] = [
      ["check digits", { cgc: "47128365000100" }, ["cgc"]],
      ["IE of another UF", { estadualregistration: "064218376" }, ["estadualregistration"]],
      ["a city of another UF", { citycode: "2304400" }, ["citycode"]],
      ["CEP and e-mail", { zipcode: "0131", email: "compras@" }, ["zipcode", "email"]],
      ["a reseller without IE", { estadualregistration: "ISENTO" }, ["customertype"]],
      ["what SUS does not keep", { contact: "Marta", paymentconditions: "001" }, ["contact", "paymentconditions"]],
      ["the back office's", { creditLimit: 1000, risk: "A" }, ["creditLimit", "risk"]],
    ];
    for (const [label, extra, fields] of cases) {
      const res = await post(prospectBody(testCnpj(502), extra));
      expect(res.status, label).toBe(422);
      expect(res.body.details?.map((d) => d.field).sort(), label).toEqual([...fields].sort());
    }
    expect((await post({ name: "x".repeat(81) })).status).toBe(400);
    expect((await post({ name: "Vila", seller: "000002" })).status).toBe(403);
    expect(await registrationQueue(ana, "prospectsqueue")).toEqual([]);
  });

  it("names the seller's own prospect or customer on a duplicate CPF/CNPJ, reveals nothing of another seller's", async () => {
    const own = await readProspect(ana, EMPORIO);
    const dupOwn = await post(prospectBody(own.body.cgc));
    expect(dupOwn.status).toBe(422);
    expect(dupOwn.body.details).toEqual([
      expect.objectContaining({
        field: "cgc",
        reason: "duplicate",
        prospect: EMPORIO,
        message: "Este CPF/CNPJ já é do seu prospect 000001/01.",
      }),
    ]);

    const [serraAzul] = await sql<{ cgc: string }>(
      "SELECT rtrim(US_CGC) AS cgc FROM SUS010 WHERE US_FILIAL = '01' AND US_COD = '000006'",
    );
    const dupForeign = await post(prospectBody(serraAzul!.cgc));
    expect(dupForeign.status).toBe(422);
    expect(dupForeign.body.details).toEqual([
      {
        code: "422",
        field: "cgc",
        reason: "duplicate",
        duplicateOf: "prospect",
        message: "Este CPF/CNPJ já está cadastrado como prospect desta empresa.",
      },
    ]);

    const customerCgc = async (seller: string) =>
      (
        await sql<{ code: string; store: string; cgc: string }>(
          `SELECT A1_COD AS code, A1_LOJA AS store, rtrim(A1_CGC) AS cgc FROM SA1010
            WHERE A1_FILIAL = '01' AND A1_VEND = $1 AND A1_PESSOA = 'F' AND D_E_L_E_T_ = ' ' ORDER BY A1_COD LIMIT 1`,
          [seller],
        )
      )[0]!;
    const mine = await customerCgc("000001");
    const asCustomer = await post(personBody(mine.cgc));
    expect(asCustomer.status).toBe(422);
    expect(asCustomer.body.details).toEqual([
      expect.objectContaining({
        field: "cgc",
        reason: "duplicate",
        customer: { code: mine.code, store: mine.store },
        message: `Este CPF/CNPJ já é cliente: o seu cliente ${mine.code}/${mine.store}.`,
      }),
    ]);
    const brunos = await customerCgc("000002");
    const foreignCustomer = await post(personBody(brunos.cgc));
    expect(foreignCustomer.body.details).toEqual([
      {
        code: "422",
        field: "cgc",
        reason: "duplicate",
        duplicateOf: "customer",
        message: "Este CPF/CNPJ já é cliente desta empresa.",
      },
    ]);
    expect(JSON.stringify(foreignCustomer.body)).not.toContain(brunos.code);
    expect(await registrationQueue(ana, "prospectsqueue")).toEqual([]);
  });

  it("makes a new store of a prospect: by newStoreOf, or by a CNPJ with the prospect's root", async () => {
    const emporio = (await readProspect(ana, EMPORIO)).body;
    const root = emporio.cgc.slice(0, 8);
    const byCode = await createProspect(
      prospectBody(testCnpj(503), {
        cgc: "",
        name: "Empório Vila Madalena - Pinheiros",
        newStoreOf: { code: "000001" },
      }),
    );
    expect(byCode).toMatchObject({ code: "000001", store: "02", cgc: "" });
    const sameRoot = withCheckDigits(`${root}0003`);
    const byRoot = await createProspect(prospectBody(sameRoot, { name: "Empório Vila Madalena - Moema" }));
    expect(byRoot).toMatchObject({ code: "000001", store: "03", cgc: sameRoot });

    const otherRoot = await post(prospectBody(testCnpj(504), { newStoreOf: { code: "000001" } }));
    expect(otherRoot.status).toBe(422);
    expect(otherRoot.body.details).toEqual([
      expect.objectContaining({
        field: "cgc",
        message: `Uma nova loja do prospect 000001 tem a mesma raiz de CNPJ (${root}).`,
      }),
    ]);
    // Another seller's code is "not found", as any of their records.
    const foreign = await post(prospectBody(testCnpj(505), { newStoreOf: { code: SERRA_AZUL.code } }));
    expect(foreign.status).toBe(404);
  });

  it("answers a repeated externalid with the first item, before and after the job, and writes once", async () => {
    const body = prospectBody(testCnpj(506), { externalid: "pgv-pro-replay" });
    const first = await post(body);
    const again = await post(body);
    expect(again.body).toEqual({ queueId: first.body.queueId, status: 0, id: null, duplicate: true });
    await runJobs();
    const item = await registrationQueueItem(ana, "prospectsqueue", first.body.queueId);
    const later = await post(body);
    expect(later.status).toBe(202);
    expect(later.body).toEqual({ queueId: first.body.queueId, status: 2, id: item!.prospectid, duplicate: true });
    expect((await runJobs()).processed).toEqual([]);
    const written = await api<Page<Prospect>>(
      ana,
      "GET",
      `/prospects?filter=${encodeURIComponent("externalid eq 'pgv-pro-replay'")}`,
    );
    expect(written.body.items).toHaveLength(1);
  });

  it("lets an administrator name the seller, and nobody without a seller write", async () => {
    const root = await session("admin", "admin123");
    expect((await post({ name: "Sem vendedor" }, root)).status).toBe(400);
    const created = await createProspect({ name: "Do Bruno", seller: "000002" }, root);
    expect(created.vendor).toBe("000002");
    expect((await readProspect(bruno, created)).status).toBe(200);
    expect((await post({ name: "Carla" }, carla)).status).toBe(403);
  });
});

describe("PUT and DELETE prospects/{code}/{store}", () => {
  it("edits with the current stamp, keeping the CPF/CNPJ the body leaves out; 409 stale, 428 none", async () => {
    const before = (await readProspect(ana, EMPORIO)).body;
    const {
      cgc: _cgc,
      personType: _pt,
      ...body
    } = prospectBody("", {
      name: "Empório Vila Madalena Comércio Ltda",
      estadualregistration: before.estadualregistration,
      email: "contato@emporiovilamadalena.com.br",
    });
    const stale = await api(ana, "PUT", path(EMPORIO), { headers: { "if-match": "2020-01-01T00:00:00.000Z" }, body });
    expect(stale.status).toBe(409);
    expect((await api(ana, "PUT", path(EMPORIO), { body })).status).toBe(428);
    const changedCgc = await api<ErrorBody>(ana, "PUT", path(EMPORIO), {
      headers: { "if-match": before.stamp },
      body: { ...body, cgc: testCnpj(507) },
    });
    expect(changedCgc.status).toBe(422);
    expect(changedCgc.body.details?.map((d) => d.field)).toEqual(["cgc"]);

    const { accepted, item } = await writeAndRun(ana, "PUT", path(EMPORIO), "prospectsqueue", {
      headers: { "if-match": before.stamp },
      body,
    });
    expect(accepted.id).toBe("0100000101");
    expect(item).toMatchObject({ status: 2, operation: "update", message: "Prospect 000001/01 alterado" });
    const after = (await readProspect(ana, EMPORIO)).body;
    expect(after).toMatchObject({
      name: "Empório Vila Madalena Comércio Ltda",
      email: "contato@emporiovilamadalena.com.br",
      cgc: before.cgc,
      status: before.status,
      inclusionDate: before.inclusionDate,
    });
    expect(after.stamp).not.toBe(before.stamp);
    // The stamp read before the edit is stale now.
    expect((await api(ana, "PUT", path(EMPORIO), { headers: { "if-match": before.stamp }, body })).status).toBe(409);
  });

  it("deletes: flagged in the diff, its contact with it (linked to nothing else)", async () => {
    const since = (await api<{ po_sync_date: string }>(ana, "GET", "/prospects?pageSize=1")).body.po_sync_date;
    const before = (await readProspect(ana, EMPORIO)).body;
    const { item } = await writeAndRun(ana, "DELETE", path(EMPORIO), "prospectsqueue", {
      headers: { "if-match": before.stamp },
    });
    expect(item).toMatchObject({ status: 2, operation: "delete", prospectid: "0100000101" });
    expect((await readProspect(ana, EMPORIO)).status).toBe(404);
    const diff = await api<Page<Prospect>>(ana, "GET", `/prospects/diff/${since}`);
    expect(diff.body.items).toEqual([expect.objectContaining({ id: "0100000101", deleted: true })]);
    const contacts = await sql<{ link: string; contact: string; phone: string }>(
      `SELECT l.D_E_L_E_T_ AS link, u.D_E_L_E_T_ AS contact, g.D_E_L_E_T_ AS phone FROM AC8010 l
         JOIN SU5010 u ON u.U5_CODCONT = l.AC8_CODCON JOIN AGB010 g ON g.AGB_ENTIDA = 'SU5' AND g.AGB_CODENT = u.U5_CODCONT
        WHERE l.AC8_ENTIDA = 'SUS' AND l.AC8_FILENT = '01' AND l.AC8_CODENT = '00000101'`,
    );
    expect(contacts).toEqual([{ link: "*", contact: "*", phone: "*" }]);
    const [note] = await latestNotifications(ana);
    expect(note).toMatchObject({ type: 4, title: "Prospect 000001/01 excluído" });
  });

  it("refuses to delete a prospect with quotations, and to change a converted one; queues nothing", async () => {
    await quotationFor(PADARIA, "990101");
    const padaria = (await readProspect(ana, PADARIA)).body;
    const withQuotation = await api<ErrorBody>(ana, "DELETE", path(PADARIA), {
      headers: { "if-match": padaria.stamp },
    });
    expect(withQuotation.status).toBe(422);
    expect(withQuotation.body.message).toBe("Prospect 000002/01 não pode ser excluído: tem o orçamento 990101.");

    const converted = (await readProspect(ana, CONVERTED)).body;
    const refusal = `Prospect 000004/01 já convertido no cliente ${converted.customer}/${converted.customerstore}`;
    const headers = { "if-match": converted.stamp };
    for (const [method, url] of [
      ["PUT", path(CONVERTED)],
      ["DELETE", path(CONVERTED)],
      ["POST", `${path(CONVERTED)}/convert`],
    ] as const) {
      const res = await api<ErrorBody>(ana, method, url, { headers, body: prospectBody("") });
      expect(res.status, method).toBe(422);
      expect(res.body.message, method).toContain(refusal);
    }
    expect(await registrationQueue(ana, "prospectsqueue")).toEqual([]);
  });

  it("answers 404 to another seller's prospect on every write, and 409 while an operation is pending", async () => {
    const stamp = (await readProspect(ana, EMPORIO)).body.stamp;
    const headers = { "if-match": stamp };
    expect((await api(bruno, "PUT", path(EMPORIO), { headers, body: prospectBody("") })).status).toBe(404);
    expect((await api(bruno, "DELETE", path(EMPORIO), { headers })).status).toBe(404);
    expect((await api(bruno, "POST", `${path(EMPORIO)}/convert`, { headers })).status).toBe(404);
    expect((await api(carla, "DELETE", path(EMPORIO), { headers })).status).toBe(403);

    await businessAdmin("POST", "/jobs/hold", {});
    expect((await api(ana, "POST", `${path(EMPORIO)}/convert`)).status).toBe(202);
    const pending = await api<ErrorBody>(ana, "DELETE", path(EMPORIO), { headers });
    expect(pending.status).toBe(409);
    expect(pending.body.message).toBe(
      "Já existe uma operação pendente para o prospect 000001/01; aguarde o processamento.",
    );
  });
});

describe("POST prospects/{code}/{store}/convert", () => {
  it("makes the customer, links it both ways, moves the contacts and open quotations, notifies", async () => {
    const { today } = await businessDay();
    const customerCode = await nextCode("SA1010");
    await quotationFor(EMPORIO, "990201");
    await quotationFor(EMPORIO, "990202", "C");
    const prospect = (await readProspect(ana, EMPORIO)).body;

    const { accepted, item } = await writeAndRun(ana, "POST", `${path(EMPORIO)}/convert`, "prospectsqueue");
    expect(accepted).toEqual({ queueId: expect.any(String), status: 0, id: "0100000101", duplicate: false });
    const title = `Prospect 000001/01 convertido no cliente ${customerCode}/01`;
    expect(item).toMatchObject({
      operation: "convert",
      status: 2,
      prospectid: "0100000101",
      customerid: `01${customerCode}01`,
      message: title,
    });

    expect((await readProspect(ana, EMPORIO)).body).toMatchObject({
      status: "6",
      customer: customerCode,
      customerstore: "01",
      conversiondate: today,
    });
    const customer = await api<Record<string, unknown>>(ana, "GET", `/customers/${customerCode}/01`);
    expect(customer.status).toBe(200);
    expect(customer.body).toMatchObject({
      name: prospect.name,
      fantasy: prospect.fantasy,
      personType: "J",
      customertype: "R",
      cgc: prospect.cgc,
      estadualregistration: prospect.estadualregistration,
      contributor: "1",
      citycode: "50308",
      city: "São Paulo",
      zipcode: prospect.zipcode,
      vendor: "000001",
      risk: "E",
      creditLimit: 0,
      status: "2",
      inclusionDate: today,
      prospect: "00000101",
    });

    // The prospect's contact is the customer's too; only the open quotation moved.
    const links = await sql<{ entity: string; code: string }>(
      `SELECT AC8_ENTIDA AS entity, AC8_CODENT AS code FROM AC8010
        WHERE D_E_L_E_T_ = ' ' AND AC8_CODCON IN (SELECT AC8_CODCON FROM AC8010 WHERE AC8_ENTIDA = 'SUS' AND AC8_CODENT = '00000101')
        ORDER BY 1`,
    );
    expect(links).toEqual([
      { entity: "SA1", code: `${customerCode}01` },
      { entity: "SUS", code: "00000101" },
    ]);
    const quotations = await sql<{ number: string; customer: string; item: string }>(
      `SELECT CJ_NUM AS number, trim(CJ_CLIENTE || CJ_LOJA) AS customer, trim(CK_CLIENTE || CK_LOJA) AS item
         FROM SCJ010 JOIN SCK010 ON CK_FILIAL = CJ_FILIAL AND CK_NUM = CJ_NUM WHERE CJ_PROSPE = '000001' ORDER BY 1`,
    );
    expect(quotations).toEqual([
      { number: "990201", customer: `${customerCode}01`, item: `${customerCode}01` },
      { number: "990202", customer: "", item: "" },
    ]);

    const [note] = await latestNotifications(ana);
    expect(note).toMatchObject({ type: 4, title, recordkey: "0100000101" });
    expect(note!.description).toContain("1 orçamento e 1 contato passaram para o cliente.");

    const twice = await api<ErrorBody>(ana, "POST", `${path(EMPORIO)}/convert`);
    expect(twice.status).toBe(422);
    expect(twice.body.message).toContain(`já convertido no cliente ${customerCode}/01`);
  });

  it("refuses a prospect whose data would not make a valid customer, field by field", async () => {
    const res = await api<ErrorBody>(ana, "POST", `${path(PADARIA)}/convert`);
    expect(res.status).toBe(422);
    expect(res.body.details?.map((d) => d.field).sort()).toEqual(
      ["address", "citycode", "estadualregistration", "neighborhood", "uf", "zipcode"].sort(),
    );
    expect(await registrationQueue(ana, "prospectsqueue")).toEqual([]);
  });

  it("checks the stamp when sent, and the critique again when the job runs", async () => {
    expect(
      (await api(ana, "POST", `${path(EMPORIO)}/convert`, { headers: { "if-match": "2020-01-01T00:00:00.000Z" } }))
        .status,
    ).toBe(409);
    const customers = await sql<{ n: number }>("SELECT count(*)::int AS n FROM SA1010");
    await businessAdmin("POST", "/jobs/hold", {});
    const accepted = await api<RegistrationAccepted>(ana, "POST", `${path(EMPORIO)}/convert`);
    expect(accepted.status).toBe(202);
    // Changed in the ERP after the 202: the job finds the address incomplete and writes nothing.
    await sql("UPDATE SUS010 SET US_CEP = '' WHERE US_FILIAL = '01' AND US_COD = '000001' AND US_LOJA = '01'");
    await runJobs();
    const item = await registrationQueueItem(ana, "prospectsqueue", accepted.body.queueId);
    expect(item).toMatchObject({ status: 3, customerid: null, message: "Informe o CEP." });
    expect(await sql<{ n: number }>("SELECT count(*)::int AS n FROM SA1010")).toEqual(customers);
    expect((await readProspect(ana, EMPORIO)).body.status).toBe("2");
    const [note] = await latestNotifications(ana);
    expect(note).toMatchObject({
      type: 4,
      title: "Prospect 000001/01 não convertido",
      description: "Conversão do prospect 000001/01 (Empório Vila Madalena Ltda) recusada: Informe o CEP.",
    });
  });
});
