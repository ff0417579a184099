import type { Hono } from "hono";
import type { AppEnv, SandboxState } from "../../context";
import { companyTable } from "../../db";
import { customerKey } from "./customers";
import { todayParam } from "./customer-scope";
import type { EntityDefinition } from "./entity";
import { findOneOr404, registerCollection, TGV_BASE } from "./routes";
import { requireSellerViewer, sellerOf } from "./viewer";

/**
 * Financial status of each customer in scope (one row per SA1 row): `id, code, store, oldestdue,
 * branch` as the PGV answers them, plus totals [defined here]: `openbalance` (sum of E1_SALDO),
 * `overduebalance` (E1_SALDO of titles with E1_VENCREA < business date) and `delinquency`
 * (overdue ÷ open × 100, two decimals — the portal's "inadimplência %", ERP-CONTRACT.md §4).
 * The row changes whenever the customer or any of its titles changes, so its stamp is the newest
 * of both; the diff finds changed titles through SE1's stamp index.
 */
const seTable = (company: string) => companyTable("SE1", company);

export const financialStatusEntity: EntityDefinition = {
  name: "financialstatus",
  from: (ctx) => `${companyTable("SA1", ctx.viewer.tenant.company)} t
    CROSS JOIN (SELECT ${todayParam(ctx)} AS today) bd
    LEFT JOIN LATERAL (
      SELECT min(e.E1_VENCREA) FILTER (WHERE e.D_E_L_E_T_ = ' ' AND e.E1_SALDO > 0) AS oldestdue,
             COALESCE(sum(e.E1_SALDO) FILTER (WHERE e.D_E_L_E_T_ = ' ' AND e.E1_SALDO > 0), 0) AS open,
             COALESCE(sum(e.E1_SALDO) FILTER (WHERE e.D_E_L_E_T_ = ' ' AND e.E1_SALDO > 0 AND e.E1_VENCREA < bd.today), 0) AS overdue,
             max(e.S_T_A_M_P_) AS stamp
        FROM ${seTable(ctx.viewer.tenant.company)} e
       WHERE e.E1_FILIAL = t.A1_FILIAL AND e.E1_CLIENTE = t.A1_COD AND e.E1_LOJA = t.A1_LOJA
    ) f ON true`,
  branch: { column: "t.A1_FILIAL" },
  pageByRecno: true,
  deleted: { field: "deleted", style: "boolean" },
  stamp: "GREATEST(t.S_T_A_M_P_, f.stamp)",
  changedSince: ({ viewer, params }, since) => `(t.S_T_A_M_P_ > ${since} OR (t.A1_COD, t.A1_LOJA) IN (
      SELECT c.E1_CLIENTE, c.E1_LOJA FROM ${seTable(viewer.tenant.company)} c
       WHERE c.E1_FILIAL = ${params.add(viewer.tenant.branch)} AND c.S_T_A_M_P_ > ${since}))`,
  fields: {
    id: { sql: "(t.A1_FILIAL || t.A1_COD || t.A1_LOJA)", type: "string", filter: true },
    code: { sql: "t.A1_COD", type: "string", filter: true },
    store: { sql: "t.A1_LOJA", type: "string", filter: true },
    oldestdue: { sql: "f.oldestdue", type: "date", filter: true },
    branch: { sql: "t.A1_FILIAL", type: "string" },
    openbalance: { sql: "f.open", type: "number", filter: true },
    overduebalance: { sql: "f.overdue", type: "number", filter: true },
    delinquency: {
      sql: "(CASE WHEN f.open > 0 THEN round(f.overdue * 100 / f.open, 2) ELSE 0 END)",
      type: "number",
      filter: true,
    },
  },
  defaultOrder: "code,store",
  scope: ({ viewer, params }) => {
    const seller = sellerOf(viewer);
    return seller === undefined ? undefined : `t.A1_VEND = ${params.add(seller)}`;
  },
};

export function registerFinancialStatusRoutes(rest: Hono<AppEnv>, state: SandboxState): void {
  // Older packages: financialcustomerstatus (+diff); newer: financialstatus/sync (+/sync/diff).
  registerCollection(rest, state, "financialcustomerstatus", financialStatusEntity);
  registerCollection(rest, state, "financialstatus", financialStatusEntity, { listAliases: ["financialstatus/sync"] });

  rest.get(`${TGV_BASE}/financialstatus/:code/:store`, async (c) => {
    const viewer = await requireSellerViewer(state, c);
    const { code, store } = c.req.param();
    return c.json(
      await findOneOr404(
        state,
        financialStatusEntity,
        viewer,
        customerKey(code, store),
        "Cliente não encontrado.",
        c.req.query(),
      ),
    );
  });
}
