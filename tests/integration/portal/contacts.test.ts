import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { emptyContact, emptyPhone, type ContactForm } from "@/lib/schemas/contact-form";
import type { ContactOwner } from "@/lib/types/contact";
import { newOrderKey } from "@/lib/uuid";
import type { Viewer } from "@/server/auth/viewer";
import { submitContact } from "@/server/services/contact-submit";
import { entityContacts } from "@/server/services/contacts";
import { findCustomer } from "@/server/services/customers";
import { getRegistrationDraft } from "@/server/services/order-drafts";
import { ownProspect } from "@/server/services/prospects";
import { deleteOwnRegistration } from "@/server/services/registration-actions";
import { registrationQueueStatus } from "@/server/services/registration-queue";
import { admin, twoSellers } from "./order-world";

// The contacts of a customer or prospect (issue 18 item 7), services against the sandbox: the form's
// own schema before any ERP call, the entity one of the rep's own, one contact per draft, the job's
// outcome in the store the page reads (contact and phones), edits with the stamp, deletes, and
// nothing of ana's reachable by bruno.

function contact(name: string, extra: Partial<ContactForm> = {}): ContactForm {
  return {
    ...emptyContact(newOrderKey()),
    name,
    role: "Compras",
    email: "marta@boavista.com.br",
    phones: [{ ...emptyPhone(true), ddd: "11", number: "98765-4321" }],
    ...extra,
  };
}

/** ana's first live customer of branch 01 (the seed decides which), as the page names it. */
async function anasCustomer(viewer: Viewer): Promise<ContactOwner & { document: string; raw: string }> {
  const row = (
    await admin.sql<{ code: string; store: string }>(
      `SELECT A1_COD AS code, A1_LOJA AS store FROM SA1010
        WHERE A1_FILIAL = '01' AND A1_VEND = '000001' AND A1_MSBLQL = '2' AND D_E_L_E_T_ = ' ' ORDER BY A1_COD, A1_LOJA LIMIT 1`,
    )
  ).rows[0]!;
  const customer = (await findCustomer(viewer, row.code, row.store))!;
  return {
    type: "customer",
    code: customer.code.trim(),
    store: customer.store.trim(),
    document: customer.document,
    raw: customer.code,
  };
}

const contactsOf = (viewer: Viewer, owner: ContactOwner & { document?: string }) =>
  entityContacts(viewer, { ...owner, document: owner.document ?? "" });

const add = (viewer: Viewer, entity: ContactOwner, form: ContactForm, draftId = randomUUID()) =>
  submitContact(viewer, {
    draftId,
    kind: "new",
    entity: { type: entity.type, code: entity.code, store: entity.store },
    form,
  });

const contactWrites = async () =>
  (await admin.requests()).items.filter((r) => r.path.startsWith("/rest/api/tgv/contacts") && r.method !== "GET");

/** Runs the ERP's job, then follows the queue item as the page does until it is finished. */
async function finish(viewer: Viewer, queueId: string) {
  await admin.runJobs();
  const status = await registrationQueueStatus(viewer, "contact", queueId);
  expect(status?.item.status).toMatch(/done|error/);
  return status!;
}

