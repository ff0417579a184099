import { documentKind } from "@/lib/br-documents";
import type { ContactWithPhones } from "@/lib/types/contact";
import type { Customer } from "@/lib/types/customer";
import type { PersonalDataField, PersonalDataView } from "@/lib/types/personal-data-access";

/**
 * What the LGPD access log records of a screen (issue 18): a natural person's personal data — the
 * CPF, e-mail and phones — shown in full. A company (CNPJ, A1_PESSOA J) is no natural person and
 * is not logged; a contact (SU5) always is one. Only the kinds of data shown, never their values.
 */

/** A1_PESSOA F, or — where the ERP left it blank — a CPF for document. */
export function isNaturalPerson(customer: Pick<Customer, "personType" | "document">): boolean {
  if (customer.personType) return customer.personType === "F";
  return documentKind(customer.document) === "cpf";
}

const shown = (entries: [PersonalDataField, boolean][]) => entries.filter(([, on]) => on).map(([field]) => field);

/** What a customer and a prospect share that the log looks at. */
type PersonRecord = Pick<Customer, "personType" | "document" | "email" | "code" | "store" | "name"> & {
  phone: { number: string };
};

/**
 * A record page's views (the customer page, the prospect page): the record, when a natural person,
 * with what its registration shows; and, in one view, the contacts whose e-mail or phones the
 * contacts panel shows (key: their SU5 codes), whoever the record is. Nothing shown, nothing logged.
 */
function recordPageViews(
  entity: "customer" | "prospect",
  screen: PersonalDataView["screen"],
  record: PersonRecord,
  contacts: ContactWithPhones[],
): PersonalDataView[] {
  const views: PersonalDataView[] = [];
  const fields = shown([
    ["cpf", Boolean(record.document)],
    ["email", Boolean(record.email)],
    ["phone", Boolean(record.phone.number)],
  ]);
  if (isNaturalPerson(record) && fields.length)
    views.push({
      entity,
      recordKey: `${record.code.trim()}/${record.store.trim()}`,
      subjectName: record.name,
      fields,
      screen,
    });
  const withData = contacts.filter((c) => c.email || c.phones.length);
  if (withData.length)
    views.push({
      entity: "contact",
      recordKey: withData.map((c) => (c.contactId || c.id).trim()).join(","),
      subjectName: withData.map((c) => c.name).join(", "),
      fields: shown([
        ["email", withData.some((c) => c.email)],
        ["phone", withData.some((c) => c.phones.length > 0)],
      ]),
      screen,
    });
  return views;
}

/** The customer page's views (app/(portal)/customers/[code]/[store]). */
export const customerPageViews = (customer: Customer, contacts: ContactWithPhones[]) =>
  recordPageViews("customer", "customer-page", customer, contacts);

/** The prospect page's views (app/(portal)/prospects/[code]/[store]). */
export const prospectPageViews = (prospect: PersonRecord, contacts: ContactWithPhones[] = []) =>
  recordPageViews("prospect", "prospect-page", prospect, contacts);
