import { companyTable, type Database } from "../db";
import { showcaseCustomers } from "./credit-showcase";

/**
 * Derived figures the ERP keeps up to date, computed set-based from the movements just seeded so
 * they are consistent by construction (MATA410/MATA460/FINA070 update them in Protheus):
 * - A1_SALDUP  = open balance of the customer's live titles (Σ E1_SALDO);
 * - A1_SALPEDL = value of credit-released, not yet invoiced order lines (Σ C9_QTDLIB × C9_PRCVEN
 *   with C9_BLCRED blank and no C9_NFISCAL; stock-blocked lines count: their credit was approved);
 * - A1_ULTCOM / A1_PRICOM = last / first invoice date;
 * - B2_RESERVA = quantity of released lines (no credit or stock block) not yet invoiced, and
 *   B2_QATU at least that (MV_ESTNEG = N: a release never reserves stock that is not there).
 * Then the showcase customer 000009 gets a limit just R$ 100,00 above what it already owes.
 */
export async function updateBalances(db: Database, group: string): Promise<void> {
  const t = (alias: string) => companyTable(alias, group);
  await db.exec(`
    WITH dup AS (
      SELECT E1_FILIAL f, E1_CLIENTE c, E1_LOJA l, SUM(E1_SALDO) v FROM ${t("SE1")} WHERE D_E_L_E_T_ = ' ' GROUP BY 1, 2, 3
    ), ped AS (
      SELECT C9_FILIAL f, C9_CLIENTE c, C9_LOJA l, SUM(C9_QTDLIB * C9_PRCVEN) v FROM ${t("SC9")}
       WHERE D_E_L_E_T_ = ' ' AND C9_BLCRED = '' AND C9_NFISCAL = '' GROUP BY 1, 2, 3
    ), com AS (
      SELECT F2_FILIAL f, F2_CLIENTE c, F2_LOJA l, MAX(F2_EMISSAO) last, MIN(F2_EMISSAO) first FROM ${t("SF2")}
       WHERE D_E_L_E_T_ = ' ' GROUP BY 1, 2, 3
    )
    UPDATE ${t("SA1")} a SET
      A1_SALDUP = COALESCE(dup.v, 0), A1_SALPEDL = COALESCE(ped.v, 0),
      A1_ULTCOM = COALESCE(com.last, ''), A1_PRICOM = COALESCE(com.first, '')
    FROM ${t("SA1")} b
      LEFT JOIN dup ON dup.f = b.A1_FILIAL AND dup.c = b.A1_COD AND dup.l = b.A1_LOJA
      LEFT JOIN ped ON ped.f = b.A1_FILIAL AND ped.c = b.A1_COD AND ped.l = b.A1_LOJA
      LEFT JOIN com ON com.f = b.A1_FILIAL AND com.c = b.A1_COD AND com.l = b.A1_LOJA
    WHERE a.R_E_C_N_O_ = b.R_E_C_N_O_ AND (dup.v IS NOT NULL OR ped.v IS NOT NULL OR com.last IS NOT NULL);

    UPDATE ${t("SB2")} b SET B2_RESERVA = r.q, B2_QATU = GREATEST(b.B2_QATU, r.q)
    FROM (
      SELECT C9_FILIAL f, C9_PRODUTO p, C9_LOCAL l, SUM(C9_QTDLIB) q FROM ${t("SC9")}
       WHERE D_E_L_E_T_ = ' ' AND C9_BLCRED = '' AND C9_BLEST = '' AND C9_NFISCAL = '' GROUP BY 1, 2, 3
    ) r
    WHERE b.B2_FILIAL = r.f AND b.B2_COD = r.p AND b.B2_LOCAL = r.l;
  `);
  // The showcase lives in 01/01 (ana's first customers).
  if (group !== "01") return;
  for (const s of showcaseCustomers.filter((x) => x.limitHeadroomCents !== undefined)) {
    await db.query(
      `UPDATE ${t("SA1")} SET A1_LC = A1_SALDUP + A1_SALPEDL + $1::numeric / 100 WHERE A1_FILIAL = '01' AND A1_COD = $2 AND A1_LOJA = '01'`,
      [s.limitHeadroomCents, s.code],
    );
  }
}
