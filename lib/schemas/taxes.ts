import * as z from "zod/mini";
import { orderFormSchema } from "./order-form";

/**
 * What the tax worksheet needs of an order or quotation form: the customer, the header operation,
 * the freight and the complete lines, checked with the order form's own pieces (the same messages).
 */
export const taxRequestSchema = z.pick(orderFormSchema, {
  customer: true,
  store: true,
  operationType: true,
  freightType: true,
  freightValue: true,
  items: true,
});

export type TaxRequest = z.infer<typeof taxRequestSchema>;
