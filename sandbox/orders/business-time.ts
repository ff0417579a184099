/**
 * `POST /__admin/time/advance { days }`: what happens in the ERP while those days pass.
 * 1. Every released order of every branch is invoiced on the first day advanced (MATA460 runs
 *    daily in a real install; the sandbox runs it once per advance).
 * 2. The business date (dDataBase) moves forward by `days`.
 * 3. Titles whose real due date (E1_VENCREA) falls before the new date and still have a balance
 *    become overdue. Nothing is written for that — overdue is derived from the date (FINA040) —
 *    the answer lists them so a test or demo sees the effect.
 */
import type { SandboxState } from "../context";
import { businessDate } from "../context";
import { fromProtheusDate } from "../../lib/dates";
import { addDays } from "./dates";
import { invoiceOrder, releasedOrders, type InvoiceResult } from "./invoicing";
import { orderTables } from "./tables";

export const MAX_ADVANCE_DAYS = 3660;

export async function advanceBusinessTime(state: SandboxState, days: number) {
  const from = businessDate(state);
  const invoiceDate = addDays(from, 1);
  const to = addDays(from, days);
  const { rows: branches } = await state.db.query<{ company: string; branch: string }>(
    "SELECT M0_CODIGO AS company, M0_CODFIL AS branch FROM SYS_COMPANY WHERE D_E_L_E_T_ = ' ' ORDER BY 1, 2",
  );
  const invoiced: (InvoiceResult & { company: string; branch: string; order: string })[] = [];
  const failed: { company: string; branch: string; number: string; error: string }[] = [];
  for (const scope of branches) {
    for (const number of await releasedOrders(state.db, scope)) {
      try {
        const result = await state.db.transaction((tx) => invoiceOrder(tx, scope, number, invoiceDate));
        invoiced.push({ ...scope, order: `${scope.branch}${number}`, ...result });
      } catch (err) {
        failed.push({ ...scope, number, error: err instanceof Error ? err.message : String(err) });
      }
    }
  }
  state.clock = { today: to, offsetMs: state.clock.offsetMs + days * 86_400_000 };

  const overdue: {
    company: string;
    branch: string;
    customer: string;
    store: string;
    prefix: string;
    number: string;
    installment: string;
    duedate: string | null;
    balance: number;
  }[] = [];
  for (const scope of branches) {
    const { rows } = await state.db.query<{
      customer: string;
      store: string;
      prefix: string;
      number: string;
      installment: string;
      duedate: string;
      balance: string;
    }>(
      `SELECT E1_CLIENTE AS customer, E1_LOJA AS store, trim(E1_PREFIXO) AS prefix, trim(E1_NUM) AS number, trim(E1_PARCELA) AS installment,
              E1_VENCREA AS duedate, E1_SALDO AS balance
         FROM ${orderTables(scope.company).SE1}
        WHERE E1_FILIAL = $1 AND E1_SALDO > 0 AND E1_VENCREA >= $2 AND E1_VENCREA < $3 AND D_E_L_E_T_ = ' '
        ORDER BY E1_VENCREA, E1_NUM, E1_PARCELA`,
      [scope.branch, from, to],
    );
    for (const r of rows)
      overdue.push({ ...scope, ...r, duedate: fromProtheusDate(r.duedate), balance: Number(r.balance) });
  }
  return {
    from: fromProtheusDate(from),
    to: fromProtheusDate(to),
    invoiceDate: fromProtheusDate(invoiceDate),
    invoiced,
    failed,
    newlyOverdue: overdue,
  };
}
