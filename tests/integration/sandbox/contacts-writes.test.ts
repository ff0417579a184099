import { beforeEach, describe, expect, it } from "vitest";
import { sandboxAdmin } from "../sandbox-admin";
import { type Session, api, businessAdmin, freshSandboxWithAna, runJobs, session } from "./orders-client";
import { latestNotifications } from "./quotations-client";

// The contact writes of sandbox/docs/registration.md "Contacts": POST / PUT / DELETE contacts
// answer 202 and queue (ZTQ_ENTITY 'SU5'); the job writes SU5 + AC8 + AGB and notifies the
// entity's seller (A1S type 2 for a customer's contact, 4 for a prospect's). What the job wrote is
// read back through the PGV collections the portal syncs (`contacts`, `phonecontacts`, their diffs).

const admin = sandboxAdmin();
let ana: Session;

freshSandboxWithAna((signedIn) => {
  ana = signedIn;
});
// The job runs only when a test says so: what is queued, and when, stays the test's.
beforeEach(() => businessAdmin("POST", "/jobs/hold", {}));

type Accepted = { queueId: string; status: number; id: string | null; duplicate: boolean };
type Envelope = { code: number; message: string; details?: { field: string; message: string }[] };
type ContactItem = {
  contactid: string;
  cgcentity: string;
  name: string;
  email: string;
  role: string;
  entitytype: string;
  entitycode: string;
  stamp: string;
  datetime: string;
  d_e_l_e_t_: string;
};
type PhoneItem = {
  internalid: string;
  contactinternalid: string;
  phonetype: string;
  ddd: string;
  phone: string;
  complement: string;
  entitytype: string;
  entitycode: string;
  main: boolean;
  d_e_l_e_t_: string;
};
type QueueItem = {
  id: string;
  operation: string;
  contactid: string | null;
  status: number;
  message: string;
  seller: string;
};

/** ana's customer of the showcase (sandbox/docs/data.md). */
const CUSTOMER = { type: "customer", code: "000012", store: "01" } as const;

const contactBody = (extra: Record<string, unknown> = {}) => ({
  name: "Marta Souza",
  email: "marta@boavista.com.br",
  role: "Compras",
  entity: CUSTOMER,
  phones: [
    { type: "4", ddd: "11", phone: "987654321", main: true },
    { type: "1", ddd: "11", phone: "30001000", complement: "ramal 12" },
  ],
  ...extra,
});

const filter = (expr: string) => `filter=${encodeURIComponent(expr)}`;

/** The caller's diff watermark now: what a sync would hold before the write. */
const syncDate = async (who: Session) =>
  (await api<{ po_sync_date: string }>(who, "GET", "/contacts?pageSize=1")).body.po_sync_date;

async function queueItem(who: Session, queueId: string): Promise<QueueItem | undefined> {
  return (await api<{ items: QueueItem[] }>(who, "GET", `/contactsqueue?${filter(`id eq '${queueId}'`)}`)).body
    .items[0];
}

const contactsDiff = async (who: Session, since: string) =>
  (await api<{ items: ContactItem[] }>(who, "GET", `/contacts/diff/${since}?pageSize=100`)).body.items;
const phonesDiff = async (who: Session, since: string) =>
  (await api<{ items: PhoneItem[] }>(who, "GET", `/phonecontacts/diff/${since}?pageSize=100`)).body.items;

async function liveContact(who: Session, code: string): Promise<ContactItem | undefined> {
  return (await api<{ items: ContactItem[] }>(who, "GET", `/contacts?${filter(`contactid eq '${code}'`)}`)).body
    .items[0];
}

/** POST, run the job, answer the new contact's code. */
async function addContact(who: Session, body: unknown): Promise<string> {
  const post = await api<Accepted>(who, "POST", "/contacts", { body });
  expect(post.status, JSON.stringify(post.body)).toBe(202);
  await runJobs();
  const item = await queueItem(who, post.body.queueId);
  expect(item, JSON.stringify(item)).toMatchObject({ status: 2, operation: "insert" });
  return item!.contactid!;
}

const contactItemsInQueue = async () =>
  (await admin.sql<{ n: number }>("SELECT count(*)::int AS n FROM ZTQ010 WHERE ZTQ_ENTITY = 'SU5'")).rows[0]!.n;

