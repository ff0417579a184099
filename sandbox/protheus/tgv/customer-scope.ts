import { companyTable } from "../../db";
import type { QueryContext } from "./entity";
import { sellerOf } from "./viewer";

/**
 * Seller scope of everything that hangs off a customer (receivables, financial status, contacts):
 * the row's customer must be in the tenant branch's SA1 with A1_VEND = the viewer's seller code —
 * the same rule the PGV applies to `customers` itself. Administrators are not scoped (undefined).
 */
export function customerOfSeller(ctx: QueryContext, codeSql: string, storeSql: string): string | undefined {
  const seller = sellerOf(ctx.viewer);
  if (seller === undefined) return undefined;
  const { params, viewer } = ctx;
  return `EXISTS (SELECT 1 FROM ${companyTable("SA1", viewer.tenant.company)} sc
     WHERE sc.A1_FILIAL = ${params.add(viewer.tenant.branch)} AND sc.A1_COD = ${codeSql} AND sc.A1_LOJA = ${storeSql}
       AND sc.A1_VEND = ${params.add(seller)} AND sc.D_E_L_E_T_ = ' ')`;
}

/** The business date as a typed parameter (`YYYYMMDD`, compared with char(8) Protheus dates). */
export function todayParam(ctx: QueryContext): string {
  return `${ctx.params.add(ctx.today)}::varchar`;
}
