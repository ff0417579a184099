/**
 * Cash accounts (FCXA) a settlement goes to: the bank account of a launch's branch, the
 * no-movement account of card/NCC settlements, and the bank trio a body names. Used by the
 * finance endpoints and the seed, next to launch-store.ts (launches and settlements).
 */
import { badRequest, inItem } from "./envelope";
import type { Sql } from "./sql";

export type CashAccount = {
  codCxa: string;
  banco: string | null;
  agencia: string | null;
  conta: string | null;
  semMovimentacao: boolean;
};

/**
 * A cash account (FCXA) of the launch's branch by bank/agency/account: the seed notes that several
 * accounts may share those numbers, so the title's branch picks the right one.
 */
export async function bankAccountOfBranch(
  sql: Sql,
  coligada: number,
  protheusBranch: string,
  banco: string,
  agencia: string,
  conta: string,
): Promise<CashAccount | undefined> {
  const { rows } = await sql.query<CashAccount>(
    `SELECT x.CODCXA AS "codCxa", x.NUMBANCO AS banco, x.NUMAGENCIA AS agencia, x.NROCONTA AS conta, false AS "semMovimentacao"
       FROM FCXA x JOIN GFILIAL f ON f.CODCOLIGADA = x.CODCOLIGADA AND f.CODFILIAL = x.CODFILIAL AND f.D_E_L_E_T_ = ' '
      WHERE x.CODCOLIGADA = $1 AND f.IDINTEGRACAO = $2 AND x.NUMBANCO = $3 AND x.NUMAGENCIA = $4 AND x.NROCONTA = $5 AND x.SEMMOVIMENTACAO = 'F' AND x.D_E_L_E_T_ = ' '`,
    [coligada, protheusBranch, banco, agencia, conta],
  );
  return rows[0];
}

/** A no-movement cash account (card/NCC settlements) of the coligada by its code. */
export async function noMovementAccount(sql: Sql, coligada: number, codCxa: string): Promise<CashAccount | undefined> {
  const { rows } = await sql.query<CashAccount>(
    `SELECT CODCXA AS "codCxa", NULL AS banco, NULL AS agencia, NULL AS conta, true AS "semMovimentacao" FROM FCXA
      WHERE CODCOLIGADA = $1 AND CODCXA = $2 AND SEMMOVIMENTACAO = 'T' AND D_E_L_E_T_ = ' '`,
    [coligada, codCxa],
  );
  return rows[0];
}

/** Reads a body's bank trio; all three or none (400 naming the missing ones). */
export function bankTrio(
  item: number | null,
  fields: Record<string, string | undefined>,
): { banco: string; agencia: string; conta: string } | null {
  const entries = Object.entries(fields);
  const given = entries.filter(([, v]) => v);
  if (given.length === 0) return null;
  if (given.length < entries.length) {
    throw badRequest(
      inItem(
        item,
        `conta caixa incompleta: informe ${entries.map(([k]) => k).join(", ")} juntos (faltou ${entries
          .filter(([, v]) => !v)
          .map(([k]) => k)
          .join(", ")}).`,
      ),
    );
  }
  const [banco, agencia, conta] = entries.map(([, v]) => v!) as [string, string, string];
  return { banco, agencia, conta };
}