describe("POST contacts", () => {
  it("adds the contact with its phones: 202, the job writes it, both diffs carry it with its entity, type-2 notice", async () => {
    const since = await syncDate(ana);
    const customer = (await api<{ cgc: string }>(ana, "GET", `/customers/${CUSTOMER.code}/${CUSTOMER.store}`)).body;
    const post = await api<Accepted>(ana, "POST", "/contacts", { body: contactBody({ externalid: "pgv-ctt-1" }) });
    expect(post.status).toBe(202);
    expect(post.body).toMatchObject({ status: 0, id: null, duplicate: false });
    expect((await runJobs()).processed).toEqual([expect.objectContaining({ id: post.body.queueId, status: "2" })]);
    const item = (await queueItem(ana, post.body.queueId))!;
    expect(item).toMatchObject({ operation: "insert", status: 2, seller: "000001" });
    const code = item.contactid!;
    expect(code).toMatch(/^\d{6}$/);

    const [contact, ...others] = await contactsDiff(ana, since);
    expect(others).toEqual([]);
    expect(contact).toMatchObject({
      contactid: code,
      name: "Marta Souza",
      email: "marta@boavista.com.br",
      role: "Compras",
      cgcentity: customer.cgc,
      entitytype: "SA1",
      entitycode: "00001201",
      d_e_l_e_t_: " ",
    });
    expect(contact!.stamp).toBe(contact!.datetime);
    const phones = await phonesDiff(ana, since);
    expect(phones.map((p) => [p.contactinternalid, p.phonetype, p.ddd, p.phone, p.complement, p.main])).toEqual([
      [code, "4", "11", "987654321", "", true],
      [code, "1", "11", "30001000", "ramal 12", false],
    ]);
    expect(phones.every((p) => p.entitytype === "SA1" && p.entitycode === "00001201")).toBe(true);

    const [note] = await latestNotifications(ana);
    expect(note).toMatchObject({
      type: 2,
      title: "Contato Marta Souza incluído no cliente 000012/01",
      recordkey: code,
    });
  });

  it("answers a replayed externalid with the first item: one contact, however often it is sent", async () => {
    const body = contactBody({ externalid: "pgv-ctt-replay" });
    const first = await api<Accepted>(ana, "POST", "/contacts", { body });
    const again = await api<Accepted>(ana, "POST", "/contacts", { body });
    expect(again.status).toBe(202);
    expect(again.body).toMatchObject({ queueId: first.body.queueId, duplicate: true, id: null });
    await runJobs();
    const code = (await queueItem(ana, first.body.queueId))!.contactid;
    const after = await api<Accepted>(ana, "POST", "/contacts", { body });
    expect(after.body).toMatchObject({ queueId: first.body.queueId, duplicate: true, id: code, status: 2 });
    expect(await runJobs()).toMatchObject({ processed: [] });
    const named = await api<{ items: ContactItem[] }>(ana, "GET", `/contacts?${filter("name eq 'Marta Souza'")}`);
    expect(named.body.items.map((c) => c.contactid)).toEqual([code]);
  });

  it("refuses a malformed or invalid contact with field details, and queues nothing", async () => {
    const refused = async (body: unknown, status: number, field: string) => {
      const res = await api<Envelope>(ana, "POST", "/contacts", { body });
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      expect(res.body.details?.map((d) => d.field)).toContain(field);
      return res.body;
    };
    await refused(contactBody({ name: "M".repeat(61) }), 400, "name");
    await refused(contactBody({ name: "" }), 400, "name");
    await refused(contactBody({ role: "R".repeat(41) }), 400, "role");
    await refused(contactBody({ entity: undefined }), 400, "entity");
    const eleven = Array.from({ length: 11 }, () => ({ type: "1", ddd: "11", phone: "30001000" }));
    await refused(contactBody({ phones: eleven }), 400, "phones");
    await refused(contactBody({ phones: [{ type: "4", ddd: "11", phone: "98765-432x" }] }), 400, "phones.0.phone");
    const email = await refused(contactBody({ email: "marta@" }), 422, "email");
    expect(email.message).toBe("E-mail inválido.");
    await refused(contactBody({ phones: [{ type: "1", ddd: "11", phone: "12345678" }] }), 422, "phones.0.phone");
    expect(await contactItemsInQueue()).toBe(0);
  });

  it("the job checks again: a customer deleted after the 202 ends the item in error, and the seller is told", async () => {
    const post = await api<Accepted>(ana, "POST", "/contacts", { body: contactBody() });
    expect(post.status).toBe(202);
    await admin.sql("UPDATE SA1010 SET D_E_L_E_T_ = '*' WHERE A1_FILIAL = '01' AND A1_COD = $1 AND A1_LOJA = $2", [
      CUSTOMER.code,
      CUSTOMER.store,
    ]);
    await runJobs();
    expect(await queueItem(ana, post.body.queueId)).toMatchObject({
      status: 3,
      contactid: null,
      message: "entity: Cliente/Prospect não encontrado.",
    });
    const [note] = await latestNotifications(ana);
    expect(note).toMatchObject({
      type: 2,
      title: "Contato Marta Souza não incluído",
      description: "Contato Marta Souza não incluído: entity: Cliente/Prospect não encontrado.",
      recordkey: post.body.queueId,
    });
    const written = await admin.sql("SELECT 1 FROM SU5010 WHERE U5_CONTAT = 'Marta Souza'");
    expect(written.rows).toEqual([]);
  });
});

