/**
 * Body of `POST /api/tgv/salesorders` and `PUT /api/tgv/salesorders/{id}` [defined here, field
 * names from ERP-CONTRACT.md §4]. Structural checks only (required fields, types, quantity > 0,
 * price ≥ 0); what needs the database (customer in scope, product active, price list valid on the
 * business date, minimum price...) is `validate-order.ts`. Both produce the same
 * `details: [{ field, message }]` of the TOTVS error envelope.
 */
import { z } from "zod";
import { MAX_ORDER_ITEMS } from "./item-sequence";

const code = (max: number) => z.string().trim().min(1, "Campo obrigatório.").max(max, `No máximo ${max} caracteres.`);
const optionalCode = (max: number) => z.string().trim().max(max, `No máximo ${max} caracteres.`).optional();
/** Up to 2 decimals, like numeric(12,2)/numeric(14,2) columns. */
export const twoDecimals = (n: number) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6;

const orderItemSchema = z.object({
  product: code(15),
  quantity: z
    .number({ error: "Informe um número." })
    .positive("A quantidade deve ser maior que zero.")
    .refine(twoDecimals, "No máximo 2 casas decimais."),
  price: z
    .number({ error: "Informe um número." })
    .min(0, "O preço não pode ser negativo.")
    .refine(twoDecimals, "No máximo 2 casas decimais."),
  operationtype: optionalCode(2),
  warehouse: optionalCode(2),
  /** Ignored when sent: C6_ITEM is numbered by the job (Soma1), never by the client. */
  item: z.string().optional(),
});

export const orderPayloadSchema = z.object({
  customer: code(6),
  store: code(2),
  paymentcondition: code(3),
  /** Operation type of every item that does not carry its own (SX5 'DJ'). */
  operationtype: optionalCode(2),
  pricelist: optionalCode(3),
  carrier: optionalCode(6),
  freighttype: z
    .enum(["C", "F", "T", "S"], { error: "Use C (CIF), F (FOB), T (terceiros) ou S (sem frete)." })
    .optional(),
  freightvalue: z
    .number()
    .min(0, "O frete não pode ser negativo.")
    .refine(twoDecimals, "No máximo 2 casas decimais.")
    .optional(),
  customerordernumber: optionalCode(20),
  message: z.string().max(250, "No máximo 250 caracteres.").optional(),
  /** Client idempotency key, unique per seller (ERP-CONTRACT.md §4). */
  externalid: optionalCode(50),
  /** Required when an administrator orders on behalf of a seller; a seller's own code otherwise. */
  seller: optionalCode(6),
  /** Optimistic concurrency on PUT (alternative to the If-Match header): the order's S_T_A_M_P_. */
  stamp: z.string().optional(),
  items: z
    .array(orderItemSchema, { error: "Informe os itens do pedido." })
    .min(1, "O pedido deve ter ao menos um item.")
    .max(MAX_ORDER_ITEMS, `No máximo ${MAX_ORDER_ITEMS} itens.`),
});

export type OrderPayload = z.infer<typeof orderPayloadSchema>;
/** `details` entry of the TOTVS error envelope; `field` is a dotted path (`items.0.quantity`). */
export type FieldError = { field: string; message: string };

export function parseOrderPayload(
  body: unknown,
): { ok: true; order: OrderPayload } | { ok: false; errors: FieldError[] } {
  const parsed = orderPayloadSchema.safeParse(body);
  if (!parsed.success) return { ok: false, errors: fieldErrorsOf(parsed.error.issues) };
  const missing = missingOperationTypes(parsed.data);
  return missing.length ? { ok: false, errors: missing } : { ok: true, order: parsed.data };
}

/** Every item needs an operation type, its own or the header's (quotations share the rule). */
export function missingOperationTypes(payload: Pick<OrderPayload, "operationtype" | "items">): FieldError[] {
  if (payload.operationtype) return [];
  return payload.items.flatMap((item, i) =>
    item.operationtype ? [] : [{ field: `items.${i}.operationtype`, message: "Informe o tipo de operação." }],
  );
}

/** zod issues as `details` entries: dotted path, "Campo obrigatório." for a missing field. */
export function fieldErrorsOf(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => ({
    field: issue.path.map(String).join(".") || "(body)",
    message: issue.code === "invalid_type" && issue.input === undefined ? "Campo obrigatório." : issue.message,
  }));
}
