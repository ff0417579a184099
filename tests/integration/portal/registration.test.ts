import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { formatDocument, withCheckDigits } from "@/lib/br-documents";
import { emptyRegistration, type RegistrationForm } from "@/lib/schemas/registration-form";
import { newOrderKey } from "@/lib/uuid";
import type { Viewer } from "@/server/auth/viewer";
import { findCustomer } from "@/server/services/customers";
import { getRegistrationDraft } from "@/server/services/order-drafts";
import { ownProspect } from "@/server/services/prospects";
import { convertOwnProspect, deleteOwnRegistration } from "@/server/services/registration-actions";
import { customerEditStart, prospectEditStart } from "@/server/services/registration-form-initial";
import { registrationQueueStatus } from "@/server/services/registration-queue";
import { submitRegistration } from "@/server/services/registration-submit";
import { admin, twoSellers } from "./order-world";

// A customer registered from the field (issue 18 item 5), services against the sandbox: the form's
// own schema before any ERP call, the rep's duplicates said with the code, another seller's never,
// one customer per draft whatever happens to the send, edits with the stamp, deletes refused with
// movement, and nothing of ana's reachable by bruno.

/** A company CNPJ with valid check digits that no seed uses (root 97…). */
const cnpj = (n: number) => withCheckDigits(`97${String(n).padStart(6, "0")}0001`);

function companyForm(document: string, extra: Partial<RegistrationForm> = {}): RegistrationForm {
  return {
    ...emptyRegistration(newOrderKey()),
    personType: "J",
    document: formatDocument(document),
    name: "Mercado Boa Vista Ltda",
    fantasy: "Boa Vista",
    customerType: "R",
    stateRegistration: "110.042.490.114",
    zipcode: "01310-100",
    street: "Avenida Paulista",
    number: "1000",
    neighborhood: "Bela Vista",
    uf: "SP",
    cityCode: "3550308",
    city: "São Paulo",
    ddd: "11",
    phone: "3000-1000",
    email: "compras@boavista.com.br",
    contact: "Marta",
    ...extra,
  };
}

const send = (viewer: Viewer, form: RegistrationForm, draftId = randomUUID()) =>
  submitRegistration(viewer, { entity: "customer", draftId, kind: "new", form });

const customerWrites = async () =>
  (await admin.requests()).items.filter((r) => r.path.startsWith("/rest/api/tgv/customers") && r.method !== "GET");

const customersWithKey = async (key: string) =>
  (
    await admin.sql<{ code: string; store: string; seller: string; risk: string }>(
      `SELECT A1_COD AS code, A1_LOJA AS store, A1_VEND AS seller, A1_RISCO AS risk FROM SA1010 WHERE A1_XEXTID = $1 AND D_E_L_E_T_ = ' '`,
      [key],
    )
  ).rows;

/** Runs the ERP's job, then follows the queue item as the form does until it is finished. */
async function finish(viewer: Viewer, queueId: string) {
  await admin.runJobs();
  const status = await registrationQueueStatus(viewer, "customer", queueId);
  expect(status?.item.status).toMatch(/done|error/);
  return status!;
}

