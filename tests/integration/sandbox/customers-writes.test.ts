import { describe, expect, it } from "vitest";
import { type Session, api, businessAdmin, listPrice, runJobs } from "./orders-client";
import { type Notification, businessDay, latestNotifications, quotationBody } from "./quotations-client";
import {
  type ErrorBody,
  type RegisteredRecord,
  type RegistrationAccepted,
  SP_IE,
  companyBody,
  createRecord,
  freshSandboxWith,
  nextCode,
  personBody,
  registrationQueue,
  registrationQueueItem,
  sql,
  testCnpj,
  testCpf,
  writeAndRun,
} from "./registration-client";

// Customers (SA1) written through the PGV API (sandbox/docs/registration.md "Customers (SA1)" and
// "Queue and 202"): POST/PUT/DELETE answer 202 and queue; the job critiques again, writes SA1 and
// notifies the seller (A1S type 2). Ana is seller 000001 in 01/01, bruno 000002, carla has no seller.

type Customer = RegisteredRecord & { risk: string; creditLimit: number; prospect: string };

let ana: Session;
let bruno: Session;
let carla: Session;

freshSandboxWith(["ana", "bruno", "carla"], (s) => {
  ({ ana, bruno, carla } = s);
});

const readCustomer = (who: Session, code: string, store: string) =>
  api<Customer>(who, "GET", `/customers/${code}/${store}`);

/** POST + job: the customer the job created (its queue item must have ended done). */
const createCustomer = (body: unknown, who: Session = ana) => createRecord<Customer>(who, "customers", body);

/** A seeded customer of a seller, chosen by a condition on SA1 `a`. */
async function seededCustomer(seller: string, condition = "TRUE"): Promise<{ code: string; store: string }> {
  const [row] = await sql<{ code: string; store: string }>(
    `SELECT A1_COD AS code, A1_LOJA AS store FROM SA1010 a
      WHERE A1_FILIAL = '01' AND A1_VEND = $1 AND D_E_L_E_T_ = ' ' AND ${condition} ORDER BY A1_COD, A1_LOJA LIMIT 1`,
    [seller],
  );
  if (!row) throw new Error(`no seeded customer of ${seller} with ${condition}`);
  return row;
}

const post = (body: unknown, who: Session = ana) =>
  api<RegistrationAccepted & ErrorBody>(who, "POST", "/customers", { body });

