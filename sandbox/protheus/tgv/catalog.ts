import type { Hono } from "hono";
import type { AppEnv, SandboxState } from "../../context";
import { companyTable } from "../../db";
import type { EntityDefinition } from "./entity";
import { registerCollection } from "./routes";

/**
 * Small shared catalogues a rep needs to key an order: payment conditions (SE4), carriers (SA4)
 * and operation types (SX5 table 'DJ', with the TES of their SFM rule). Same for every seller;
 * still refused to a user without a seller, like every PGV data route.
 */

/**
 * New-style payment conditions (`branchid, paymentcode, paymentdescription, status, deleted`);
 * older packages answered `id, codigo, descricao` with `d_e_l_e_t_`. Deleted flag as "1"/"0".
 */
export const paymentConditionsEntity: EntityDefinition = {
  name: "paymentconditions",
  from: ({ viewer }) => `${companyTable("SE4", viewer.tenant.company)} t`,
  branch: { column: "t.E4_FILIAL", shared: true },
  deleted: { field: "deleted", style: "string" },
  fields: {
    branchid: { sql: "t.E4_FILIAL", type: "string" },
    paymentcode: { sql: "t.E4_CODIGO", type: "string", filter: true },
    paymentdescription: { sql: "t.E4_DESCRI", type: "string", filter: true },
    // E4_MSBLQL as kept: '1' blocked, '2' active.
    status: { sql: "t.E4_MSBLQL", type: "string", filter: true },
    // E4_COND: days of each instalment, e.g. "30,60,90" [field defined here].
    condition: { sql: "t.E4_COND", type: "string" },
  },
  defaultOrder: "paymentcode",
};

export const carriersEntity: EntityDefinition = {
  name: "carriers",
  from: ({ viewer }) => `${companyTable("SA4", viewer.tenant.company)} t`,
  branch: { column: "t.A4_FILIAL", shared: true },
  deleted: { field: "deleted", style: "boolean" },
  fields: {
    code: { sql: "t.A4_COD", type: "string", filter: true },
    name: { sql: "t.A4_NOME", type: "string", filter: true },
  },
  defaultOrder: "code",
};

/** `tes`: the outgoing TES of the type's general SFM rule (no customer/product), MATA089. */
export const operationTypesEntity: EntityDefinition = {
  name: "operationtypes",
  from: ({ viewer }) => `${companyTable("SX5", viewer.tenant.company)} t
    LEFT JOIN LATERAL (
      SELECT fm.FM_TS AS tes FROM ${companyTable("SFM", viewer.tenant.company)} fm
       WHERE fm.FM_FILIAL = t.X5_FILIAL AND fm.FM_TIPO = t.X5_CHAVE AND fm.FM_CLIENTE = '' AND fm.FM_PRODUTO = ''
         AND fm.D_E_L_E_T_ = ' '
       ORDER BY fm.R_E_C_N_O_ LIMIT 1
    ) rule ON true`,
  branch: { column: "t.X5_FILIAL", shared: true },
  where: () => "t.X5_TABELA = 'DJ'",
  deleted: { field: "deleted", style: "boolean" },
  fields: {
    code: { sql: "t.X5_CHAVE", type: "string", filter: true },
    description: { sql: "t.X5_DESCRI", type: "string", filter: true },
    tes: { sql: "COALESCE(rule.tes, '')", type: "string", filter: true },
  },
  defaultOrder: "code",
};

export function registerCatalogRoutes(rest: Hono<AppEnv>, state: SandboxState): void {
  registerCollection(rest, state, "paymentconditions", paymentConditionsEntity);
  registerCollection(rest, state, "carriers", carriersEntity);
  registerCollection(rest, state, "operationtypes", operationTypesEntity);
}
