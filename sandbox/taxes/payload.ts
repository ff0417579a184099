/**
 * Body of `POST /api/fat/v1/SalesTaxes` [defined here; TOTVS publishes the API, not its fields —
 * ERP-CONTRACT.md §6]: a simulated order. Character fields may arrive padded to their dictionary
 * size ("000002  "): they are trimmed before any check. Structural checks only; what needs the
 * tables (customer or prospect in the seller's portfolio, product, operation type) is the route's. Every
 * message names the field: `Campo items[0].quantity inválido: deve ser maior que zero.`
 */
import { z } from "zod";
import { MAX_ORDER_ITEMS } from "../orders/item-sequence";
import { twoDecimals, type FieldError } from "../orders/payload";

const code = (max: number) => z.string().trim().min(1, "obrigatório").max(max, `no máximo ${max} caracteres`);
const optionalCode = (max: number) => z.string().trim().max(max, `no máximo ${max} caracteres`).optional();
const amount = (negative: string) =>
  z.number({ error: "informe um número" }).min(0, negative).refine(twoDecimals, "no máximo 2 casas decimais");

const taxItemSchema = z.object({
  /** C6_ITEM of the simulated line; numbered 01, 02… (Soma1) when absent. */
  item: optionalCode(2),
  product: code(15),
  quantity: z
    .number({ error: "informe um número" })
    .positive("deve ser maior que zero")
    .refine(twoDecimals, "no máximo 2 casas decimais"),
  price: amount("não pode ser negativo"),
  listprice: amount("não pode ser negativo").optional(),
  operationtype: optionalCode(2),
});

/** A buyer's code: trimmed; blank or absent → undefined (`buyerOf` below decides which buyer was sent). */
const buyerCode = (max: number) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), optionalCode(max));

const taxPayloadSchema = z.object({
  /** The buyer: a customer (SA1, `customer` + `store`) or a prospect (SUS, `prospect` + `prospectstore`). */
  customer: buyerCode(6),
  store: buyerCode(2),
  prospect: buyerCode(6),
  prospectstore: buyerCode(2),
  freighttype: z
    .enum(["C", "F", "T", "S"], { error: "use C (CIF), F (FOB), T (terceiros) ou S (sem frete)" })
    .optional(),
  freightvalue: amount("não pode ser negativo").optional(),
  /** Operation type of every item that does not carry its own (SX5 'DJ'). */
  operationtype: optionalCode(2),
  items: z
    .array(taxItemSchema, { error: "informe a lista de itens" })
    .min(1, "informe ao menos um item")
    .max(MAX_ORDER_ITEMS, `no máximo ${MAX_ORDER_ITEMS} itens`),
});

export type TaxPayload = z.infer<typeof taxPayloadSchema>;

/** Who the simulated order is for: a customer (SA1) or, for a prospect's quotation, a prospect (SUS). */
export type TaxBuyer = { kind: "customer" | "prospect"; code: string; store: string };

/** Exactly one buyer, whole: its field errors otherwise (a missing one is reported as the customer). */
function buyerOf(p: TaxPayload): TaxBuyer | FieldError[] {
  const customer = p.customer !== undefined || p.store !== undefined;
  const prospect = p.prospect !== undefined || p.prospectstore !== undefined;
  if (customer && prospect) return [fieldError(["prospect"], "informe o cliente ou o prospect, não ambos")];
  const [kind, code, store, storeField] = prospect
    ? (["prospect", p.prospect, p.prospectstore, "prospectstore"] as const)
    : (["customer", p.customer, p.store, "store"] as const);
  const missing = [
    ...(code === undefined ? [fieldError([kind], "obrigatório")] : []),
    ...(store === undefined ? [fieldError([storeField], "obrigatório")] : []),
  ];
  return missing.length > 0 ? missing : { kind, code: code!, store: store! };
}

/** `["items", 0, "quantity"]` → `items[0].quantity` (messages) and `items.0.quantity` (details, as orders name fields). */
function fieldNames(issuePath: readonly PropertyKey[]): { message: string; detail: string } {
  if (issuePath.length === 0) return { message: "(corpo)", detail: "(body)" };
  const message = issuePath
    .map((p, i) => (typeof p === "number" ? `[${p}]` : `${i > 0 ? "." : ""}${String(p)}`))
    .join("");
  return { message, detail: issuePath.map(String).join(".") };
}

const fieldError = (path: readonly PropertyKey[], reason: string): FieldError => {
  const names = fieldNames(path);
  return { field: names.detail, message: `Campo ${names.message} inválido: ${reason}.` };
};

export function parseTaxPayload(
  body: unknown,
): { ok: true; payload: TaxPayload; buyer: TaxBuyer } | { ok: false; errors: FieldError[] } {
  // reportInput: an issue carries what was sent, so "absent" (obrigatório) differs from "wrong type".
  const parsed = taxPayloadSchema.safeParse(body, { reportInput: true });
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) =>
        fieldError(
          issue.path,
          issue.code === "invalid_type" && issue.input === undefined ? "obrigatório" : issue.message,
        ),
      ),
    };
  }
  const missingOperation = parsed.data.operationtype
    ? []
    : parsed.data.items.flatMap((item, i) =>
        item.operationtype
          ? []
          : [fieldError(["items", i, "operationtype"], "informe o tipo de operação do item ou do pedido")],
      );
  const buyer = buyerOf(parsed.data);
  const errors = [...(Array.isArray(buyer) ? buyer : []), ...missingOperation];
  return errors.length || Array.isArray(buyer) ? { ok: false, errors } : { ok: true, payload: parsed.data, buyer };
}
