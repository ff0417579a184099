import { describe, expect, it } from "vitest";
import { groupedNumber, telHref, whatsappHref } from "@/lib/phone-link";
import {
  contactForm,
  contactFormSchema,
  contactPayload,
  emptyContact,
  emptyPhone,
  fieldCodes,
  sentPhoneRows,
  type ContactForm,
} from "@/lib/schemas/contact-form";
import type { ContactWithPhones } from "@/lib/types/contact";
import { toContact, toContactPhone } from "@/server/erp/protheus/contacts";

// The contact form of a customer or prospect (issue 18 item 7): the one schema the browser and the
// server action parse with, the ERP's wire body built from it, and the links a contact's phones get.

const KEY = "pgv-0b7e2c1a-9f3d-4c2e-8a1b-2d3e4f5a6b7c";
const owner = { type: "customer", code: "000123", store: "01" } as const;

const form = (extra: Partial<ContactForm> = {}): ContactForm => ({
  ...emptyContact(KEY),
  name: "Marta Souza",
  role: "Compras",
  email: "marta@boavista.com.br",
  phones: [{ ...emptyPhone(true), ddd: "11", number: "98765-4321" }],
  ...extra,
});

const codes = (value: unknown) => {
  const parsed = contactFormSchema.safeParse(value);
  return parsed.success ? {} : fieldCodes(parsed.error);
};

describe("contact form schema", () => {
  it("takes a named contact with a valid mobile, and one with no phone at all", () => {
    expect(codes(form())).toEqual({});
    expect(codes(form({ phones: [] }))).toEqual({});
    // A phone row left empty is no phone: not an error.
    expect(codes(form({ phones: [emptyPhone(true)] }))).toEqual({});
  });

  it("says what is wrong field by field, with the codes actions.field words", () => {
    expect(
      codes(
        form({
          name: " ",
          email: "marta@",
          role: "x".repeat(41),
          phones: [
            { ...emptyPhone(), ddd: "1", number: "98765-4321" },
            { ...emptyPhone(), ddd: "11", number: "1234" },
            { ...emptyPhone(), ddd: "11", number: "" },
            // 20 is no Brazilian area code.
            { ...emptyPhone(), ddd: "20", number: "98765-4321" },
          ],
        }),
      ),
    ).toEqual({
      name: "required",
      email: "email_invalid",
      role: "too_long:40",
      "phones.0.ddd": "ddd_invalid",
      "phones.1.number": "phone_invalid",
      "phones.2.number": "required",
      "phones.3.number": "phone_invalid",
    });
    expect(codes(form({ name: "x".repeat(61) }))).toEqual({ name: "too_long:60" });
  });

  it("at most 10 phones and one main, a known phone type, and a valid key", () => {
    const phone = { ...emptyPhone(), ddd: "11", number: "3000-1000" };
    expect(codes(form({ phones: Array.from({ length: 11 }, () => phone) }))).toEqual({ phones: "too_many_phones:10" });
    expect(
      codes(
        form({
          phones: [
            { ...phone, main: true },
            { ...phone, main: true },
          ],
        }),
      ),
    ).toEqual({
      phones: "one_main_phone",
    });
    expect(codes({ ...form(), phones: [{ ...phone, type: "5" }] })).toEqual({ "phones.0.type": "invalid" });
    expect(codes({ ...form(), key: "mine" })).toEqual({ key: "invalid" });
  });

  it("a foreign number is checked for its digits only", () => {
    expect(codes(form({ phones: [{ ...emptyPhone(), ddi: "351", ddd: "21", number: "23456789" }] }))).toEqual({});
  });
});

