import * as z from "zod/mini";
import { freightTypes, isWholeUnit, MAX_DISCOUNT, ORDER_TEXT_LIMITS } from "@/lib/order-form-options";
import { MAX_ORDER_ITEMS } from "@/lib/order-lines";

export { freightTypes, ORDER_TEXT_LIMITS, type FreightType } from "@/lib/order-form-options";
export { fieldCodes, fieldErrorText } from "@/lib/field-errors";

/**
 * The order form's schema, the same on both sides: the form validates with it as the rep types
 * (react-hook-form resolver) and the server action parses every submit with it before anything
 * else. `zod/mini` keeps it small in the form's bundle.
 *
 * Messages are codes (`required`, `too_long:20`…) that `fieldErrorText` turns into words in the
 * viewer's language, on either side.
 */

/** A form value is a number of centavos up to R$ 10 bi; a quantity up to 1 million, 2 decimals (C6_QTDVEN). */
export const MAX_CENTS = 1_000_000_000_000;
const MAX_QUANTITY = 1_000_000;

const twoDecimals = (n: number) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6;
const required = (max: number) =>
  z.string("required").check(z.trim(), z.minLength(1, "required"), z.maxLength(max, `too_long:${max}`));
const optionalText = (max: number) => z.string("invalid").check(z.trim(), z.maxLength(max, `too_long:${max}`));
const cents = z.int("number").check(z.gte(0, "not_negative"), z.lte(MAX_CENTS, "too_large"));

/** The client's idempotency key: it becomes the ERP's `externalid` and never changes for a draft. */
const orderKeySchema = z
  .string("invalid")
  .check(z.regex(/^pgv-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, "invalid"));

export const orderLineSchema = z
  .object({
    product: required(15),
    quantity: z
      .number("number")
      .check(z.gt(0, "positive"), z.lte(MAX_QUANTITY, "too_large"), z.refine(twoDecimals, "decimals:2")),
    /** Unit price (C6_PRCVEN) in centavos: the rep's negotiated price, checked against the list's minimum. */
    price: cents,
    /**
     * The line's own operation type when it differs from the header's (an edited order may mix a
     * sale with a bonificação line): kept as the ERP had it, never silently replaced.
     */
    operationType: z.optional(z.string().check(z.trim(), z.maxLength(2, "too_long:2"))),
    /** What the form showed (product search answer): display only — the server takes them from its own store. */
    description: z.optional(z.string().check(z.maxLength(200))),
    unit: z.optional(z.string().check(z.maxLength(4))),
    listPrice: z.optional(z.number()),
    minimumPrice: z.optional(z.number()),
    /** The discount as typed (display and checks only: the price is what is sent), null when it follows the price. */
    discount: z.optional(
      z.nullable(z.number("number").check(z.gte(0, "discount_range"), z.lte(MAX_DISCOUNT, "discount_range"))),
    ),
  })
  .check(
    z.superRefine((line, ctx) => {
      if (isWholeUnit(line.unit) && Number.isFinite(line.quantity) && !Number.isInteger(line.quantity))
        ctx.issues.push({
          code: "custom",
          path: ["quantity"],
          message: `whole_units:${(line.unit ?? "").trim()}`,
          input: line.quantity,
        });
    }),
  );

export const orderFormSchema = z.object(
  {
    key: orderKeySchema,
    customer: required(6),
    store: required(2),
    paymentCondition: required(3),
    priceList: optionalText(3),
    operationType: required(2),
    carrier: optionalText(6),
    freightType: z.enum(freightTypes, "invalid"),
    freightValue: cents,
    customerOrderNumber: optionalText(ORDER_TEXT_LIMITS.customerOrderNumber),
    message: optionalText(ORDER_TEXT_LIMITS.message),
    items: z
      .array(orderLineSchema, "no_items")
      .check(z.minLength(1, "no_items"), z.maxLength(MAX_ORDER_ITEMS, `too_many_items:${MAX_ORDER_ITEMS}`)),
  },
  "invalid",
);

export type OrderForm = z.infer<typeof orderFormSchema>;
export type OrderLine = z.infer<typeof orderLineSchema>;