describe("customer registration from the field (services against the sandbox)", () => {
  const sellers = twoSellers();

  it("ana registers a company: one customer of hers with the ERP's code, followed to the store", async () => {
    const { ana } = sellers;
    const form = companyForm(cnpj(1));
    const draftId = randomUUID();
    const sent = await send(ana, form, draftId);
    expect(sent).toMatchObject({ ok: true });
    if (!sent.ok) return;
    const status = await finish(ana, sent.queueId!);
    expect(status.item.status).toBe("done");
    expect(status.record).not.toBeNull();
    const rows = await customersWithKey(form.key);
    expect(rows).toEqual([{ code: status.record!.code, store: "01", seller: "000001", risk: "E" }]);
    // The store holds it before the page is sent there; the draft is kept as done (its URL says so).
    const stored = await findCustomer(ana, status.record!.code, "01");
    expect(stored?.name).toBe("Mercado Boa Vista Ltda");
    expect(stored?.address.city).toBe("São Paulo");
    expect((await getRegistrationDraft(ana, draftId, "customer"))?.state).toBe("done");
  });

  it("wrong input is refused field by field before any ERP call, with the form's codes", async () => {
    const { ana } = sellers;
    await admin.clearRequests();
    const wrong = await send(
      ana,
      companyForm(cnpj(2), { stateRegistration: "110042490115", zipcode: "0131", email: "a@", cityCode: "3304557" }),
    );
    expect(wrong).toMatchObject({ ok: false, reason: "invalid" });
    if (wrong.ok || wrong.reason !== "invalid") return;
    expect(wrong.fieldErrors).toMatchObject({
      stateRegistration: "ie_invalid:SP",
      zipcode: "cep_invalid",
      email: "email_invalid",
    });
    // A real IBGE code of another UF (Rio de Janeiro) is caught on the server (the browser has no table).
    const city = await send(ana, companyForm(cnpj(2), { cityCode: "3304557" }));
    expect(city).toEqual({ ok: false, reason: "invalid", fieldErrors: { cityCode: "city_not_in_uf" } });
    const person = await send(ana, companyForm("123.456.789-00", { personType: "F", customerType: "F" }));
    expect(person).toMatchObject({ ok: false, reason: "invalid", fieldErrors: { document: "cpf_invalid" } });
    const reseller = await send(ana, companyForm(cnpj(2), { stateRegistration: "ISENTO" }));
    expect(reseller).toMatchObject({ ok: false, fieldErrors: { customerType: "type_needs_ie" } });
    expect(await customerWrites()).toEqual([]);
  });

  it("a CPF/CNPJ already in ana's portfolio names her customer, before any ERP call", async () => {
    const { ana } = sellers;
    const own = (
      await admin.sql<{ cgc: string; code: string; store: string }>(
        `SELECT A1_CGC AS cgc, A1_COD AS code, A1_LOJA AS store FROM SA1010
        WHERE A1_FILIAL = '01' AND A1_VEND = '000001' AND A1_PESSOA = 'J' AND D_E_L_E_T_ = ' ' ORDER BY A1_COD LIMIT 1`,
      )
    ).rows[0]!;
    await admin.clearRequests();
    const sent = await send(ana, companyForm(own.cgc));
    expect(sent).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { document: `duplicate_own_customer:${own.code}/${own.store}` },
    });
    expect(await customerWrites()).toEqual([]);
  });

  it("another seller's customer is said to exist, and nothing of it reaches ana", async () => {
    const { ana } = sellers;
    const bruno = (
      await admin.sql<{ cgc: string; code: string; name: string }>(
        `SELECT A1_CGC AS cgc, A1_COD AS code, A1_NOME AS name FROM SA1010
        WHERE A1_FILIAL = '01' AND A1_VEND = '000002' AND A1_PESSOA = 'J' AND D_E_L_E_T_ = ' ' ORDER BY A1_COD LIMIT 1`,
      )
    ).rows[0]!;
    const sent = await send(ana, companyForm(bruno.cgc));
    expect(sent).toEqual({ ok: false, reason: "invalid", fieldErrors: { document: "duplicate_other_customer" } });
    expect(JSON.stringify(sent)).not.toContain(bruno.code);
    expect(JSON.stringify(sent)).not.toContain(bruno.name);
  });

  it("a double submit and a resend after the ERP was down make one customer", async () => {
    const { ana } = sellers;
    const form = companyForm(cnpj(3));
    const draftId = randomUUID();
    await admin.faults([{ pathPrefix: "/rest/api/tgv/customers", kind: "status", status: 503 }]);
    expect(await send(ana, form, draftId)).toEqual({ ok: false, reason: "not_sent" });
    // The draft keeps what was typed.
    expect((await getRegistrationDraft(ana, draftId, "customer"))?.data).toMatchObject({ name: form.name });
    await admin.faults([]);
    // Two clicks at once: one send reaches the ERP, the other gets its answer (the queue item once known).
    const both = await Promise.all([send(ana, form, draftId), send(ana, form, draftId)]);
    expect(both.every((b) => b.ok)).toBe(true);
    const queueId = both.map((b) => (b.ok ? b.queueId : null)).find(Boolean);
    expect(await send(ana, form, draftId)).toMatchObject({ ok: true, queueId });
    await finish(ana, queueId!);
    expect(await customersWithKey(form.key)).toHaveLength(1);
  });

  it("an edit goes with the ERP's stamp; a stale one is a conflict", async () => {
    const { ana } = sellers;
    const form = companyForm(cnpj(4));
    const sent = await send(ana, form);
    if (!sent.ok) throw new Error("not sent");
    const { record } = await finish(ana, sent.queueId!);
    const start = await customerEditStart(ana, record!.code, record!.store);
    expect(start?.initial).toMatchObject({ name: form.name, street: "Avenida Paulista", number: "1000" });
    const edit = (stamp: string, name: string) =>
      submitRegistration(ana, {
        entity: "customer",
        draftId: randomUUID(),
        kind: "edit",
        record: start!.record,
        stamp,
        form: { ...start!.initial, name },
      });
    const changed = await edit(start!.stamp, "Mercado Boa Vista Eireli");
    if (!changed.ok) throw new Error(JSON.stringify(changed));
    expect((await finish(ana, changed.queueId!)).item.status).toBe("done");
    expect((await findCustomer(ana, record!.code, record!.store))?.name).toBe("Mercado Boa Vista Eireli");
    expect(await edit(start!.stamp, "Outro nome")).toMatchObject({ ok: false, reason: "conflict" });
  });

  it("a customer with orders cannot be deleted: the ERP's reason comes back", async () => {
    const { ana } = sellers;
    const withOrders = (
      await admin.sql<{ code: string; store: string }>(
        `SELECT DISTINCT C5_CLIENTE AS code, C5_LOJACLI AS store FROM SC5010
        WHERE C5_FILIAL = '01' AND C5_VEND1 = '000001' AND D_E_L_E_T_ = ' ' ORDER BY 1 LIMIT 1`,
      )
    ).rows[0]!;
    const stamp = (await customerEditStart(ana, withOrders.code, withOrders.store))!.stamp;
    const outcome = await deleteOwnRegistration(ana, "customer", `${withOrders.code}/${withOrders.store}`, stamp);
    expect(outcome).toMatchObject({ ok: false, reason: "rejected" });
    if (!outcome.ok && outcome.reason === "rejected") expect(outcome.message).toMatch(/pedidos/);
  });

  it("bruno cannot edit, delete, or follow ana's customer and its queue item", async () => {
    const { ana, bruno } = sellers;
    const form = companyForm(cnpj(5));
    const sent = await send(ana, form);
    if (!sent.ok) throw new Error("not sent");
    const { record } = await finish(ana, sent.queueId!);
    const key = `${record!.code}/${record!.store}`;
    expect(await customerEditStart(bruno, record!.code, record!.store)).toBeNull();
    const start = (await customerEditStart(ana, record!.code, record!.store))!;
    expect(
      await submitRegistration(bruno, {
        entity: "customer",
        draftId: randomUUID(),
        kind: "edit",
        record: key,
        stamp: start.stamp,
        form: { ...start.initial, name: "Tomado" },
      }),
    ).toEqual({ ok: false, reason: "not_found" });
    expect(await deleteOwnRegistration(bruno, "customer", key, start.stamp)).toEqual({
      ok: false,
      reason: "not_found",
    });
    expect(await registrationQueueStatus(bruno, "customer", sent.queueId!)).toBeNull();
    // ana's delete of a customer without movement goes, and the store forgets it.
    const deleted = await deleteOwnRegistration(ana, "customer", key, start.stamp);
    if (!deleted.ok) throw new Error(JSON.stringify(deleted));
    await admin.runJobs();
    expect((await registrationQueueStatus(ana, "customer", deleted.queueId))?.item.status).toBe("done");
    expect(await findCustomer(ana, record!.code, record!.store)).toBeNull();
  });
});