describe("contact payload", () => {
  it("is the ERP's body: digits only, DDI 55, the entity, blank rows dropped, the first phone main when none is", () => {
    const values = form({
      phones: [
        { ...emptyPhone(), type: "1", ddd: "11", number: "3000-1000" },
        emptyPhone(),
        { ...emptyPhone(), ddd: "(11)", number: "98765-4321", complement: " ramal " },
      ],
    });
    expect(contactPayload(values, { type: "customer", code: "000123", store: "01" })).toEqual({
      name: "Marta Souza",
      email: "marta@boavista.com.br",
      role: "Compras",
      entity: { type: "customer", code: "000123", store: "01" },
      phones: [
        { type: "1", ddi: "55", ddd: "11", phone: "30001000", complement: "", main: true },
        { type: "4", ddi: "55", ddd: "11", phone: "987654321", complement: "ramal", main: false },
      ],
    });
    // The ERP's phones.1 is the form's third row.
    expect(sentPhoneRows(values)).toEqual([0, 2]);
    const marked = form({ phones: [values.phones[0]!, { ...values.phones[2]!, main: true }] });
    expect(contactPayload(marked, owner).phones.map((p) => p.main)).toEqual([false, true]);
  });

  it("a stored contact becomes its form: phones in order, the main one marked, role kept", () => {
    const stored: ContactWithPhones = {
      id: "000045",
      contactId: "000045",
      customerDocument: "",
      name: "Joana",
      email: "",
      role: "Financeiro",
      stamp: "2026-11-18T12:00:00.000Z",
      phones: [
        {
          id: "1",
          contactId: "000045",
          type: "1",
          ddi: "55",
          ddd: "85",
          number: "32110000",
          email: "",
          complement: "",
        },
        {
          id: "2",
          contactId: "000045",
          type: "4",
          ddi: "55",
          ddd: "85",
          number: "988776655",
          email: "",
          complement: "",
          main: true,
        },
      ],
    };
    const values = contactForm(stored, KEY);
    expect(values).toMatchObject({ key: KEY, name: "Joana", role: "Financeiro", email: "" });
    expect(values.phones.map((p) => [p.type, p.number, p.main])).toEqual([
      ["1", "32110000", false],
      ["4", "988776655", true],
    ]);
    expect(codes(values)).toEqual({});
    // Without AGB_PADRAO (an older ERP) the first phone is the main one, as the ERP reads it.
    const unmarked = contactForm({ ...stored, phones: stored.phones.map((p) => ({ ...p, main: undefined })) }, KEY);
    expect(unmarked.phones.map((p) => p.main)).toEqual([true, false]);
  });
});

describe("a contact's phone links", () => {
  it("tel: dials the full number; WhatsApp only for a Brazilian mobile", () => {
    expect(telHref("55", "11", "98765-4321")).toBe("tel:+5511987654321");
    expect(whatsappHref("55", "11", "98765-4321")).toBe("https://wa.me/5511987654321");
    expect(whatsappHref("", "85", "988776655")).toBe("https://wa.me/5585988776655");
    expect(whatsappHref("55", "11", "3000-1000")).toBeNull();
    expect(whatsappHref("351", "21", "912345678")).toBeNull();
    expect(groupedNumber("987654321")).toBe("98765-4321");
    expect(groupedNumber("30001000")).toBe("3000-1000");
    expect(groupedNumber("300")).toBe("300");
  });
});

describe("contacts reshaper: the entity, role and stamp of the registration contract", () => {
  it("reads them when sent, and leaves them out for an ERP that does not send them", () => {
    expect(
      toContact({
        internalid: "000045",
        contactid: "000045",
        cgcentity: "",
        name: "Marta Souza",
        email: "marta@boavista.com.br",
        entitytype: "SUS",
        entitycode: "00000301",
        role: "Compras",
        stamp: "2026-11-18T12:00:00.000Z",
      }),
    ).toMatchObject({
      contactId: "000045",
      entityType: "SUS",
      entityCode: "00000301",
      role: "Compras",
      stamp: "2026-11-18T12:00:00.000Z",
    });
    const old = toContact({ internalid: "c1", contactid: "000045", cgcentity: "11222333000181", name: "J" });
    expect(old.customerDocument).toBe("11222333000181");
    expect([old.entityType, old.entityCode, old.role, old.stamp]).toEqual([undefined, undefined, undefined, undefined]);
    expect(toContact({ internalid: "c1", entitytype: "XYZ" }).entityType).toBeUndefined();
    expect(toContactPhone({ internalid: "p1", contactinternalid: "c1", main: true }).main).toBe(true);
    expect(toContactPhone({ internalid: "p1", contactinternalid: "c1", main: false }).main).toBe(false);
    expect(toContactPhone({ internalid: "p1", contactinternalid: "c1" }).main).toBeUndefined();
  });
});