describe("POST customers", () => {
  it("queues a company (202, no id yet); the job writes it with the back office's defaults and notifies", async () => {
    const code = await nextCode("SA1010");
    const { today } = await businessDay();
    const body = companyBody(testCnpj(1), { externalid: "pgv-cli-boa-vista" });
    const accepted = await post(body);
    expect(accepted.status).toBe(202);
    expect(accepted.body).toEqual({ queueId: expect.any(String), status: 0, id: null, duplicate: false });
    expect(await registrationQueueItem(ana, "customersqueue", accepted.body.queueId)).toMatchObject({
      operation: "insert",
      status: 0,
      customerid: null,
      externalid: "pgv-cli-boa-vista",
      seller: "000001",
    });

    await runJobs();
    const item = await registrationQueueItem(ana, "customersqueue", accepted.body.queueId);
    expect(item).toMatchObject({ status: 2, customerid: `01${code}01`, message: `Cliente ${code}/01 incluído` });
    const customer = (await readCustomer(ana, code, "01")).body;
    expect(customer).toMatchObject({
      id: `01${code}01`,
      code,
      store: "01",
      name: "Mercado Boa Vista Ltda",
      fantasy: "Boa Vista",
      personType: "J",
      customertype: "R",
      cgc: testCnpj(1),
      estadualregistration: SP_IE,
      contributor: "1",
      uf: "SP",
      citycode: "50308",
      city: "São Paulo",
      zipcode: "01310100",
      vendor: "000001",
      risk: "E",
      creditLimit: 0,
      status: "2",
      inclusionDate: today,
      externalid: "pgv-cli-boa-vista",
      prospect: "",
    });
    expect(customer.stamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

    const [note] = (await latestNotifications(ana)) as [Notification];
    expect(note).toMatchObject({ type: 2, title: `Cliente ${code}/01 incluído`, recordkey: `01${code}01` });
    expect(note.description).toContain("Mercado Boa Vista Ltda");
  });

  it("makes a CNPJ whose root is already a customer a new store of that code", async () => {
    const head = await createCustomer(companyBody(testCnpj(2)));
    expect(head.store).toBe("01");
    const branchOffice = await createCustomer(companyBody(testCnpj(2, 2), { name: "Mercado Boa Vista Filial" }));
    expect(branchOffice).toMatchObject({ code: head.code, store: "02", cgc: testCnpj(2, 2) });
  });

  it("registers a person (CPF): final consumer, not an ICMS contributor", async () => {
    const customer = await createCustomer(personBody(testCpf(1)));
    expect(customer).toMatchObject({
      personType: "F",
      customertype: "F",
      cgc: testCpf(1),
      estadualregistration: "",
      contributor: "2",
      city: "São Paulo",
      risk: "E",
    });
  });

  it("accepts a valid alphanumeric CNPJ", async () => {
    const customer = await createCustomer(companyBody("12.ABC.345/0001-88"));
    expect(customer.cgc).toBe("12ABC345000188");
  });

  it("stores ISENTO as not a contributor", async () => {
    const customer = await createCustomer(
      companyBody(testCnpj(3), { customertype: "F", estadualregistration: "isento" }),
    );
    expect(customer).toMatchObject({ estadualregistration: "ISENTO", contributor: "2" });
  });

  const refusals: [string, Record<string, unknown>, number, string][] = [
    ["an invalid CPF", personBody("12345678900"), 422, "cgc"],
    ["a CNPJ with wrong check digits", companyBody("91000001000192"), 422, "cgc"],
    ["a CPF for a company", companyBody(testCpf(2)), 422, "cgc"],
    [
      "a state registration wrong for the UF",
      companyBody(testCnpj(4), { uf: "RJ", citycode: "3304557" }),
      422,
      "estadualregistration",
    ],
    ["ISENTO for a reseller", companyBody(testCnpj(4), { estadualregistration: "ISENTO" }), 422, "customertype"],
    [
      "a person as reseller",
      personBody(testCpf(3), { customertype: "R", estadualregistration: "" }),
      422,
      "customertype",
    ],
    ["a city of another UF", companyBody(testCnpj(4), { citycode: "3304557" }), 422, "citycode"],
    ["an unknown city", companyBody(testCnpj(4), { citycode: "3599999" }), 422, "citycode"],
    ["no CEP", companyBody(testCnpj(4), { zipcode: "" }), 422, "zipcode"],
    ["no name", companyBody(testCnpj(4), { name: undefined }), 422, "name"],
    [
      "no state registration for a company",
      companyBody(testCnpj(4), { estadualregistration: "" }),
      422,
      "estadualregistration",
    ],
    ["an invalid e-mail", companyBody(testCnpj(4), { email: "compras@" }), 422, "email"],
    ["an invalid phone", companyBody(testCnpj(4), { phone: "12345" }), 422, "phone"],
    ["a blocked payment condition", companyBody(testCnpj(4), { paymentconditions: "007" }), 422, "paymentconditions"],
    ["a credit limit", companyBody(testCnpj(4), { creditLimit: 50_000 }), 422, "creditLimit"],
    ["a risk", companyBody(testCnpj(4), { risk: "A" }), 422, "risk"],
    ["another seller as vendor", companyBody(testCnpj(4), { vendor: "000002" }), 422, "vendor"],
    ["a branch", companyBody(testCnpj(4), { branch: "02" }), 422, "branch"],
    ["a name over 80 characters", companyBody(testCnpj(4), { name: "M".repeat(81) }), 400, "name"],
    ["a person type other than F/J", companyBody(testCnpj(4), { personType: "X" }), 400, "personType"],
  ];

  it.each(refusals)("refuses %s with a field detail and queues nothing", async (_, body, status, field) => {
    const res = await post(body);
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(res.body.details?.map((d) => d.field)).toContain(field);
    const detail = res.body.details!.find((d) => d.field === field)!;
    expect(detail).toMatchObject({ code: String(status), message: expect.any(String) });
    expect(await registrationQueue(ana, "customersqueue")).toEqual([]);
  });

  it("names the caller's own customer a CPF/CNPJ duplicates", async () => {
    const own = await seededCustomer("000001", "A1_PESSOA = 'J' AND length(A1_CGC) = 14");
    const { body: existing } = await readCustomer(ana, own.code, own.store);
    const res = await post(companyBody(existing.cgc));
    expect(res.status).toBe(422);
    const duplicate = res.body.details!.find((d) => d.reason === "duplicate");
    expect(duplicate).toMatchObject({
      code: "422",
      field: "cgc",
      customer: { code: own.code, store: own.store },
      message: `Este CPF/CNPJ já é do seu cliente ${own.code}/${own.store}.`,
    });
  });

  it("says only 'already registered' when the duplicate is another seller's customer", async () => {
    const brunos = await seededCustomer("000002", "A1_PESSOA = 'J' AND length(A1_CGC) = 14");
    const { body: existing } = await readCustomer(bruno, brunos.code, brunos.store);
    const res = await post(companyBody(existing.cgc));
    expect(res.status).toBe(422);
    const duplicate = res.body.details!.find((d) => d.reason === "duplicate")!;
    expect(duplicate).toMatchObject({
      code: "422",
      field: "cgc",
      message: "Este CPF/CNPJ já está cadastrado como cliente desta empresa.",
    });
    expect(duplicate).not.toHaveProperty("customer");
    const text = JSON.stringify(res.body);
    expect(text).not.toContain(brunos.code);
    expect(text).not.toContain(existing.name);
  });

  it("answers a repeated externalid with the first item (duplicate), and makes one customer", async () => {
    const body = companyBody(testCnpj(5), { externalid: "pgv-cli-replay" });
    const first = await post(body);
    const again = await post(body);
    expect(again.status).toBe(202);
    expect(again.body).toEqual({ queueId: first.body.queueId, status: 0, id: null, duplicate: true });
    await runJobs();
    const afterJob = await post(body);
    const item = await registrationQueueItem(ana, "customersqueue", first.body.queueId);
    expect(afterJob.body).toEqual({ queueId: first.body.queueId, status: 2, id: item!.customerid, duplicate: true });
    const same = await api<{ items: Customer[] }>(
      ana,
      "GET",
      `/customers?filter=${encodeURIComponent(`cgc eq '${testCnpj(5)}'`)}`,
    );
    expect(same.body.items.map((c) => c.id)).toEqual([item!.customerid]);
  });

  it("critiques again in the job: the second of two POSTs of a new CNPJ ends in error and notifies", async () => {
    await businessAdmin("POST", "/jobs/hold", {});
    const first = await post(companyBody(testCnpj(6)));
    const second = await post(companyBody(testCnpj(6), { name: "Mercado Boa Vista Segundo" }));
    expect([first.status, second.status]).toEqual([202, 202]);
    await runJobs();
    const done = await registrationQueueItem(ana, "customersqueue", first.body.queueId);
    const code = done!.customerid!.slice(2, 8);
    const refused = await registrationQueueItem(ana, "customersqueue", second.body.queueId);
    expect(refused).toMatchObject({
      status: 3,
      customerid: null,
      message: `Este CPF/CNPJ já é do seu cliente ${code}/01.`,
    });
    const [note] = (await latestNotifications(ana)) as [Notification];
    expect(note).toMatchObject({ type: 2, title: "Cliente não incluído", recordkey: second.body.queueId });
    expect(note.description).toBe(
      `Inclusão do cliente (Mercado Boa Vista Segundo) recusada: Este CPF/CNPJ já é do seu cliente ${code}/01.`,
    );
  });

  it("is refused to a user without a seller (403), and to a seller naming another seller (403)", async () => {
    expect((await post(companyBody(testCnpj(7)), carla)).status).toBe(403);
    expect((await post(companyBody(testCnpj(7), { seller: "000002" }))).status).toBe(403);
    expect(await registrationQueue(ana, "customersqueue")).toEqual([]);
  });
});

describe("PUT customers/{code}/{store}", () => {
  it("changes the editable fields with the current stamp, moving the stamp and notifying", async () => {
    const before = await createCustomer(companyBody(testCnpj(10)));
    const body = companyBody("", {
      personType: undefined,
      cgc: undefined,
      name: "Mercado Boa Vista Atacado Ltda",
      phone: "30002000",
      citycode: "3509502",
      zipcode: "13010000",
    });
    const { accepted, item } = await writeAndRun(
      ana,
      "PUT",
      `/customers/${before.code}/${before.store}`,
      "customersqueue",
      {
        headers: { "if-match": before.stamp },
        body,
      },
    );
    expect(accepted).toEqual({ queueId: expect.any(String), status: 0, id: before.id, duplicate: false });
    expect(item).toMatchObject({ operation: "update", status: 2, customerid: before.id });
    const after = (await readCustomer(ana, before.code, before.store)).body;
    expect(after).toMatchObject({
      name: "Mercado Boa Vista Atacado Ltda",
      phone: "30002000",
      citycode: "09502",
      city: "Campinas",
      cgc: before.cgc,
      risk: "E",
      creditLimit: 0,
      inclusionDate: before.inclusionDate,
    });
    expect(after.stamp).not.toBe(before.stamp);
    const [note] = (await latestNotifications(ana)) as [Notification];
    expect(note).toMatchObject({ type: 2, title: `Cliente ${before.code}/01 alterado`, recordkey: before.id });
  });

  it("answers 409 to a stale stamp, 428 to none, 409 while an edit is pending", async () => {
    const c = await createCustomer(companyBody(testCnpj(11)));
    const path = `/customers/${c.code}/${c.store}`;
    const body = companyBody(c.cgc, { name: "Outro Nome" });
    const stale = await api<ErrorBody>(ana, "PUT", path, { headers: { "if-match": "2020-01-01T00:00:00.000Z" }, body });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toBe(
      "O cliente foi alterado por outra operação. Recarregue o cliente e tente novamente.",
    );
    expect((await api(ana, "PUT", path, { body })).status).toBe(428);
    await businessAdmin("POST", "/jobs/hold", {});
    expect((await api(ana, "PUT", path, { body: { ...body, stamp: c.stamp } })).status).toBe(202);
    const pending = await api<ErrorBody>(ana, "PUT", path, { body: { ...body, stamp: c.stamp } });
    expect(pending.status).toBe(409);
    expect(pending.body.message).toBe(
      `Já existe uma operação pendente para o cliente ${c.code}/01; aguarde o processamento.`,
    );
  });

  it("refuses to change the CPF/CNPJ or the person type (422)", async () => {
    const c = await createCustomer(companyBody(testCnpj(12)));
    const path = `/customers/${c.code}/${c.store}`;
    const headers = { "if-match": c.stamp };
    const cgc = await api<ErrorBody>(ana, "PUT", path, { headers, body: companyBody(testCnpj(13)) });
    expect(cgc.status).toBe(422);
    expect(cgc.body.details).toEqual([
      { code: "422", field: "cgc", message: "O CPF/CNPJ de um cliente não pode ser alterado." },
    ]);
    const person = await api<ErrorBody>(ana, "PUT", path, { headers, body: companyBody(c.cgc, { personType: "F" }) });
    expect(person.status).toBe(422);
    expect(person.body.details!.map((d) => d.field)).toEqual(["personType"]);
    const limit = await api<ErrorBody>(ana, "PUT", path, { headers, body: companyBody(c.cgc, { creditLimit: 1 }) });
    expect(limit.body.details!.map((d) => d.field)).toEqual(["creditLimit"]);
    expect((await registrationQueue(ana, "customersqueue")).map((i) => i.operation)).toEqual(["insert"]);
  });

  it("runs the critique on the edit, the customer itself not counted as a duplicate", async () => {
    const c = await createCustomer(companyBody(testCnpj(14)));
    const res = await api<ErrorBody>(ana, "PUT", `/customers/${c.code}/${c.store}`, {
      headers: { "if-match": c.stamp },
      body: companyBody(c.cgc, { citycode: "3304557" }),
    });
    expect(res.status).toBe(422);
    expect(res.body.details!.map((d) => d.field)).toEqual(["citycode"]);
  });
});

describe("DELETE customers/{code}/{store}", () => {
  it("soft-deletes a customer without movement: 404 afterwards, deleted in the diff, its contact links gone", async () => {
    const c = await createCustomer(companyBody(testCnpj(20)));
    await sql("INSERT INTO AC8010 (AC8_FILENT, AC8_ENTIDA, AC8_CODENT, AC8_CODCON) VALUES ($1, 'SA1', $2, '000001')", [
      "01",
      `${c.code}${c.store}`,
    ]);
    const { accepted, item } = await writeAndRun(ana, "DELETE", `/customers/${c.code}/${c.store}`, "customersqueue", {
      headers: { "if-match": c.stamp },
    });
    expect(accepted.id).toBe(c.id);
    expect(item).toMatchObject({ operation: "delete", status: 2, customerid: c.id });
    expect((await readCustomer(ana, c.code, c.store)).status).toBe(404);
    const diff = await api<{ items: Customer[] }>(
      ana,
      "GET",
      `/customers/diff/${encodeURIComponent(c.stamp)}?filter=${encodeURIComponent(`id eq '${c.id}'`)}`,
    );
    expect(diff.body.items).toEqual([expect.objectContaining({ id: c.id, deleted: true })]);
    const links = await sql<{ deleted: string }>(
      "SELECT D_E_L_E_T_ AS deleted FROM AC8010 WHERE AC8_ENTIDA = 'SA1' AND AC8_CODENT = $1",
      [`${c.code}${c.store}`],
    );
    expect(links).toEqual([{ deleted: "*" }]);
    const [note] = (await latestNotifications(ana)) as [Notification];
    expect(note).toMatchObject({ type: 2, title: `Cliente ${c.code}/01 excluído`, recordkey: c.id });
  });

  it("refuses a customer with orders (422, the reason), and queues nothing", async () => {
    const own = await seededCustomer(
      "000001",
      "EXISTS (SELECT 1 FROM SC5010 o WHERE o.C5_FILIAL = a.A1_FILIAL AND o.C5_CLIENTE = a.A1_COD AND o.C5_LOJACLI = a.A1_LOJA AND o.D_E_L_E_T_ = ' ')",
    );
    const { body: c } = await readCustomer(ana, own.code, own.store);
    const res = await api<ErrorBody>(ana, "DELETE", `/customers/${own.code}/${own.store}`, {
      headers: { "if-match": c.stamp },
    });
    expect(res.status).toBe(422);
    expect(res.body.message).toMatch(
      new RegExp(`^O cliente ${own.code}/${own.store} tem pedidos[ ,e\\p{L}]*; não pode ser excluído\\.$`, "u"),
    );
    expect(await registrationQueue(ana, "customersqueue")).toEqual([]);
  });

  it("names quotations when that is the movement", async () => {
    const c = await createCustomer(companyBody(testCnpj(21)));
    const price = await listPrice(ana, "P00001");
    const quotation = await api(ana, "POST", "/quotations", {
      body: quotationBody(c.code, [{ product: "P00001", quantity: 1, price }]),
    });
    expect(quotation.status, JSON.stringify(quotation.body)).toBe(202);
    await runJobs();
    const { body: current } = await readCustomer(ana, c.code, c.store);
    const res = await api<ErrorBody>(ana, "DELETE", `/customers/${c.code}/${c.store}`, {
      body: { stamp: current.stamp },
    });
    expect(res.status).toBe(422);
    expect(res.body.message).toBe(`O cliente ${c.code}/01 tem orçamentos; não pode ser excluído.`);
  });

  it("checks the movement again in the job: an order arriving after the 202 keeps the customer", async () => {
    const c = await createCustomer(companyBody(testCnpj(22)));
    await businessAdmin("POST", "/jobs/hold", {});
    const del = await api<RegistrationAccepted>(ana, "DELETE", `/customers/${c.code}/${c.store}`, {
      headers: { "if-match": c.stamp },
    });
    expect(del.status).toBe(202);
    // Another routine moves one of ana's orders to this customer meanwhile (SC5 only: the customer is untouched).
    await sql(
      `UPDATE SC5010 SET C5_CLIENTE = $1, C5_LOJACLI = '01'
        WHERE R_E_C_N_O_ = (SELECT min(R_E_C_N_O_) FROM SC5010 WHERE C5_FILIAL = '01' AND C5_VEND1 = '000001' AND D_E_L_E_T_ = ' ')`,
      [c.code],
    );
    await runJobs();
    expect(await registrationQueueItem(ana, "customersqueue", del.body.queueId)).toMatchObject({
      status: 3,
      message: `O cliente ${c.code}/01 tem pedidos; não pode ser excluído.`,
    });
    expect((await readCustomer(ana, c.code, c.store)).status).toBe(200);
    const [note] = (await latestNotifications(ana)) as [Notification];
    expect(note).toMatchObject({ type: 2, title: `Cliente ${c.code}/01 não excluído`, recordkey: c.id });
  });
});

describe("scope of the writes", () => {
  it("answers 404 to another seller's PUT and DELETE, and 403 to a user without a seller", async () => {
    const c = await createCustomer(companyBody(testCnpj(30)));
    const path = `/customers/${c.code}/${c.store}`;
    const headers = { "if-match": c.stamp };
    const put = await api<ErrorBody>(bruno, "PUT", path, { headers, body: companyBody(c.cgc) });
    expect(put.status).toBe(404);
    expect(put.body.message).toBe("Cliente não encontrado.");
    expect((await api(bruno, "DELETE", path, { headers })).status).toBe(404);
    expect((await api(carla, "PUT", path, { headers, body: companyBody(c.cgc) })).status).toBe(403);
    expect((await api(carla, "DELETE", path, { headers })).status).toBe(403);
    expect((await registrationQueue(ana, "customersqueue")).map((i) => i.operation)).toEqual(["insert"]);
  });

  it("keeps each seller's queue items to themselves", async () => {
    await createCustomer(companyBody(testCnpj(31)));
    expect(await registrationQueue(bruno, "customersqueue")).toEqual([]);
  });
});
