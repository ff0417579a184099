/**
 * MATA030's refusal to delete a customer with movement [defined here, docs/registration.md]: live
 * sales orders (SC5), live quotations (SCJ) or receivables (SE1, open or paid — a paid title is
 * still history the ERP keeps). The DELETE route answers 422 with the sentence; the job asks again
 * inside its transaction (an order may have arrived since the 202).
 */
import { orderTables, type Scope, type Sql } from "../orders/tables";
import type { RecordKey } from "./critique";

/** "pedidos", "pedidos e títulos", "pedidos, orçamentos e títulos". */
function list(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} e ${words.at(-1)}`;
}

/** What the customer has, in words, or undefined when nothing keeps it from being deleted. */
export async function customerMovement(sql: Sql, scope: Scope, key: RecordKey): Promise<string | undefined> {
  const t = orderTables(scope.company);
  const { rows } = await sql.query<{ orders: boolean; quotations: boolean; titles: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM ${t.SC5} WHERE C5_FILIAL = $1 AND C5_CLIENTE = $2 AND C5_LOJACLI = $3 AND D_E_L_E_T_ = ' ') AS orders,
            EXISTS (SELECT 1 FROM ${t.SCJ} WHERE CJ_FILIAL = $1 AND CJ_CLIENTE = $2 AND CJ_LOJA = $3 AND D_E_L_E_T_ = ' ') AS quotations,
            EXISTS (SELECT 1 FROM ${t.SE1} WHERE E1_FILIAL = $1 AND E1_CLIENTE = $2 AND E1_LOJA = $3 AND D_E_L_E_T_ = ' ') AS titles`,
    [scope.branch, key.code, key.store],
  );
  const found = rows[0]!;
  const words = [found.orders && "pedidos", found.quotations && "orçamentos", found.titles && "títulos"].filter(
    (w): w is string => typeof w === "string",
  );
  if (words.length === 0) return undefined;
  return `O cliente ${key.code}/${key.store} tem ${list(words)}; não pode ser excluído.`;
}