describe("prospect registration and bruno's replays (services against the sandbox)", () => {
  const sellers = twoSellers();

  it("ana registers a prospect with a name alone; bruno can neither edit, delete, convert nor follow it", async () => {
    const { ana, bruno } = sellers;
    const form = { ...emptyRegistration(newOrderKey()), name: "Padaria Bom Dia" };
    const draftId = randomUUID();
    const sent = await submitRegistration(ana, { entity: "prospect", draftId, kind: "new", form });
    if (!sent.ok) throw new Error(JSON.stringify(sent));
    await admin.runJobs();
    const status = await registrationQueueStatus(ana, "prospect", sent.queueId!);
    expect(status?.item.status).toBe("done");
    const { code, store } = status!.record!;
    expect((await ownProspect(ana, code, store))?.name).toBe("Padaria Bom Dia");

    const key = `${code}/${store}`;
    const start = (await prospectEditStart(ana, code, store))!;
    expect(await prospectEditStart(bruno, code, store)).toBeNull();
    expect(
      await submitRegistration(bruno, {
        entity: "prospect",
        draftId: randomUUID(),
        kind: "edit",
        record: key,
        stamp: start.stamp,
        form: { ...start.initial, name: "Tomado" },
      }),
    ).toEqual({ ok: false, reason: "not_found" });
    expect(await deleteOwnRegistration(bruno, "prospect", key, start.stamp)).toEqual({
      ok: false,
      reason: "not_found",
    });
    expect(await convertOwnProspect(bruno, key, start.stamp)).toEqual({ ok: false, reason: "not_found" });
    expect(await registrationQueueStatus(bruno, "prospect", sent.queueId!)).toBeNull();
    // Replaying ana's draft id (a copied request) sends nothing for bruno, and ana's draft is untouched.
    expect(await submitRegistration(bruno, { entity: "prospect", draftId, kind: "new", form })).toEqual({
      ok: false,
      reason: "not_found",
    });
    expect((await getRegistrationDraft(ana, draftId, "prospect"))?.state).toBe("done");
    // A customer's draft id is never sent as a prospect (an id never changes document).
    expect(await submitRegistration(ana, { entity: "customer", draftId, kind: "new", form })).toMatchObject({
      ok: false,
    });
  });

  it("a prospect with incomplete data is refused conversion in the ERP's words, field by field", async () => {
    const { ana } = sellers;
    const form = { ...emptyRegistration(newOrderKey()), name: "Quitanda Sem Endereço" };
    const sent = await submitRegistration(ana, { entity: "prospect", draftId: randomUUID(), kind: "new", form });
    if (!sent.ok) throw new Error(JSON.stringify(sent));
    await admin.runJobs();
    const { record } = (await registrationQueueStatus(ana, "prospect", sent.queueId!))!;
    const start = (await prospectEditStart(ana, record!.code, record!.store))!;
    const converted = await convertOwnProspect(ana, `${record!.code}/${record!.store}`, start.stamp);
    expect(converted).toMatchObject({ ok: false, reason: "rejected" });
  });
});
