/**
 * What the order form needs from its schema without loading zod: limits and choices (the message
 * codes → words step is `lib/field-errors.ts`, shared by every form). The schema itself (`lib/schemas/order-form.ts`) is loaded by the form only
 * when it first validates, which keeps zod out of the form's First Load JS.
 */

export const ORDER_TEXT_LIMITS = { customerOrderNumber: 20, message: 250 } as const;
export const freightTypes = ["C", "F", "T", "S"] as const;
export type FreightType = (typeof freightTypes)[number];

/**
 * Units sold whole (SB1 B1_UM): a fraction of a box or a piece is no quantity; KG, LT, M… take decimals.
 * The form checks with the unit it shows; the server's order check with the product as its store has it.
 */
export const WHOLE_UNITS: ReadonlySet<string> = new Set(["UN", "CX", "PC", "FD", "DZ", "PT", "SC", "GL", "BD"]);
export const isWholeUnit = (unit: string | undefined) => WHOLE_UNITS.has((unit ?? "").trim().toUpperCase());
/** A discount typed on a line: 0 up to, not including, 100 % (the price after it must stay above zero). */
export const MAX_DISCOUNT = 99.99;
