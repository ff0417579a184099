/**
 * The contract instalments RealizarMatricula generates (sge-enrolment-api.txt, Contrato):
 * - `QuantidadeParc` instalments; the first falls due on `DataVencimento`, the 2nd onwards on day
 *   `DiaVencimento` of the months following the class start month ("mês subsequente do início da
 *   turma"), clamped to the month's last day (31 → 30/04, 28/02);
 * - values ValorTotal / QuantidadeParc in centavos, the remainder on the last one; the institutional
 *   and additional discounts (bolsas) are spread the same way.
 */
import type { Cents } from "../orders/money";
import { dayOfMonthAfter } from "../../lib/dates";
import type { PAYMENT_FORMS } from "./fields";

export type PaymentForm = (typeof PAYMENT_FORMS)[number];

export type Instalment = {
  parcela: number;
  due: string;
  value: Cents;
  institutional: Cents;
  additional: Cents;
  form: PaymentForm;
};

type InstalmentInput = {
  total: Cents;
  institutional: Cents;
  additional: Cents;
  count: number;
  firstDue: string;
  dueDay: number;
  classStart: string;
  firstForm: PaymentForm;
  otherForm: PaymentForm;
};

/** `total` in `count` integer parts, the centavo remainder on the last one. */
export function split(total: Cents, count: number): Cents[] {
  const base = Math.floor(total / count);
  return Array.from({ length: count }, (_, i) => (i === count - 1 ? total - base * (count - 1) : base));
}

export function planInstalments(input: InstalmentInput): Instalment[] {
  const values = split(input.total, input.count);
  const institutional = split(input.institutional, input.count);
  const additional = split(input.additional, input.count);
  return values.map((value, i) => ({
    parcela: i + 1,
    due: i === 0 ? input.firstDue : dayOfMonthAfter(input.classStart, i, input.dueDay),
    value,
    institutional: institutional[i]!,
    additional: additional[i]!,
    form: i === 0 ? input.firstForm : input.otherForm,
  }));
}
