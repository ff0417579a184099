import "server-only";
import { normalizeDocument } from "@/lib/br-documents";
import { toIsoDate } from "@/lib/dates";
import { toCents } from "@/lib/money";
import { riskLetters, type Customer, type RiskLetter } from "@/lib/types/customer";
import { z } from "zod";
import { ErpError } from "@/server/erp/errors";
import { endpointItemPath } from "./endpoints";
import { protheusFetch, type ErpTarget } from "./transport";
import { code, num, pick, text } from "./wire";

type RawCustomer = Record<string, unknown>;

function risk(raw: RawCustomer): RiskLetter | null {
  const letter = text(raw, "risk", "risco").toUpperCase();
  return (riskLetters as readonly string[]).includes(letter) ? (letter as RiskLetter) : null;
}

/** `status`/`blocked` variants: A1_MSBLQL "1" = blocked; some releases send "2"/"active". */
function blocked(raw: RawCustomer): boolean {
  const value = pick(raw, "blocked", "status", "msblql");
  return value === true || value === "1" || value === 1 || value === "blocked" || value === "inactive";
}

/** The address fields SA1 and SUS answer alike (customers, prospects). */
export function toAddress(raw: RawCustomer) {
  return {
    street: text(raw, "address"),
    complement: text(raw, "addresscomplement"),
    neighborhood: text(raw, "neighborhood"),
    city: text(raw, "city"),
    cityCode: text(raw, "citycode"),
    uf: text(raw, "uf"),
    zip: text(raw, "zipcode"),
  };
}

export const toPhone = (raw: RawCustomer) => ({
  ddi: text(raw, "ddi"),
  ddd: text(raw, "ddd"),
  number: text(raw, "phone"),
});

/** SA1 wire record → Customer. Accepts the field-name variants of ERP-CONTRACT.md §4. */
export function toCustomer(raw: RawCustomer): Customer {
  const customerCode = code(raw, "code", "cod");
  const store = code(raw, "store", "loja");
  const person = text(raw, "personType", "persontype", "pessoa").toUpperCase();
  return {
    id: text(raw, "id", "internalid") || `${customerCode}|${store}`,
    branch: code(raw, "branch", "branchid"),
    code: customerCode,
    store,
    name: text(raw, "name"),
    tradeName: text(raw, "fantasy", "shortname", "tradename"),
    personType: person === "F" || person === "J" ? person : null,
    document: normalizeDocument(text(raw, "cgc", "cnpj", "cpf")),
    stateRegistration: text(raw, "estadualregistration", "stateregistration"),
    municipalRegistration: text(raw, "municipalregistration"),
    address: { ...toAddress(raw), country: text(raw, "countrydescription", "country") },
    phone: toPhone(raw),
    email: text(raw, "email"),
    contact: text(raw, "contact"),
    risk: risk(raw),
    creditLimit: toCents(num(raw, "creditLimit", "creditlimit")),
    creditLimitExpiry: toIsoDate(text(raw, "creditlimitexpiration", "creditLimitExpiration", "limitexpiration")),
    availableCredit: toCents(num(raw, "availablecreditlimit", "availableCreditLimit")),
    lastPurchase: toIsoDate(text(raw, "lastpurchase", "lastPurchase")),
    inclusionDate: toIsoDate(text(raw, "inclusionDate", "inclusiondate")),
    paymentCondition: code(raw, "paymentconditions", "paymentconditioninternalid", "paymentcondition"),
    priceList: code(raw, "pricelist", "priceList"),
    seller: code(raw, "vendor", "seller"),
    blocked: blocked(raw),
    customerType: text(raw, "customertype", "customerType", "tipo").toUpperCase(),
    stamp: text(raw, "stamp"),
  };
}

/** One customer, online (`customers/{code}/{store}`): null when the ERP does not show it to this seller. */
export async function fetchCustomer(target: ErpTarget, customerCode: string, store: string): Promise<Customer | null> {
  try {
    const raw = await protheusFetch(target, endpointItemPath(target, "customers", customerCode, store), {
      schema: z.record(z.string(), z.unknown()),
    });
    return toCustomer(raw);
  } catch (error) {
    if (error instanceof ErpError && error.kind === "not_found") return null;
    throw error;
  }
}
