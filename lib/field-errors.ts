import type * as z from "zod/mini";

/**
 * The one field-error vocabulary. Schemas (`lib/schemas/*`, `lib/sge/**`) carry codes, not words:
 * `required`, `too_long:20`, `below_minimum:1883`; `fieldErrorText` turns a code into words in the
 * viewer's language, the same on the server (actions) and in the browser (forms). The words live
 * under `actions.field` in the catalogues; the enrolment wizard words its codes in `sgeEnrol.errors`
 * (its texts differ from the back office's for a few codes, and what users see must not change).
 *
 * A code's value after the first `:` fills `{value}`; for the codes below it is an amount in
 * centavos, shown as money.
 */
const MONEY_CODES: ReadonlySet<string> = new Set(["below_minimum", "sum_mismatch", "total_mismatch"]);

/** A translator for one vocabulary (use-intl's `t`, narrowed to what the helper needs). */
export type FieldWords = ((key: string, values?: Record<string, string>) => string) & {
  has?: (key: string) => boolean;
};

/** `{ fieldPath: code }` from a failed parse, first message per field (paths as the form names them: `items.0.price`). */
export function fieldCodes(error: z.core.$ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) out[issue.path.join(".") || "form"] ??= issue.message;
  return out;
}

/** A code → words: `too_long:20` → t("too_long", { value: "20" }); `below_minimum:1883` → "… R$ 18,83". */
export function fieldErrorText(t: FieldWords, code: string, money: (cents: number) => string): string {
  const [key = "invalid", value = ""] = code.split(/:(.*)/s);
  // A code the vocabulary does not word (a schema ahead of its catalogue) reads as "invalid", never as a raw key.
  if (t.has && !t.has(key)) return t("invalid");
  return t(key, { value: MONEY_CODES.has(key) ? money(Number(value)) : value });
}

/** Every code of a parse → words, keyed by field. */
export function fieldMessages(
  codes: Record<string, string>,
  t: FieldWords,
  money: (cents: number) => string,
): Record<string, string> {
  return Object.fromEntries(Object.entries(codes).map(([field, code]) => [field, fieldErrorText(t, code, money)]));
}
