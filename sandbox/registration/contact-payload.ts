/**
 * Body of `POST /api/tgv/contacts` and `PUT /api/tgv/contacts/{id}` [defined here,
 * docs/registration.md "Contacts"]: the person (SU5), the entity it belongs to (AC8) and its phones
 * (AGB), each field limited to its Protheus column. Structural checks only (types, lengths, digits,
 * one main phone): 400 with field details. What needs the ERP's data or the check-digit rules
 * (the entity is the caller's, e-mail and phone well-formed) is `contact-write.ts`, 422 / 404.
 */
import { z } from "zod";
import type { FieldError } from "../orders/payload";
import { parseBody } from "./entity-payload";

/** Column sizes: U5_CONTAT, U5_EMAIL, U5_FUNCAO, AGB_COMP; the phones a contact may carry. */
export const CONTACT_LIMITS = { name: 60, email: 100, role: 40, complement: 40, phones: 10 } as const;

const text = (max: number) => z.string({ error: "Informe um texto." }).trim().max(max, `No máximo ${max} caracteres.`);
const digits = (min: number, max: number, what: string) =>
  z
    .string({ error: "Informe um texto." })
    .trim()
    .transform((v) => v.replace(/[\s.()-]/g, ""))
    .refine((v) => /^\d*$/.test(v), `${what}: somente números.`)
    .refine((v) => v.length >= min && v.length <= max, min === max ? `${min} dígitos.` : `De ${min} a ${max} dígitos.`);

const phoneSchema = z.object({
  /** AGB_TIPO: 1 comercial, 2 residencial, 3 fax, 4 celular. */
  type: z.enum(["1", "2", "3", "4"], { error: "Tipo de telefone: 1 comercial, 2 residencial, 3 fax ou 4 celular." }),
  ddi: digits(1, 3, "DDI").optional().default("55"),
  ddd: digits(2, 3, "DDD"),
  phone: digits(8, 9, "Telefone"),
  complement: text(CONTACT_LIMITS.complement).optional().default(""),
  /** AGB_PADRAO 1: the contact's main phone (the first one when none is marked). */
  main: z.boolean({ error: "Use true ou false." }).optional().default(false),
});

export const contactPayloadSchema = z.object({
  /** Client idempotency key of an insert, unique per seller among contact items (ZTQ_EXTID). */
  externalid: text(60).optional(),
  name: text(CONTACT_LIMITS.name).min(1, "Campo obrigatório."),
  email: text(CONTACT_LIMITS.email).optional().default(""),
  role: text(CONTACT_LIMITS.role).optional().default(""),
  /** Required on POST (the route checks); on PUT it may be repeated but never changed. */
  entity: z
    .object({
      type: z.enum(["customer", "prospect"], { error: "Use customer ou prospect." }),
      code: text(6).min(1, "Campo obrigatório."),
      store: text(2).min(1, "Campo obrigatório."),
    })
    .optional(),
  phones: z
    .array(phoneSchema, { error: "Informe a lista de telefones." })
    .max(CONTACT_LIMITS.phones, `No máximo ${CONTACT_LIMITS.phones} telefones.`)
    .optional()
    .default([])
    .refine((phones) => phones.filter((p) => p.main).length <= 1, "Marque no máximo um telefone principal."),
  /** Optimistic concurrency on PUT/DELETE (alternative to If-Match): the contact's `stamp`. */
  stamp: z.string().optional(),
});

export type ContactPayload = z.infer<typeof contactPayloadSchema>;
export type ContactPhone = ContactPayload["phones"][number];
export type ContactEntityRef = NonNullable<ContactPayload["entity"]>;

export function parseContactPayload(
  body: unknown,
  options: { requireEntity: boolean },
): { ok: true; payload: ContactPayload } | { ok: false; errors: FieldError[] } {
  const parsed = parseBody(contactPayloadSchema, body);
  if (parsed.ok && options.requireEntity && !parsed.payload.entity)
    return { ok: false, errors: [{ field: "entity", message: "Campo obrigatório." }] };
  return parsed;
}
