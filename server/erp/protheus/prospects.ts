import "server-only";
import { z } from "zod";
import { normalizeDocument } from "@/lib/br-documents";
import { toIsoDate } from "@/lib/dates";
import { toProspectStatus, type Prospect } from "@/lib/types/prospect";
import { toAddress, toPhone } from "./customers";
import { endpointItemPath } from "./endpoints";
import { protheusFetch, type ErpTarget } from "./transport";
import { code, text } from "./wire";

/*
 * The PGV's prospect endpoints (SUS, sandbox/docs/registration.md "Prospects (SUS)"), [defined here]
 * by the contract: the alias' `prospects` endpoint (lib/erp/endpoints.ts), shaped like `customers`.
 */

type RawProspect = Record<string, unknown>;

/** `customer`/`customerstore` (US_CODCLI/US_LOJACLI): the customer a converted prospect became. */
function convertedTo(raw: RawProspect): Prospect["customer"] {
  const customer = code(raw, "customer", "customercode", "codcli");
  const store = code(raw, "customerstore", "customerStore", "lojacli");
  return customer.trim() ? { code: customer, store } : null;
}

/** SUS wire record (collection, diff or single GET) → Prospect, accepting the field-name variants customers have. */
export function toProspect(raw: RawProspect): Prospect {
  const branch = code(raw, "branch", "branchid");
  const prospectCode = code(raw, "code", "cod");
  const store = code(raw, "store", "loja");
  const person = text(raw, "personType", "persontype", "pessoa").toUpperCase();
  return {
    id: text(raw, "id", "internalid") || `${branch}${prospectCode}${store}`,
    branch,
    code: prospectCode,
    store,
    name: text(raw, "name"),
    tradeName: text(raw, "fantasy", "shortname", "tradename"),
    personType: person === "F" || person === "J" ? person : null,
    customerType: text(raw, "customertype", "customerType", "tipo").toUpperCase(),
    document: normalizeDocument(text(raw, "cgc", "cnpj", "cpf")),
    stateRegistration: text(raw, "estadualregistration", "stateregistration"),
    contributor: text(raw, "contributor", "contrib"),
    address: toAddress(raw),
    phone: toPhone(raw),
    email: text(raw, "email"),
    seller: code(raw, "vendor", "seller"),
    status: toProspectStatus(text(raw, "status")),
    customer: convertedTo(raw),
    conversionDate: toIsoDate(text(raw, "conversiondate", "conversionDate")),
    inclusionDate: toIsoDate(text(raw, "inclusionDate", "inclusiondate")),
    externalId: text(raw, "externalid", "externalId"),
    stamp: text(raw, "stamp"),
  };
}

/** One prospect online, as the ERP has it now (404 → ErpError `not_found`, also for another seller's). */
export async function fetchProspect(target: ErpTarget, prospectCode: string, store: string): Promise<Prospect> {
  return toProspect(
    await protheusFetch(target, endpointItemPath(target, "prospects", prospectCode, store), {
      schema: z.record(z.string(), z.unknown()),
    }),
  );
}
