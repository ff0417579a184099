/**
 * Write-off of receivables (FINA070 "Baixa a receber"), for `POST /__admin/titles/pay`: E1_SALDO
 * to 0, E1_VALLIQ to the value received, E1_BAIXA = business date, E1_STATUS 'B', and the
 * customer's A1_SALDUP down by what was paid. Overdue status is never stored: a title is overdue
 * while E1_VENCREA < business date and E1_SALDO > 0 (FINA040), so paying or moving time changes it.
 */
import { fromProtheusDate } from "../../lib/dates";
import { centsToDecimal, centsToNumber, toCents } from "./money";
import { orderTables, type Scope, type Sql } from "./tables";

type PayFilter = { customer: string; store: string; prefix?: string; number?: string; installment?: string };

export async function payTitles(sql: Sql, scope: Scope, filter: PayFilter, today: string) {
  const t = orderTables(scope.company);
  const { rows } = await sql.query<{
    prefix: string;
    number: string;
    installment: string;
    type: string;
    paid: string;
    duedate: string;
  }>(
    `UPDATE ${t.SE1} e1 SET E1_VALLIQ = e1.E1_VALLIQ + e1.E1_SALDO, E1_SALDO = 0, E1_BAIXA = $4, E1_STATUS = 'B'
       FROM (SELECT R_E_C_N_O_ AS recno, E1_SALDO AS paid FROM ${t.SE1}
              WHERE E1_FILIAL = $1 AND E1_CLIENTE = $2 AND E1_LOJA = $3 AND E1_SALDO > 0 AND D_E_L_E_T_ = ' '
                AND ($5::text IS NULL OR trim(E1_PREFIXO) = $5) AND ($6::text IS NULL OR trim(E1_NUM) = $6)
                AND ($7::text IS NULL OR trim(E1_PARCELA) = $7)) before
      WHERE e1.R_E_C_N_O_ = before.recno
      RETURNING trim(e1.E1_PREFIXO) AS prefix, trim(e1.E1_NUM) AS number, trim(e1.E1_PARCELA) AS installment, trim(e1.E1_TIPO) AS type,
                before.paid AS paid, e1.E1_VENCREA AS duedate`,
    [
      scope.branch,
      filter.customer,
      filter.store,
      today,
      filter.prefix ?? null,
      filter.number ?? null,
      filter.installment ?? null,
    ],
  );
  const total = rows.reduce((sum, r) => sum + toCents(r.paid), 0);
  if (total > 0) {
    await sql.query(
      `UPDATE ${t.SA1} SET A1_SALDUP = GREATEST(A1_SALDUP - $4::numeric, 0) WHERE A1_FILIAL = $1 AND A1_COD = $2 AND A1_LOJA = $3 AND D_E_L_E_T_ = ' '`,
      [scope.branch, filter.customer, filter.store, centsToDecimal(total)],
    );
  }
  return {
    paid: rows.map((r) => ({
      prefix: r.prefix,
      number: r.number,
      installment: r.installment,
      type: r.type,
      value: Number(r.paid),
      duedate: fromProtheusDate(r.duedate),
    })),
    total: centsToNumber(total),
    paymentdate: fromProtheusDate(today),
  };
}
