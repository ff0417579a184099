/**
 * What the order form needs from its schema without loading zod: limits and choices (the message
 * codes → words step is `lib/field-errors.ts`, shared by every form). The schema itself (`lib/schemas/order-form.ts`) is loaded by the form only
 * when it first validates, which keeps zod out of the form's First Load JS.
 */

export const ORDER_TEXT_LIMITS = { customerOrderNumber: 20, message: 250 } as const;
export const freightTypes = ["C", "F", "T", "S"] as const;
export type FreightType = (typeof freightTypes)[number];
