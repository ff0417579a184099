import type { Hono } from "hono";
import type { AppEnv, SandboxState } from "../../context";
import { companyTable } from "../../db";
import type { EntityDefinition, QueryContext } from "./entity";
import { findOneOr404, registerCollection, TGV_BASE } from "./routes";
import { requireSellerViewer, sellerOf } from "./viewer";

/**
 * `prospects` (SUS, TMKA260, exclusive) [defined here, docs/registration.md "Prospects (SUS)"]:
 * shaped like `customers`, with the prospect's own status (US_STATUS 1…6, 6 = converted) and the
 * customer a converted one became (US_CODCLI/US_LOJACLI, blank → null until then).
 * Seller scope: US_VEND = the viewer's seller code (administrators see all).
 */
export const prospectsEntity: EntityDefinition = {
  name: "prospects",
  from: ({ viewer }) => `${companyTable("SUS", viewer.tenant.company)} t`,
  branch: { column: "t.US_FILIAL" },
  pageByRecno: true,
  deleted: { field: "deleted", style: "boolean" },
  fields: {
    // Protheus key: branch + code + store, fixed width (US_FILIAL char(2), US_COD char(6), US_LOJA char(2)).
    id: { sql: "(t.US_FILIAL || t.US_COD || t.US_LOJA)", type: "string", filter: true },
    branch: { sql: "t.US_FILIAL", type: "string" },
    code: { sql: "t.US_COD", type: "string", filter: true },
    store: { sql: "t.US_LOJA", type: "string", filter: true },
    name: { sql: "t.US_NOME", type: "string", filter: true },
    fantasy: { sql: "t.US_NREDUZ", type: "string", filter: true },
    personType: { sql: "t.US_PESSOA", type: "string", filter: true },
    customertype: { sql: "t.US_TIPO", type: "string", filter: true },
    cgc: { sql: "t.US_CGC", type: "string", filter: true },
    estadualregistration: { sql: "t.US_INSCR", type: "string" },
    contributor: { sql: "t.US_CONTRIB", type: "string", filter: true },
    zipcode: { sql: "t.US_CEP", type: "string" },
    address: { sql: "t.US_END", type: "string" },
    addresscomplement: { sql: "t.US_COMPLEM", type: "string" },
    neighborhood: { sql: "t.US_BAIRRO", type: "string" },
    uf: { sql: "t.US_EST", type: "string", filter: true },
    citycode: { sql: "t.US_COD_MUN", type: "string" },
    city: { sql: "t.US_MUN", type: "string", filter: true },
    ddi: { sql: "t.US_DDI", type: "string" },
    ddd: { sql: "t.US_DDD", type: "string" },
    phone: { sql: "t.US_TEL", type: "string" },
    email: { sql: "t.US_EMAIL", type: "string", filter: true },
    vendor: { sql: "t.US_VEND", type: "string", filter: true },
    // US_STATUS as TMKA260 keeps it: "1" classificado … "5" cancelado, "6" cliente (converted).
    status: { sql: "t.US_STATUS", type: "string", filter: true },
    customer: { sql: "NULLIF(trim(t.US_CODCLI), '')", type: "string", filter: true },
    customerstore: { sql: "NULLIF(trim(t.US_LOJACLI), '')", type: "string", filter: true },
    conversiondate: { sql: "t.US_DTCONV", type: "date", filter: true },
    inclusionDate: { sql: "t.US_DTCAD", type: "date", filter: true },
    externalid: { sql: "t.US_XEXTID", type: "string", filter: true },
    // The version a PUT/DELETE (and optionally a convert) sends back in If-Match.
    stamp: { sql: "t.S_T_A_M_P_", type: "timestamp" },
  },
  defaultOrder: "code,store",
  scope: ({ viewer, params }) => {
    const seller = sellerOf(viewer);
    return seller === undefined ? undefined : `t.US_VEND = ${params.add(seller)}`;
  },
};

/** Condition for one prospect by the route's `{code}/{store}` (values always as parameters). */
export const prospectKey =
  (code: string, store: string) =>
  ({ params }: QueryContext) =>
    `t.US_COD = ${params.add(code)} AND t.US_LOJA = ${params.add(store)}`;

export function registerProspectRoutes(rest: Hono<AppEnv>, state: SandboxState): void {
  registerCollection(rest, state, "prospects", prospectsEntity);

  // Registered after the diff routes above: `prospects/diff/{date}` has the same shape.
  rest.get(`${TGV_BASE}/prospects/:code/:store`, async (c) => {
    const viewer = await requireSellerViewer(state, c);
    const { code, store } = c.req.param();
    return c.json(
      await findOneOr404(
        state,
        prospectsEntity,
        viewer,
        prospectKey(code, store),
        "Prospect não encontrado.",
        c.req.query(),
      ),
    );
  });
}
