import * as z from "zod/mini";
import { documentKind, normalizeDocument } from "@/lib/br-documents";
import {
  IE_EXEMPT,
  isUf,
  isValidCep,
  isValidEmail,
  isValidPhone,
  isValidStateRegistration,
  normalizeCep,
  normalizePhone,
  normalizeStateRegistration,
} from "@/lib/br-registration";

export { fieldCodes, fieldErrorText } from "@/lib/field-errors";

/**
 * The customer (SA1) and prospect (SUS) form, the same on both sides: the form validates with it as
 * the rep types and the server action parses every submit with it before anything reaches the ERP.
 * Limits are the Protheus columns' (sandbox/docs/registration.md); check digits (CPF, CNPJ with the
 * alphanumeric form, IE per UF) come from @brazilian-utils through lib/br-*.ts, the functions the
 * ERP sandbox's MATA030 critique uses too. Messages are codes worded by `fieldErrorText`.
 *
 * What the server adds: the IBGE city of the UF (lib/br-municipality.ts, too heavy for a browser),
 * the duplicate search in the rep's portfolio, and the ERP's own critique.
 */

export const REGISTRATION_LIMITS = {
  name: 80,
  fantasy: 40,
  /** A1_END holds "street, number": the form keeps them apart and joins them within 80. */
  address: 80,
  complement: 50,
  neighborhood: 40,
  email: 100,
  contact: 40,
  municipalRegistration: 18,
  stateRegistration: 18,
} as const;

export const personTypes = ["J", "F"] as const;
/** A1_TIPO: F consumidor final, R revendedor, S solidário, X exportação. */
export const customerTypes = ["F", "R", "S", "X"] as const;
export type RegistrationKind = "customer" | "prospect";

const text = (max: number) => z.string("invalid").check(z.trim(), z.maxLength(max, `too_long:${max}`));

/** The client's idempotency key (`externalid`), fixed for a draft (the contact form's too). */
export const keySchema = z
  .string("invalid")
  .check(z.regex(/^pgv-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, "invalid"));

const registrationShape = {
  key: keySchema,
  personType: z.enum(personTypes, "invalid"),
  document: text(18),
  name: text(REGISTRATION_LIMITS.name),
  fantasy: text(REGISTRATION_LIMITS.fantasy),
  customerType: z.enum(customerTypes, "invalid"),
  stateRegistration: text(REGISTRATION_LIMITS.stateRegistration),
  municipalRegistration: text(REGISTRATION_LIMITS.municipalRegistration),
  zipcode: text(9),
  street: text(REGISTRATION_LIMITS.address),
  number: text(10),
  complement: text(REGISTRATION_LIMITS.complement),
  neighborhood: text(REGISTRATION_LIMITS.neighborhood),
  uf: text(2),
  /** 7-digit IBGE code (from the CEP lookup, or picked); `city` is its name, for display. */
  cityCode: text(7),
  city: text(60),
  ddd: text(3),
  phone: text(10),
  email: text(REGISTRATION_LIMITS.email),
  contact: text(REGISTRATION_LIMITS.contact),
};

export type RegistrationForm = z.infer<z.ZodMiniObject<typeof registrationShape>>;

/** "Av. Paulista" + "1000" → "Av. Paulista, 1000" (A1_END); without a number, the street alone. */
export function joinAddress(street: string, number: string): string {
  const s = street.trim();
  const n = number.trim();
  return n ? `${s}, ${n}` : s;
}

/** A1_END → street and number, when it ends in ", <number>" (what `joinAddress` writes). */
export function splitAddress(address: string): { street: string; number: string } {
  const match = /^(.*\S),\s*(\S{1,10})$/.exec(address.trim());
  return match ? { street: match[1]!, number: match[2]! } : { street: address.trim(), number: "" };
}

type Issue = { path: string; code: string };