describe("contacts of a customer or prospect from the field (services against the sandbox)", () => {
  const sellers = twoSellers();

  it("ana adds a contact with a mobile to her customer: the job's contact and phone reach the store", async () => {
    const { ana } = sellers;
    const customer = await anasCustomer(ana);
    const before = await contactsOf(ana, customer);
    const form = contact("Marta Souza");
    const draftId = randomUUID();
    const sent = await add(ana, customer, form, draftId);
    if (!sent.ok) throw new Error(JSON.stringify(sent));
    expect(sent.contact).toBeNull();
    // A second tap on the same form lands on the same queue item.
    expect(await add(ana, customer, form, draftId)).toMatchObject({ ok: true, queueId: sent.queueId });
    const status = await finish(ana, sent.queueId!);
    expect(status.item.status).toBe("done");
    const code = status.record!.code;

    const after = await contactsOf(ana, customer);
    expect(after).toHaveLength(before.length + 1);
    const added = after.find((c) => c.contactId.trim() === code)!;
    expect(added).toMatchObject({
      name: "Marta Souza",
      role: "Compras",
      email: "marta@boavista.com.br",
      entityType: "SA1",
      entityCode: `${customer.raw}${customer.store}`,
    });
    expect(added.stamp).toBeTruthy();
    expect(added.phones.map((p) => ({ type: p.type, ddd: p.ddd, number: p.number, main: p.main }))).toEqual([
      { type: "4", ddd: "11", number: "987654321", main: true },
    ]);
    expect((await getRegistrationDraft(ana, draftId, "contact"))?.state).toBe("done");
    // One contact in the ERP, whatever the taps.
    const rows = await admin.sql(`SELECT 1 FROM SU5010 WHERE TRIM(U5_CONTAT) = 'Marta Souza' AND D_E_L_E_T_ = ' '`);
    expect(rows.rows).toHaveLength(1);
  });

  it("an edit replaces the phones with the contact's stamp; the stamp it replaced is then a conflict", async () => {
    const { ana } = sellers;
    const customer = await anasCustomer(ana);
    const sent = await add(ana, customer, contact("Paulo Lima"));
    if (!sent.ok) throw new Error(JSON.stringify(sent));
    const code = (await finish(ana, sent.queueId!)).record!.code;
    const stored = (await contactsOf(ana, customer)).find((c) => c.contactId.trim() === code)!;

    const edit = (stamp: string, form: ContactForm) =>
      submitContact(ana, { draftId: randomUUID(), kind: "edit", contact: code, stamp, entity: customer, form });
    const changed = await edit(
      stored.stamp!,
      contact("Paulo Lima", {
        role: "Gerente",
        phones: [
          { ...emptyPhone(), type: "1", ddd: "11", number: "3000-1000" },
          { ...emptyPhone(true), ddd: "21", number: "99876-5432" },
        ],
      }),
    );
    if (!changed.ok) throw new Error(JSON.stringify(changed));
    expect(changed.contact).toBe(code);
    expect((await finish(ana, changed.queueId!)).item.status).toBe("done");
    const after = (await contactsOf(ana, customer)).find((c) => c.contactId.trim() === code)!;
    expect(after.role).toBe("Gerente");
    expect(after.stamp).not.toBe(stored.stamp);
    expect(after.phones.map((p) => [p.type, p.ddd, p.number, p.main]).sort()).toEqual([
      ["1", "11", "30001000", false],
      ["4", "21", "998765432", true],
    ]);

    expect(await edit(stored.stamp!, contact("Paulo Lima", { role: "Outro" }))).toMatchObject({
      ok: false,
      reason: "conflict",
    });
  });

  it("a delete takes the contact and its phones out of the store", async () => {
    const { ana } = sellers;
    const customer = await anasCustomer(ana);
    const sent = await add(ana, customer, contact("Rita Alves"));
    if (!sent.ok) throw new Error(JSON.stringify(sent));
    const code = (await finish(ana, sent.queueId!)).record!.code;
    const stored = (await contactsOf(ana, customer)).find((c) => c.contactId.trim() === code)!;
    const deleted = await deleteOwnRegistration(ana, "contact", code, stored.stamp!);
    if (!deleted.ok) throw new Error(JSON.stringify(deleted));
    expect((await finish(ana, deleted.queueId)).item.status).toBe("done");
    expect((await contactsOf(ana, customer)).some((c) => c.contactId.trim() === code)).toBe(false);
  });

  it("a wrong e-mail or phone is refused field by field before any ERP call", async () => {
    const { ana } = sellers;
    const customer = await anasCustomer(ana);
    const outcome = await add(
      ana,
      customer,
      contact("Marta Souza", {
        email: "marta@",
        phones: [
          { ...emptyPhone(true), ddd: "11", number: "1234-5" },
          { ...emptyPhone(), ddd: "1", number: "98765-4321" },
        ],
      }),
    );
    expect(outcome).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { email: "email_invalid", "phones.0.number": "phone_invalid", "phones.1.ddd": "ddd_invalid" },
    });
    expect(await add(ana, customer, contact(""))).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { name: "required" },
    });
    expect(await contactWrites()).toEqual([]);
  });

  it("a prospect's contact: on the prospect, none of its customers'; a converted prospect's is the ERP's refusal", async () => {
    const { ana } = sellers;
    const prospect = (await ownProspect(ana, "000003", "01"))!;
    const owner = { type: "prospect", code: "000003", store: "01" } as const;
    const sent = await add(ana, owner, contact("Lúcia Prado", { email: "" }));
    if (!sent.ok) throw new Error(JSON.stringify(sent));
    const code = (await finish(ana, sent.queueId!)).record!.code;
    const contacts = await contactsOf(ana, { ...owner, document: prospect.document });
    expect(contacts.find((c) => c.contactId.trim() === code)).toMatchObject({ name: "Lúcia Prado", entityType: "SUS" });
    const customer = await anasCustomer(ana);
    expect((await contactsOf(ana, customer)).some((c) => c.contactId.trim() === code)).toBe(false);

    // 000004 became a customer: the ERP sends the rep to the customer, in its words.
    const converted = await add(ana, { type: "prospect", code: "000004", store: "01" }, contact("Vera Dias"));
    expect(converted).toMatchObject({ ok: false, reason: "rejected" });
    if (!converted.ok && converted.reason === "rejected") expect(converted.message).toMatch(/convertido/);
  });

  it("bruno can neither add to ana's customer, change or delete her contact, nor follow its queue item", async () => {
    const { ana, bruno } = sellers;
    const customer = await anasCustomer(ana);
    const sent = await add(ana, customer, contact("Sofia Reis"));
    if (!sent.ok) throw new Error(JSON.stringify(sent));
    const code = (await finish(ana, sent.queueId!)).record!.code;
    const stored = (await contactsOf(ana, customer)).find((c) => c.contactId.trim() === code)!;
    await admin.clearRequests();

    expect(await add(bruno, customer, contact("Intruso"))).toEqual({ ok: false, reason: "not_found" });
    const brunos = (
      await admin.sql<{ code: string; store: string }>(
        `SELECT A1_COD AS code, A1_LOJA AS store FROM SA1010
          WHERE A1_FILIAL = '01' AND A1_VEND = '000002' AND D_E_L_E_T_ = ' ' ORDER BY A1_COD LIMIT 1`,
      )
    ).rows[0]!;
    // Neither under ana's customer nor under one of his own.
    for (const entity of [customer, { type: "customer" as const, ...brunos }])
      expect(
        await submitContact(bruno, {
          draftId: randomUUID(),
          kind: "edit",
          contact: code,
          stamp: stored.stamp!,
          entity,
          form: contact("Tomado"),
        }),
      ).toEqual({ ok: false, reason: "not_found" });
    expect(await deleteOwnRegistration(bruno, "contact", code, stored.stamp!)).toEqual({
      ok: false,
      reason: "not_found",
    });
    expect(await registrationQueueStatus(bruno, "contact", sent.queueId!)).toBeNull();
    expect(await contactsOf(bruno, customer)).toEqual([]);
    expect(await contactWrites()).toEqual([]);
    // ana's contact is as she left it.
    expect((await contactsOf(ana, customer)).find((c) => c.contactId.trim() === code)?.name).toBe("Sofia Reis");
  });
});
