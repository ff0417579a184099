import { normalizePhone } from "@/lib/br-registration";
import { phoneTypes, type ContactWithPhones } from "@/lib/types/contact";
import type { ContactForm, ContactFormPhone } from "./contact-form";

/**
 * The contact form's values without its schema (lib/schemas/contact-form.ts, loaded by the form
 * after first paint): a new contact, a stored one as a form, the rows that are phones. The page's
 * bundle carries these, not zod.
 */

/** A row left empty (no DDD, no number): not a phone, dropped from what is sent. */
export const isBlankPhone = (phone: ContactFormPhone) => !normalizePhone(phone.ddd) && !normalizePhone(phone.number);

/** The form rows sent as phones, by their index in the form (the ERP's `phones.{n}` is the n-th of these). */
export const sentPhoneRows = (form: ContactForm) => form.phones.flatMap((p, i) => (isBlankPhone(p) ? [] : [i]));

/** A new phone row: a Brazilian mobile, the usual first number of a contact. */
export const emptyPhone = (main = false): ContactFormPhone => ({
  type: "4",
  ddi: "55",
  ddd: "",
  number: "",
  complement: "",
  main,
});

/** An empty contact (with one phone to fill), with its idempotency key. */
export const emptyContact = (key: string): ContactForm => ({
  key,
  name: "",
  role: "",
  email: "",
  phones: [emptyPhone(true)],
});

/** The form of a stored contact, to change it (its phones in the ERP's order, the main one marked). */
export function contactForm(contact: ContactWithPhones, key: string): ContactForm {
  const hasMain = contact.phones.some((p) => p.main);
  return {
    key,
    name: contact.name,
    role: contact.role ?? "",
    email: contact.email,
    phones: contact.phones.map((p, i) => ({
      type: (phoneTypes as readonly string[]).includes(p.type) ? (p.type as ContactFormPhone["type"]) : "1",
      ddi: p.ddi,
      ddd: p.ddd,
      number: p.number,
      complement: p.complement,
      main: hasMain ? Boolean(p.main) : i === 0,
    })),
  };
}
