/**
 * CJ_VALIDA of a quotation [rule defined here; MATA415 keeps the date, the PGV decides the
 * limits]: when not sent, an insert is valid for 15 days from its issue date (the business date)
 * and an edit keeps the date it had. A date that is sent may not be before the business date (for
 * an insert, its issue date; an edit cannot save a quotation already expired) nor more than 180
 * days after it. Editing an expired quotation to a new validity is how it becomes convertible again.
 * Pure: Protheus dates `YYYYMMDD` in, field errors out.
 */
import { addDays, messageDate } from "../orders/dates";
import type { FieldError } from "../orders/payload";

export const DEFAULT_VALIDITY_DAYS = 15;
export const MAX_VALIDITY_DAYS = 180;

export function quotationValidity(input: {
  /** `yyyy-mm-dd` as sent, or undefined. */
  requested: string | undefined;
  /** Business date (dDataBase), `YYYYMMDD`. */
  today: string;
  /** CJ_VALIDA of the quotation being edited; undefined for an insert. */
  current?: string;
}): { validity: string; errors: FieldError[] } {
  const { today, current } = input;
  if (input.requested === undefined) return { validity: current ?? addDays(today, DEFAULT_VALIDITY_DAYS), errors: [] };
  const validity = input.requested.replaceAll("-", "");
  const errors: FieldError[] = [];
  const latest = addDays(today, MAX_VALIDITY_DAYS);
  if (validity < today) {
    const what = current === undefined ? "emissão do orçamento" : "data base";
    errors.push({
      field: "validity",
      message: `A validade (${messageDate(validity)}) não pode ser anterior a ${messageDate(today)} (${what}).`,
    });
  } else if (validity > latest) {
    errors.push({
      field: "validity",
      message: `A validade do orçamento é de no máximo ${MAX_VALIDITY_DAYS} dias (até ${messageDate(latest)}).`,
    });
  }
  return { validity, errors };
}
