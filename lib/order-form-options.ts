/**
 * What the order form needs from its schema without loading zod: limits, choices and the message
 * codes → words step. The schema itself (`lib/schemas/order-form.ts`) is loaded by the form only
 * when it first validates, which keeps zod out of the form's First Load JS.
 */

export const ORDER_TEXT_LIMITS = { customerOrderNumber: 20, message: 250 } as const;
export const freightTypes = ["C", "F", "T", "S"] as const;
export type FreightType = (typeof freightTypes)[number];

/** Codes whose value is an amount in centavos, shown as money. */
const MONEY_CODES = new Set(["below_minimum"]);

/** A message code → words: `too_long:20` → t("too_long", { value: "20" }); `below_minimum:1883` → "… R$ 18,83". */
export function fieldErrorText(
  t: (key: string, values?: Record<string, string>) => string,
  code: string,
  money: (cents: number) => string,
): string {
  const [key = "invalid", value = ""] = code.split(/:(.*)/s);
  return t(key, { value: MONEY_CODES.has(key) ? money(Number(value)) : value });
}
