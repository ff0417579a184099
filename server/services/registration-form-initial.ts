import "server-only";
import { formatDocument } from "@/lib/br-documents";
import { UF_IBGE } from "@/lib/br-municipality";
import { displayCep } from "@/lib/br-registration";
import {
  emptyRegistration,
  splitAddress,
  type RegistrationForm,
  type RegistrationKind,
} from "@/lib/schemas/registration-form";
import type { Customer } from "@/lib/types/customer";
import { newOrderKey, newUuid } from "@/lib/uuid";
import { erpForViewer, type Viewer } from "@/server/auth/viewer";
import { ErpError } from "@/server/erp/errors";
import { fetchCustomer } from "@/server/erp/protheus/customers";
import { fetchProspect } from "@/server/erp/protheus/prospects";
import { getRegistrationDraft } from "./order-drafts";

/**
 * Where a customer or prospect form starts: a saved draft of the viewer's (`?draft=`), a blank form
 * with a fresh idempotency key, or — for an edit — the record as the ERP holds it now (its stamp is
 * what the change is sent with; a copy from the store could be stale and end in a conflict).
 */

export type RegistrationStart = {
  draftId: string;
  initial: RegistrationForm;
  savedAt: string | null;
  resumed: boolean;
};

/** A form's values from what a draft held, over a blank form (a draft may predate a field). */
function fromDraft(data: Record<string, unknown>): RegistrationForm {
  const blank = emptyRegistration(newOrderKey());
  const values = Object.fromEntries(
    Object.entries(blank).map(([field, empty]) => [field, typeof data[field] === "string" ? data[field] : empty]),
  ) as RegistrationForm;
  return { ...values, personType: values.personType === "F" ? "F" : "J" };
}

export async function newRegistrationStart(
  viewer: Viewer,
  entity: RegistrationKind,
  draft: string | undefined,
): Promise<RegistrationStart> {
  const saved = draft ? await getRegistrationDraft(viewer, draft, entity) : null;
  if (saved && saved.kind === "new" && saved.state !== "done")
    return { draftId: saved.id, initial: fromDraft(saved.data), savedAt: saved.updatedAt, resumed: true };
  return { draftId: newUuid(), initial: emptyRegistration(newOrderKey()), savedAt: null, resumed: false };
}

/** What a customer and a prospect share, as the form shows it. */
type RegistrationRecord = Pick<
  Customer,
  "personType" | "document" | "name" | "tradeName" | "stateRegistration" | "phone" | "email"
> & {
  customerType?: string;
  municipalRegistration?: string;
  contact?: string;
  address: Omit<Customer["address"], "country">;
};

/** A customer or prospect as the form shows it: masked as typed, the address split into street and number. */
export function recordValues(customer: RegistrationRecord): RegistrationForm {
  const { street, number } = splitAddress(customer.address.street);
  const cityCode = customer.address.cityCode;
  const uf = customer.address.uf;
  return {
    ...emptyRegistration(newOrderKey()),
    personType: customer.personType === "F" ? "F" : "J",
    document: formatDocument(customer.document),
    name: customer.name,
    fantasy: customer.tradeName,
    customerType: (["F", "R", "S", "X"] as const).find((t) => t === customer.customerType) ?? "F",
    stateRegistration: customer.stateRegistration,
    municipalRegistration: customer.municipalRegistration ?? "",
    zipcode: displayCep(customer.address.zip),
    street,
    number,
    complement: customer.address.complement,
    neighborhood: customer.address.neighborhood,
    uf,
    // SA1 keeps the 5-digit code beside the UF; the form works with the 7-digit IBGE code.
    cityCode: cityCode.length === 5 && UF_IBGE[uf] ? `${UF_IBGE[uf]}${cityCode}` : cityCode,
    city: customer.address.city,
    ddd: customer.phone.ddd,
    phone: customer.phone.number,
    email: customer.email,
    contact: customer.contact ?? "",
  };
}

export type CustomerEditStart = RegistrationStart & { stamp: string; record: string };

/**
 * An edit of one of the viewer's customers, from the ERP's current record (null when it is not the
 * viewer's; throws when the ERP does not answer — the page says so, an edit needs the stamp).
 */
export async function customerEditStart(
  viewer: Viewer,
  code: string,
  store: string,
): Promise<CustomerEditStart | null> {
  const customer = await fetchCustomer(await erpForViewer(viewer), code, store);
  if (!customer || (viewer.seller && customer.seller !== viewer.seller.code)) return null;
  return {
    draftId: newUuid(),
    initial: recordValues(customer),
    savedAt: null,
    resumed: false,
    stamp: customer.stamp ?? "",
    record: `${customer.code}/${customer.store}`,
  };
}

/** An edit of one of the viewer's prospects, from the ERP's current record (null when not the viewer's). */
export async function prospectEditStart(
  viewer: Viewer,
  code: string,
  store: string,
): Promise<CustomerEditStart | null> {
  let prospect;
  try {
    prospect = await fetchProspect(await erpForViewer(viewer), code, store);
  } catch (error) {
    if (error instanceof ErpError && error.kind === "not_found") return null;
    throw error;
  }
  if (viewer.seller && prospect.seller !== viewer.seller.code) return null;
  return {
    draftId: newUuid(),
    initial: recordValues(prospect),
    savedAt: null,
    resumed: false,
    stamp: prospect.stamp,
    record: `${prospect.code}/${prospect.store}`,
  };
}

/**
 * An edit's start for a page: the record's start, `null` when it is not the viewer's, or
 * `"unavailable"` when the ERP did not answer (an edit needs the current stamp: the page says so).
 */
export async function editStart(
  viewer: Viewer,
  entity: RegistrationKind,
  code: string,
  store: string,
): Promise<CustomerEditStart | null | "unavailable"> {
  try {
    return await (entity === "customer" ? customerEditStart : prospectEditStart)(viewer, code, store);
  } catch (error) {
    if (error instanceof ErpError && error.kind !== "session_expired") return "unavailable";
    throw error;
  }
}
