/**
 * Body of the customer (SA1) and prospect (SUS) writes [defined here, docs/registration.md]: the
 * `customers` GET field names, each limited to its Protheus column. Structural checks only (types,
 * lengths, allowed letters), 400 with field details; what needs the database or the check-digit
 * tables (CPF/CNPJ, IE per UF, IBGE city, duplicates) is `critique.ts`, 422.
 *
 * Fields that belong to the back office (credit limit, risk, branch, another seller) are not part
 * of the schema: `backOfficeFields` finds them in the raw body so they are refused by name instead
 * of being dropped silently.
 */
import { z } from "zod";
import { fieldErrorsOf, type FieldError } from "../orders/payload";

const text = (max: number) => z.string({ error: "Informe um texto." }).trim().max(max, `No máximo ${max} caracteres.`);
const optionalText = (max: number) => text(max).optional().default("");
const digits = (max: number, what: string) =>
  z
    .string({ error: "Informe um texto." })
    .trim()
    .transform((v) => v.replace(/[\s.()/-]/g, ""))
    .refine((v) => v === "" || /^\d+$/.test(v), `${what}: somente números.`)
    .refine((v) => v.length <= max, `No máximo ${max} dígitos.`)
    .optional()
    .default("");

export const entityPayloadSchema = z.object({
  externalid: text(60).optional(),
  /** F pessoa física (CPF), J jurídica (CNPJ). */
  personType: z.enum(["F", "J"], { error: "Informe F (pessoa física) ou J (pessoa jurídica)." }).optional(),
  /** CPF or CNPJ; masks tolerated, stored unmasked and upper-case (the alphanumeric CNPJ). */
  cgc: z
    .string({ error: "Informe um texto." })
    .trim()
    .transform((v) => v.replace(/[\s./-]/g, "").toUpperCase())
    .refine((v) => v.length <= 14, "No máximo 14 caracteres.")
    .optional()
    .default(""),
  /** Required, but by the critique (422 "Informe a razão social ou o nome."), like every field MATA030 requires. */
  name: optionalText(80),
  fantasy: optionalText(40),
  /** A1_TIPO: F consumidor final, R revendedor, S solidário, X exportação. */
  customertype: z.enum(["F", "R", "S", "X"], { error: "Tipo de cliente: F, R, S ou X." }).optional().default("F"),
  estadualregistration: optionalText(18),
  municipalregistration: optionalText(18),
  cnae: digits(9, "CNAE"),
  zipcode: digits(8, "CEP"),
  address: optionalText(80),
  addresscomplement: optionalText(50),
  neighborhood: optionalText(40),
  uf: optionalText(2).transform((v) => v.toUpperCase()),
  /** 7-digit IBGE code (or the 5-digit SA1 form with `uf`). */
  citycode: digits(7, "Código do município"),
  ddd: digits(3, "DDD"),
  phone: digits(9, "Telefone"),
  email: optionalText(100),
  contact: optionalText(40),
  paymentconditions: optionalText(3),
  pricelist: optionalText(3),
  /** Administrators name the seller on POST; a seller may only name themselves. */
  seller: text(6).optional(),
  stamp: z.string().optional(),
});

export type EntityPayload = z.infer<typeof entityPayloadSchema>;

/** A registration body (customer, prospect, contact) as its schema reads it; a missing body is an empty one. */
export function parseBody<S extends z.ZodType>(
  schema: S,
  body: unknown,
): { ok: true; payload: z.output<S> } | { ok: false; errors: FieldError[] } {
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) return { ok: false, errors: fieldErrorsOf(parsed.error.issues) };
  return { ok: true, payload: parsed.data };
}

export const parseEntityPayload = (body: unknown) => parseBody(entityPayloadSchema, body);

/** Body fields the portal may not set (MATA030 fields of the credit / commercial back office). */
const BACK_OFFICE: Record<string, string> = {
  creditLimit: "O limite de crédito",
  creditlimit: "O limite de crédito",
  risk: "O risco de crédito",
  branch: "A filial",
  vendor: "O vendedor",
};

const backOffice = (what: string) => `${what} pertence ao back office e não pode ser informado pelo portal.`;

/**
 * The back-office fields present in the raw body: 422, never silently applied or ignored. The
 * seller is refused by `actingSeller` (queued-writes.ts) unless it is the caller's own.
 */
export function backOfficeFields(body: unknown, sellerOfCaller: string | null): FieldError[] {
  if (!body || typeof body !== "object") return [];
  const raw = body as Record<string, unknown>;
  return Object.entries(BACK_OFFICE)
    .filter(([field]) => field in raw && raw[field] !== undefined && raw[field] !== null)
    .filter(([field]) => !(field === "vendor" && raw[field] === sellerOfCaller))
    .map(([field, what]) => ({ field, message: backOffice(what) }));
}

/** A PUT's `seller` other than the record's: the seller belongs to the back office. */
export function sellerChangeErrors(requested: string | undefined, seller: string): FieldError[] {
  return requested && requested !== seller ? [{ field: "seller", message: backOffice("O vendedor") }] : [];
}