describe("PUT contacts/{id}", () => {
  it("replaces name, e-mail, role and the phone list with the current stamp; the old phones leave in the diff", async () => {
    const code = await addContact(ana, contactBody());
    const before = (await liveContact(ana, code))!;
    const since = await syncDate(ana);
    const oldPhones = (
      await api<{ items: PhoneItem[] }>(ana, "GET", `/phonecontacts?${filter(`contactinternalid eq '${code}'`)}`)
    ).body.items;
    const put = await api<Accepted>(ana, "PUT", `/contacts/${code}`, {
      headers: { "if-match": before.stamp },
      body: contactBody({
        name: "Marta Souza Lima",
        email: "marta.lima@boavista.com.br",
        role: "Gerente de compras",
        phones: [{ type: "1", ddd: "11", phone: "30002000" }],
      }),
    });
    expect(put.status, JSON.stringify(put.body)).toBe(202);
    expect(put.body).toMatchObject({ id: code, duplicate: false, status: 0 });
    await runJobs();
    expect(await queueItem(ana, put.body.queueId)).toMatchObject({ operation: "update", status: 2, contactid: code });

    const after = (await liveContact(ana, code))!;
    expect(after).toMatchObject({
      name: "Marta Souza Lima",
      email: "marta.lima@boavista.com.br",
      role: "Gerente de compras",
      entitytype: "SA1",
      entitycode: "00001201",
    });
    expect(after.stamp).not.toBe(before.stamp);
    const phones = await phonesDiff(ana, since);
    expect(phones.filter((p) => p.d_e_l_e_t_ === "*").map((p) => p.internalid)).toEqual(
      oldPhones.map((p) => p.internalid),
    );
    expect(phones.filter((p) => p.d_e_l_e_t_ === " ").map((p) => [p.phone, p.main])).toEqual([["30002000", true]]);
    const [note] = await latestNotifications(ana);
    expect(note).toMatchObject({ type: 2, title: "Contato Marta Souza Lima alterado no cliente 000012/01" });
  });

  it("answers 409 to a stale stamp, 428 to none, 409 while an edit is pending; never moves the contact", async () => {
    const code = await addContact(ana, contactBody());
    const { stamp } = (await liveContact(ana, code))!;
    const body = contactBody({ name: "Outro Nome" });
    const stale = await api<Envelope>(ana, "PUT", `/contacts/${code}`, {
      headers: { "if-match": "2020-01-01T00:00:00.000Z" },
      body,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toBe(
      "O contato foi alterado por outra operação. Recarregue o contato e tente novamente.",
    );
    expect((await api(ana, "PUT", `/contacts/${code}`, { body })).status).toBe(428);
    expect((await api(ana, "DELETE", `/contacts/${code}`)).status).toBe(428);
    const moved = await api<Envelope>(ana, "PUT", `/contacts/${code}`, {
      headers: { "if-match": stamp },
      body: { ...body, entity: { type: "customer", code: "000003", store: "01" } },
    });
    expect(moved.status).toBe(422);
    expect(moved.body.details).toEqual([
      expect.objectContaining({
        field: "entity",
        message: "O cliente ou prospect de um contato não pode ser alterado.",
      }),
    ]);
    expect((await api(ana, "PUT", `/contacts/${code}`, { headers: { "if-match": stamp }, body })).status).toBe(202);
    const pending = await api<Envelope>(ana, "PUT", `/contacts/${code}`, { body: { ...body, stamp } });
    expect(pending.status).toBe(409);
    expect(pending.body.message).toBe(
      `Já existe uma operação pendente para o contato ${code}; aguarde o processamento.`,
    );
    await runJobs();
    // The first edit moved the stamp: the one read before is stale now.
    expect((await api(ana, "PUT", `/contacts/${code}`, { headers: { "if-match": stamp }, body })).status).toBe(409);
  });
});

describe("DELETE contacts/{id}", () => {
  it("soft-deletes the contact, its links and its phones: gone from the lists, '*' in both diffs", async () => {
    const code = await addContact(ana, contactBody());
    const { stamp } = (await liveContact(ana, code))!;
    const since = await syncDate(ana);
    const del = await api<Accepted>(ana, "DELETE", `/contacts/${code}`, { body: { stamp } });
    expect(del.status).toBe(202);
    expect(del.body.id).toBe(code);
    await runJobs();
    expect(await queueItem(ana, del.body.queueId)).toMatchObject({ operation: "delete", status: 2 });

    expect(await liveContact(ana, code)).toBeUndefined();
    expect((await contactsDiff(ana, since)).map((c) => [c.contactid, c.d_e_l_e_t_])).toEqual([[code, "*"]]);
    const phones = await phonesDiff(ana, since);
    expect(phones.map((p) => [p.contactinternalid, p.d_e_l_e_t_])).toEqual([
      [code, "*"],
      [code, "*"],
    ]);
    const links = await admin.sql<{ deleted: string }>(
      "SELECT D_E_L_E_T_ AS deleted FROM AC8010 WHERE AC8_CODCON = $1",
      [code],
    );
    expect(links.rows).toEqual([{ deleted: "*" }]);
    const [note] = await latestNotifications(ana);
    expect(note).toMatchObject({
      type: 2,
      title: "Contato Marta Souza excluído do cliente 000012/01",
      recordkey: code,
    });
    expect((await api(ana, "DELETE", `/contacts/${code}`, { body: { stamp } })).status).toBe(404);
  });
});

describe("seller scope: the contact's entity decides", () => {
  it("bruno can neither add to, edit nor delete a contact of ana's customer (404 each), and queues nothing", async () => {
    const bruno = await session("bruno", "bruno123");
    const seeded = (await api<{ items: ContactItem[] }>(ana, "GET", "/contacts?pageSize=1")).body.items[0]!;
    const post = await api<Envelope>(bruno, "POST", "/contacts", { body: contactBody() });
    expect(post.status).toBe(404);
    expect(post.body.message).toBe("Cliente/Prospect não encontrado.");
    for (const method of ["PUT", "DELETE"]) {
      const res = await api<Envelope>(bruno, method, `/contacts/${seeded.contactid}`, {
        headers: { "if-match": seeded.stamp },
        body: contactBody(),
      });
      expect(res.status, method).toBe(404);
      expect(res.body.message).toBe("Contato não encontrado.");
    }
    expect(await contactItemsInQueue()).toBe(0);
  });

  it("an administrator adds to ana's customer: the item and its notice are ana's", async () => {
    const boss = await session("admin", "admin123");
    const post = await api<Accepted>(boss, "POST", "/contacts", { body: contactBody({ name: "Rui Prado" }) });
    expect(post.status).toBe(202);
    await runJobs();
    const item = (await queueItem(ana, post.body.queueId))!;
    expect(item).toMatchObject({ seller: "000001", status: 2 });
    expect((await liveContact(ana, item.contactid!))!.name).toBe("Rui Prado");
    expect((await latestNotifications(ana))[0]).toMatchObject({
      title: "Contato Rui Prado incluído no cliente 000012/01",
    });
  });

  it("a prospect's contact: entitytype SUS and the prospect's CGC, a type-4 notice, out of bruno's reach", async () => {
    const cnpj = "11222333000181";
    // A prospect of ana's (SUS) [the seed may have its own: this one takes the next code].
    const { rows } = await admin.sql<{ code: string }>(
      `INSERT INTO SUS010 (US_FILIAL, US_COD, US_LOJA, US_NOME, US_CGC, US_VEND, US_STATUS)
       SELECT '01', lpad((COALESCE(max(US_COD::int), 0) + 1)::text, 6, '0'), '01', 'Mercado Boa Vista Ltda', $1, '000001', '1'
         FROM SUS010 WHERE US_FILIAL = '01' RETURNING US_COD AS code`,
      [cnpj],
    );
    const prospect = rows[0]!.code;
    const since = await syncDate(ana);
    const code = await addContact(ana, contactBody({ entity: { type: "prospect", code: prospect, store: "01" } }));
    const [contact] = await contactsDiff(ana, since);
    expect(contact).toMatchObject({
      contactid: code,
      entitytype: "SUS",
      entitycode: `${prospect}01`,
      cgcentity: cnpj,
    });
    expect((await phonesDiff(ana, since)).map((p) => p.entitytype)).toEqual(["SUS", "SUS"]);
    expect((await latestNotifications(ana))[0]).toMatchObject({
      type: 4,
      title: `Contato Marta Souza incluído no prospect ${prospect}/01`,
    });

    const bruno = await session("bruno", "bruno123");
    expect(await liveContact(bruno, code)).toBeUndefined();
    const post = await api(bruno, "POST", "/contacts", {
      body: contactBody({ entity: { type: "prospect", code: prospect, store: "01" } }),
    });
    expect(post.status).toBe(404);

    // A conversion links the prospect's contacts to the new customer as well: the customer's link wins.
    await admin.sql(
      "INSERT INTO AC8010 (AC8_FILIAL, AC8_FILENT, AC8_ENTIDA, AC8_CODENT, AC8_CODCON) VALUES ('', '01', 'SA1', $1, $2)",
      [`${CUSTOMER.code}${CUSTOMER.store}`, code],
    );
    expect(await liveContact(ana, code)).toMatchObject({ entitytype: "SA1", entitycode: "00001201" });
  });
});
