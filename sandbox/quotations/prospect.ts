/**
 * The prospect (SUS, TMKA260) of a quotation, as MATA415 accepts one instead of a customer: it
 * must be a live prospect of the seller's portfolio (US_VEND), not converted yet (US_STATUS 6 —
 * once it is a customer, the quotation is made for the customer) and not blocked (US_MSBLQL 1).
 * The messages mirror the customer's (orders/validate-order.ts), on the `prospect` field.
 */
import { companyTable } from "../db";
import type { FieldError } from "../orders/payload";
import type { Scope, Sql } from "../orders/tables";

type ProspectRow = { name: string; status: string; blocked: string; customer: string; customerstore: string };

/** US_STATUS of a prospect that became a customer (US_CODCLI/US_LOJACLI name it). */
export const CONVERTED_PROSPECT = "6";

export async function checkProspect(
  sql: Sql,
  scope: Scope,
  seller: string,
  prospect: { code: string; store: string },
): Promise<{ errors: FieldError[]; name: string }> {
  const row = (
    await sql.query<ProspectRow>(
      `SELECT rtrim(US_NOME) AS name, US_STATUS AS status, US_MSBLQL AS blocked, trim(US_CODCLI) AS customer, trim(US_LOJACLI) AS customerstore
         FROM ${companyTable("SUS", scope.company)}
        WHERE US_FILIAL = $1 AND US_COD = $2 AND US_LOJA = $3 AND US_VEND = $4 AND D_E_L_E_T_ = ' '`,
      [scope.branch, prospect.code, prospect.store, seller],
    )
  ).rows[0];
  const key = `${prospect.code}/${prospect.store}`;
  const refuse = (message: string) => ({ errors: [{ field: "prospect", message }], name: row?.name ?? "" });
  if (!row) return refuse(`Prospect ${key} não encontrado na carteira do vendedor ${seller}.`);
  if (row.status === CONVERTED_PROSPECT)
    return refuse(`O prospect já é o cliente ${row.customer}/${row.customerstore}: faça o orçamento para o cliente.`);
  if (row.blocked === "1") return refuse(`Prospect ${key} bloqueado para novas movimentações.`);
  return { errors: [], name: row.name };
}
