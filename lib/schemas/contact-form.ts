import * as z from "zod/mini";
import { isValidEmail, isValidPhone, normalizePhone } from "@/lib/br-registration";
import { phoneTypes, type ContactOwner } from "@/lib/types/contact";
import { isBlankPhone } from "./contact-form-values";
import { keySchema } from "./registration-form";

export { fieldCodes, fieldErrorText } from "@/lib/field-errors";
export { contactForm, emptyContact, emptyPhone, isBlankPhone, sentPhoneRows } from "./contact-form-values";

/**
 * The contact form (SU5 + its AGB phones) of a customer or prospect, the same on both sides: the
 * form validates with it as the rep types and the server action parses every submit with it before
 * anything reaches the ERP. Limits are the Protheus columns' (sandbox/docs/registration.md
 * "Contacts"); a Brazilian phone is checked for its DDD with the function the ERP's critique uses
 * (lib/br-registration.ts). Messages are codes worded by `fieldErrorText` (`actions.field`).
 */

export const CONTACT_LIMITS = { name: 60, email: 100, role: 40, complement: 40, phones: 10 } as const;

const text = (max: number) => z.string("invalid").check(z.trim(), z.maxLength(max, `too_long:${max}`));

const phoneShape = {
  type: z.enum(phoneTypes, "invalid"),
  /** Kept as read (a foreign number keeps its country); the form shows Brazilian numbers. */
  ddi: text(3),
  ddd: text(3),
  number: text(11),
  /** AGB_COMP, kept through an edit (the form does not show it). */
  complement: text(CONTACT_LIMITS.complement),
  main: z.boolean("invalid"),
};

const contactShape = {
  key: keySchema,
  name: text(CONTACT_LIMITS.name),
  role: text(CONTACT_LIMITS.role),
  email: text(CONTACT_LIMITS.email),
  phones: z.array(z.object(phoneShape, "invalid"), "invalid"),
};

export type ContactForm = z.infer<z.ZodMiniObject<typeof contactShape>>;
export type ContactFormPhone = ContactForm["phones"][number];

type Issue = { path: string; code: string };

const brazilian = (ddi: string) => !normalizePhone(ddi) || normalizePhone(ddi) === "55";

/** The rules a contact breaks, as `{ path, code }` (phone paths as the form names them: `phones.0.number`). */
export function contactIssues(form: ContactForm): Issue[] {
  const issues: Issue[] = [];
  if (!form.name.trim()) issues.push({ path: "name", code: "required" });
  if (form.email.trim() && !isValidEmail(form.email)) issues.push({ path: "email", code: "email_invalid" });
  const filled = form.phones.filter((p) => !isBlankPhone(p));
  if (filled.length > CONTACT_LIMITS.phones)
    issues.push({ path: "phones", code: `too_many_phones:${CONTACT_LIMITS.phones}` });
  if (filled.filter((p) => p.main).length > 1) issues.push({ path: "phones", code: "one_main_phone" });
  form.phones.forEach((phone, i) => {
    if (isBlankPhone(phone)) return;
    const ddd = normalizePhone(phone.ddd);
    const number = normalizePhone(phone.number);
    if (!number) issues.push({ path: `phones.${i}.number`, code: "required" });
    if (brazilian(phone.ddi) ? !/^\d{2}$/.test(ddd) : !/^\d{2,3}$/.test(ddd))
      issues.push({ path: `phones.${i}.ddd`, code: "ddd_invalid" });
    else if (number && (!/^\d{8,9}$/.test(number) || (brazilian(phone.ddi) && !isValidPhone(ddd, number))))
      issues.push({ path: `phones.${i}.number`, code: "phone_invalid" });
  });
  return issues;
}

export const contactFormSchema = z.object(contactShape, "invalid").check(
  z.superRefine((form, ctx) => {
    for (const issue of contactIssues(form))
      ctx.issues.push({
        code: "custom",
        path: issue.path.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
        message: issue.code,
        input: form,
      });
  }),
);

/**
 * The ERP's wire body (docs/registration.md "Contacts") from a valid form: the rows left empty
 * dropped, digits only, DDI 55 by default, the main phone marked (the first when the rep marked
 * none — the ERP's own rule, said here so the payload shows what the ERP will keep).
 */
export function contactPayload(form: ContactForm, entity: ContactOwner) {
  const phones = form.phones.filter((p) => !isBlankPhone(p));
  const main = Math.max(
    0,
    phones.findIndex((p) => p.main),
  );
  return {
    name: form.name.trim(),
    email: form.email.trim(),
    role: form.role.trim(),
    entity: { type: entity.type, code: entity.code.trim(), store: entity.store.trim() },
    phones: phones.map((p, i) => ({
      type: p.type,
      ddi: normalizePhone(p.ddi) || "55",
      ddd: normalizePhone(p.ddd),
      phone: normalizePhone(p.number),
      complement: p.complement.trim(),
      main: i === main,
    })),
  };
}

export type ContactPayload = ReturnType<typeof contactPayload>;
