import { DEFAULT_RISK_THRESHOLDS, type RiskThresholds } from "./credit-rules";
import type { Sql, OrderTables } from "./tables";

/**
 * MV_RISCOB/MV_RISCOC/MV_RISCOD from SX6 (branch-specific row first, then the blank X6_FIL one);
 * a missing or non-numeric value falls back to the sandbox defaults 10/20/30.
 */
export async function riskThresholds(sql: Sql, t: OrderTables, branch: string): Promise<RiskThresholds> {
  const { rows } = await sql.query<{ name: string; value: string }>(
    `SELECT DISTINCT ON (X6_VAR) trim(X6_VAR) AS name, trim(X6_CONTEUD) AS value FROM ${t.SX6}
      WHERE X6_VAR IN ('MV_RISCOB', 'MV_RISCOC', 'MV_RISCOD') AND X6_FIL IN ($1, '') AND D_E_L_E_T_ = ' '
      ORDER BY X6_VAR, X6_FIL DESC`,
    [branch],
  );
  const read = (name: string, fallback: number) => {
    const value = Number(rows.find((r) => r.name === name)?.value);
    return Number.isFinite(value) && value >= 0 ? value : fallback;
  };
  return {
    B: read("MV_RISCOB", DEFAULT_RISK_THRESHOLDS.B),
    C: read("MV_RISCOC", DEFAULT_RISK_THRESHOLDS.C),
    D: read("MV_RISCOD", DEFAULT_RISK_THRESHOLDS.D),
  };
}
