/**
 * Body of the prospect (SUS) writes [defined here, docs/registration.md "Prospects (SUS)"]: the
 * customer's body (entity-payload.ts) plus `newStoreOf: { code }` on POST (a new store of one of
 * the seller's prospects). SUS keeps fewer fields than SA1: the customer-only ones
 * (`prospectOnlyErrors`) are refused when filled, never dropped silently — they are given to the
 * customer after the conversion.
 */
import { z } from "zod";
import type { FieldError } from "../orders/payload";
import { entityPayloadSchema, parseBody, type EntityPayload } from "./entity-payload";

export const prospectPayloadSchema = entityPayloadSchema.extend({
  newStoreOf: z
    .object({
      code: z
        .string({ error: "Informe um texto." })
        .trim()
        .regex(/^\d{6}$/, "Código de 6 dígitos."),
    })
    .optional(),
});

export type ProspectPayload = z.infer<typeof prospectPayloadSchema>;

export const parseProspectPayload = (body: unknown) => parseBody(prospectPayloadSchema, body);

/** SA1 fields SUS has no column for, as the refusal names them. */
const CUSTOMER_ONLY: Partial<Record<keyof EntityPayload, string>> = {
  municipalregistration: "A inscrição municipal",
  cnae: "O CNAE",
  contact: "O contato",
  paymentconditions: "A condição de pagamento",
  pricelist: "A tabela de preço",
};

/** Customer-only fields given a value: 422, one detail each. */
export function prospectOnlyErrors(payload: EntityPayload): FieldError[] {
  return Object.entries(CUSTOMER_ONLY)
    .filter(([field]) => payload[field as keyof EntityPayload])
    .map(([field, what]) => ({
      field,
      message: `${what} não faz parte do cadastro de prospects: informe-o no cliente, depois da conversão.`,
    }));
}

/** The SUS columns a conversion reads, as the customer body names them. */
export type ProspectData = {
  name: string;
  fantasy: string;
  personType: string;
  customertype: string;
  cgc: string;
  estadualregistration: string;
  zipcode: string;
  address: string;
  addresscomplement: string;
  neighborhood: string;
  uf: string;
  citycode: string;
  ddd: string;
  phone: string;
  email: string;
};

/**
 * A prospect's data as a customer's body, for the conversion's critique and SA1 row. Parsed by the
 * customer schema, so a value the SA1 columns would not take is a field error, not a truncation.
 */
export function customerPayloadOf(
  prospect: ProspectData,
): { ok: true; payload: EntityPayload } | { ok: false; errors: FieldError[] } {
  return parseBody(entityPayloadSchema, {
    ...prospect,
    personType: prospect.personType || undefined,
    customertype: prospect.customertype || undefined,
  });
}

/**
 * A new store keeps the company: when both the base prospect and the new store have a CNPJ, their
 * roots (first 8 characters) must be the same.
 */
export function newStoreErrors(baseCode: string, baseCgc: string, cgc: string): FieldError[] {
  if (baseCgc.length !== 14 || cgc.length !== 14 || baseCgc.slice(0, 8) === cgc.slice(0, 8)) return [];
  return [
    {
      field: "cgc",
      message: `Uma nova loja do prospect ${baseCode} tem a mesma raiz de CNPJ (${baseCgc.slice(0, 8)}).`,
    },
  ];
}

/**
 * A PUT's body over the prospect it edits. The CPF/CNPJ names the prospect once it has one: an edit
 * that leaves it out (the portal never resends it) keeps the record's, one that changes it is refused;
 * a prospect registered without one may receive it. The person type follows the same rule.
 */
export function editedProspect(
  payload: ProspectPayload,
  record: { cgc: string; personType: string },
): { payload: ProspectPayload; errors: FieldError[] } {
  const fixed = record.cgc !== "";
  const errors: FieldError[] = [];
  if (fixed && payload.cgc && payload.cgc !== record.cgc)
    errors.push({ field: "cgc", message: "O CPF/CNPJ de um prospect não pode ser alterado." });
  if (fixed && payload.personType && payload.personType !== record.personType)
    errors.push({
      field: "personType",
      message: "O tipo de pessoa de um prospect com CPF/CNPJ não pode ser alterado.",
    });
  const personType =
    payload.personType ?? (record.personType === "F" || record.personType === "J" ? record.personType : undefined);
  return { payload: { ...payload, cgc: payload.cgc || record.cgc, personType }, errors };
}
