import type * as z from "zod/mini";

/** Codes whose value is an amount in centavos, shown as money. */
const MONEY_CODES = new Set(["sum_mismatch", "total_mismatch"]);

/** `{ fieldPath: code }` from a failed parse, first message per field ("instalments.0.value"). */
export function fieldCodes(error: z.core.$ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) out[issue.path.join(".") || "form"] ??= issue.message;
  return out;
}

/** A message code → words: `too_long:20` → t("too_long", { value: "20" }); `sum_mismatch:33600` → "… R$ 336,00". */
export function fieldText(
  t: (key: string, values?: Record<string, string>) => string,
  code: string,
  money: (cents: number) => string,
): string {
  const [key = "invalid", value = ""] = code.split(/:(.*)/s);
  return t(key, { value: MONEY_CODES.has(key) ? money(Number(value)) : value });
}

/** Every code of a parse → words, keyed by field. */
export function fieldMessages(
  codes: Record<string, string>,
  t: (key: string, values?: Record<string, string>) => string,
  money: (cents: number) => string,
): Record<string, string> {
  return Object.fromEntries(Object.entries(codes).map(([field, code]) => [field, fieldText(t, code, money)]));
}