/** The rules a value set breaks, as `{ path, code }`; `kind` decides what is required. */
export function registrationIssues(form: RegistrationForm, kind: RegistrationKind): Issue[] {
  const issues: Issue[] = [];
  const asCustomer = kind === "customer";
  const need = (path: keyof RegistrationForm, value: string) => {
    if (!value.trim()) issues.push({ path, code: "required" });
  };
  need("name", form.name);
  const doc = normalizeDocument(form.document);
  if (asCustomer) need("document", form.document);
  if (doc) {
    const found = documentKind(doc);
    if (form.personType === "F" && found !== "cpf") issues.push({ path: "document", code: "cpf_invalid" });
    if (form.personType === "J" && found !== "cnpj") issues.push({ path: "document", code: "cnpj" });
  }
  const uf = form.uf.trim().toUpperCase();
  if (uf && !isUf(uf)) issues.push({ path: "uf", code: "invalid" });
  const ie = normalizeStateRegistration(form.stateRegistration);
  if (asCustomer && form.personType === "J" && !ie) issues.push({ path: "stateRegistration", code: "ie_required" });
  if (ie && ie !== IE_EXEMPT) {
    if (!uf) issues.push({ path: "uf", code: "required" });
    else if (isUf(uf) && !isValidStateRegistration(uf, ie))
      issues.push({ path: "stateRegistration", code: `ie_invalid:${uf}` });
  }
  const contributor = Boolean(ie) && ie !== IE_EXEMPT;
  if ((form.customerType === "R" || form.customerType === "S") && !contributor)
    issues.push({ path: "customerType", code: "type_needs_ie" });
  if (form.personType === "F" && form.customerType === "R")
    issues.push({ path: "customerType", code: "person_not_reseller" });
  if (asCustomer) {
    need("zipcode", form.zipcode);
    need("street", form.street);
    need("neighborhood", form.neighborhood);
    need("uf", form.uf);
    need("cityCode", form.cityCode);
  }
  if (form.zipcode.trim() && !isValidCep(form.zipcode)) issues.push({ path: "zipcode", code: "cep_invalid" });
  if (joinAddress(form.street, form.number).length > REGISTRATION_LIMITS.address)
    issues.push({ path: "street", code: `too_long:${REGISTRATION_LIMITS.address - form.number.trim().length - 2}` });
  if (form.cityCode.trim() && !/^\d{7}$/.test(form.cityCode.trim())) issues.push({ path: "cityCode", code: "invalid" });
  if (form.email.trim() && !isValidEmail(form.email)) issues.push({ path: "email", code: "email_invalid" });
  if (form.phone.trim()) {
    if (!/^\d{2}$/.test(normalizePhone(form.ddd))) issues.push({ path: "ddd", code: "ddd_invalid" });
    else if (!isValidPhone(form.ddd, form.phone)) issues.push({ path: "phone", code: "phone_invalid" });
  }
  return issues;
}

/** The form's schema for a customer or a prospect: the shape, then every cross-field rule. */
export function registrationFormSchema(kind: RegistrationKind) {
  return z.object(registrationShape, "invalid").check(
    z.superRefine((form, ctx) => {
      for (const issue of registrationIssues(form, kind))
        ctx.issues.push({ code: "custom", path: [issue.path], message: issue.code, input: form });
    }),
  );
}

/** Fields a prospect (SUS) has no column for: its form hides them and its payload leaves them out. */
export const CUSTOMER_ONLY = ["municipalRegistration", "contact"] as const;

/** The ERP's wire body (docs/registration.md) from a valid form: unmasked, upper-case where Protheus keeps it so. */
export function registrationPayload(form: RegistrationForm, kind: RegistrationKind = "customer") {
  const body = customerPayload(form);
  if (kind === "customer") return body;
  const { municipalregistration: _municipal, contact: _contact, ...prospect } = body;
  return prospect;
}

function customerPayload(form: RegistrationForm) {
  return {
    personType: form.personType,
    cgc: normalizeDocument(form.document),
    name: form.name.trim(),
    fantasy: form.fantasy.trim(),
    customertype: form.customerType,
    estadualregistration: normalizeStateRegistration(form.stateRegistration),
    municipalregistration: form.municipalRegistration.trim(),
    zipcode: normalizeCep(form.zipcode),
    address: joinAddress(form.street, form.number),
    addresscomplement: form.complement.trim(),
    neighborhood: form.neighborhood.trim(),
    uf: form.uf.trim().toUpperCase(),
    citycode: form.cityCode.trim(),
    ddd: normalizePhone(form.ddd),
    phone: normalizePhone(form.phone),
    email: form.email.trim(),
    contact: form.contact.trim(),
  };
}

export type RegistrationPayload = ReturnType<typeof registrationPayload>;

/** An empty form (a new customer or prospect), with its idempotency key. */
export function emptyRegistration(key: string): RegistrationForm {
  return {
    key,
    personType: "J",
    document: "",
    name: "",
    fantasy: "",
    customerType: "F",
    stateRegistration: "",
    municipalRegistration: "",
    zipcode: "",
    street: "",
    number: "",
    complement: "",
    neighborhood: "",
    uf: "",
    cityCode: "",
    city: "",
    ddd: "",
    phone: "",
    email: "",
    contact: "",
  };
}
