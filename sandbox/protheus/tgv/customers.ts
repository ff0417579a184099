import type { Hono } from "hono";
import type { AppEnv, SandboxState } from "../../context";
import { companyTable } from "../../db";
import type { EntityDefinition, QueryContext } from "./entity";
import { findOneOr404, registerCollection, TGV_BASE } from "./routes";
import { countryDescription, ufDescription } from "./uf-names";
import { requireSellerViewer, sellerOf } from "./viewer";

/**
 * `customers` (SA1, exclusive). Field names as the PGV package answers them (ERP-CONTRACT.md §4);
 * `creditLimit` is the 12.1.2410 spelling (older packages send `creditlimit`).
 * Seller scope: A1_VEND = the viewer's seller code (administrators see all).
 */
const AVAILABLE_CREDIT = "(t.A1_LC - t.A1_SALPEDL - t.A1_SALDUP)";

export const customersEntity: EntityDefinition = {
  name: "customers",
  from: ({ viewer }) => `${companyTable("SA1", viewer.tenant.company)} t`,
  branch: { column: "t.A1_FILIAL" },
  pageByRecno: true,
  deleted: { field: "deleted", style: "boolean" },
  fields: {
    // Protheus key: branch + code + store, fixed width (A1_FILIAL char(2), A1_COD char(6), A1_LOJA char(2)).
    id: { sql: "(t.A1_FILIAL || t.A1_COD || t.A1_LOJA)", type: "string", filter: true },
    branch: { sql: "t.A1_FILIAL", type: "string" },
    code: { sql: "t.A1_COD", type: "string", filter: true },
    store: { sql: "t.A1_LOJA", type: "string", filter: true },
    name: { sql: "t.A1_NOME", type: "string", filter: true },
    fantasy: { sql: "t.A1_NREDUZ", type: "string", filter: true },
    municipalregistration: { sql: "t.A1_INSCRM", type: "string" },
    estadualregistration: { sql: "t.A1_INSCR", type: "string" },
    customertype: { sql: "t.A1_TIPO", type: "string", filter: true },
    personType: { sql: "t.A1_PESSOA", type: "string", filter: true },
    cgc: { sql: "t.A1_CGC", type: "string", filter: true },
    paymentconditions: { sql: "t.A1_COND", type: "string" },
    pricelist: { sql: "t.A1_TABELA", type: "string" },
    cnae: { sql: "t.A1_CNAE", type: "string" },
    vendor: { sql: "t.A1_VEND", type: "string", filter: true },
    citycode: { sql: "t.A1_COD_MUN", type: "string" },
    city: { sql: "t.A1_MUN", type: "string", filter: true },
    neighborhood: { sql: "t.A1_BAIRRO", type: "string" },
    address: { sql: "t.A1_END", type: "string" },
    addresscomplement: { sql: "t.A1_COMPLEM", type: "string" },
    zipcode: { sql: "t.A1_CEP", type: "string" },
    uf: { sql: "t.A1_EST", type: "string", filter: true },
    ufdescription: { sql: ufDescription("t.A1_EST"), type: "string" },
    ddi: { sql: "t.A1_DDI", type: "string" },
    ddd: { sql: "t.A1_DDD", type: "string" },
    phone: { sql: "t.A1_TEL", type: "string" },
    email: { sql: "t.A1_EMAIL", type: "string", filter: true },
    country: { sql: "t.A1_PAIS", type: "string" },
    countrydescription: { sql: countryDescription("t.A1_PAIS"), type: "string" },
    contact: { sql: "t.A1_CONTATO", type: "string" },
    risk: { sql: "t.A1_RISCO", type: "string", filter: true },
    creditLimit: { sql: "t.A1_LC", type: "number", filter: true },
    // Limit expiry (A1_VENCLC): a past date blocks new orders on credit [field defined here].
    creditlimitexpiration: { sql: "t.A1_VENCLC", type: "date", filter: true },
    lastpurchase: { sql: "t.A1_ULTCOM", type: "date", filter: true },
    // A1_LC − A1_SALPEDL − A1_SALDUP (TDN MATA450: saldo de crédito).
    availablecreditlimit: { sql: AVAILABLE_CREDIT, type: "number", filter: true },
    inclusionDate: { sql: "t.A1_DTCAD", type: "date", filter: true },
    // A1_MSBLQL as Protheus keeps it: '1' blocked, '2' active [value style defined here].
    status: { sql: "t.A1_MSBLQL", type: "string", filter: true },
    // The field registration's additions [defined here, docs/registration.md]: the version a PUT or
    // DELETE sends back (If-Match), the ICMS contributor flag (1 with a state registration, 2 without),
    // the prospect it was converted from (US_COD + US_LOJA) and the client's idempotency key.
    stamp: { sql: "t.S_T_A_M_P_", type: "timestamp" },
    contributor: { sql: "t.A1_CONTRIB", type: "string", filter: true },
    prospect: { sql: "t.A1_XPROSP", type: "string", filter: true },
    externalid: { sql: "t.A1_XEXTID", type: "string", filter: true },
  },
  defaultOrder: "code,store",
  scope: ({ viewer, params }) => {
    const seller = sellerOf(viewer);
    return seller === undefined ? undefined : `t.A1_VEND = ${params.add(seller)}`;
  },
};

/** Condition for one customer by the route's `{code}/{store}` (values always as parameters). */
export const customerKey =
  (code: string, store: string) =>
  ({ params }: QueryContext) =>
    `t.A1_COD = ${params.add(code)} AND t.A1_LOJA = ${params.add(store)}`;

export function registerCustomerRoutes(rest: Hono<AppEnv>, state: SandboxState): void {
  registerCollection(rest, state, "customers", customersEntity);

  /** `{ creditLimitBalance }` = A1_LC − A1_SALPEDL − A1_SALDUP of one customer in scope. */
  rest.get(`${TGV_BASE}/customers/creditlimit/:code/:store`, async (c) => {
    const viewer = await requireSellerViewer(state, c);
    const { code, store } = c.req.param();
    const item = await findOneOr404(
      state,
      customersEntity,
      viewer,
      customerKey(code, store),
      "Cliente não encontrado.",
      { fields: "availablecreditlimit" },
    );
    return c.json({ creditLimitBalance: item.availablecreditlimit });
  });

  // Registered after the diff routes above: `customers/diff/{date}` has the same shape.
  rest.get(`${TGV_BASE}/customers/:code/:store`, async (c) => {
    const viewer = await requireSellerViewer(state, c);
    const { code, store } = c.req.param();
    return c.json(
      await findOneOr404(
        state,
        customersEntity,
        viewer,
        customerKey(code, store),
        "Cliente não encontrado.",
        c.req.query(),
      ),
    );
  });
}
