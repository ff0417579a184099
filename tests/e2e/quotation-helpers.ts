import type { APIRequestContext } from "@playwright/test";
import { sandbox } from "./helpers";

// ana's seeded quotations (sandbox/docs/quotations.md): their numbers follow the seeded dates, which
// follow the business date, so the tests read them from the ERP rather than assuming 000004 or 000007.

/** The number of one of ana's seeded quotations by its CJ_XEXTID. */
export async function anaQuotation(request: APIRequestContext, key: "pgv-orc-ana-aberto" | "pgv-orc-ana-vencido") {
  const [row] = await sandbox(request).sql<{ number: string }>(
    "SELECT CJ_NUM AS number FROM SCJ010 WHERE CJ_FILIAL = '01' AND CJ_XEXTID = $1 AND D_E_L_E_T_ = ' '",
    [key],
  );
  return row!.number;
}

/** ana's seeded converted quotation and the order it became (CK_NUMPV): an order of hers to copy from. */
export async function anaConverted(request: APIRequestContext) {
  const [row] = await sandbox(request).sql<{ number: string; order: string }>(
    `SELECT j.CJ_NUM AS number, MAX(k.CK_NUMPV) AS "order" FROM SCJ010 j
       JOIN SCK010 k ON k.CK_FILIAL = j.CJ_FILIAL AND k.CK_NUM = j.CJ_NUM AND k.D_E_L_E_T_ = ' '
      WHERE j.CJ_FILIAL = '01' AND j.CJ_XVEND = '000001' AND j.CJ_STATUS = 'B' AND j.D_E_L_E_T_ = ' '
      GROUP BY j.CJ_NUM ORDER BY j.CJ_NUM LIMIT 1`,
  );
  return row!;
}
